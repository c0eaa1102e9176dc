using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Reflection;
using EnterpriseScoring.Cli.Commands;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli;

/// <summary>Builds the command tree and runs it, mapping failures to <see cref="ExitCodes"/>.</summary>
internal static class EscoreApplication
{
    /// <summary>The tool's name as shown in messages.</summary>
    public const string ToolName = "escore";

    /// <summary>The tool's informational version (e.g. <c>0.1.0+abc123</c>).</summary>
    public static string Version { get; } =
        typeof(EscoreApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(EscoreApplication).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Creates the root command with every subcommand.</summary>
    /// <param name="globals">The global options, added to the root.</param>
    public static RootCommand CreateRootCommand(GlobalOptions globals)
    {
        var root = new RootCommand(Descriptions.Root);
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                // The built-in action prints the entry assembly's version, which is the test host's in-process.
                version.Action = new PrintVersionAction();
                version.Description = Descriptions.VersionOption;
            }
            else if (option is HelpOption help)
            {
                help.Description = Descriptions.Help;
            }
        }

        globals.AddTo(root);
        root.Subcommands.Add(VersionCommand.Create(globals));
        foreach (var command in CommandCatalog.Create(globals))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; never throws.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="stdout">Normal output.</param>
    /// <param name="stderr">Error output.</param>
    /// <param name="signals">The process's signals (SIGINT, SIGTERM …) as a cancellation; null in-process (no signal handling).</param>
    /// <param name="environment">
    /// Reads an environment variable, for the locale (<see cref="LanguageSelection"/>): the process's environment when null;
    /// the tests pass their own.
    /// </param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, SignalCancellation? signals = null, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        // The language first: the command tree's descriptions (the help) are made in it.
        using var language = Localization.Use(LanguageSelection.Select(args, environment ?? Environment.GetEnvironmentVariable).Language);
        var log = new CliLog(stderr, LogFormat.Text, quiet: false, verbose: false, interactive: false);
        try
        {
            var globals = new GlobalOptions();
            // No response files: '@FILE' is the query file syntax of --query.
            var parseResult = CreateRootCommand(globals).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            log = CreateLog(parseResult, globals, stderr);
            if (parseResult.Action is ParseErrorAction || (parseResult.Errors.Count > 0 && parseResult.Action is null))
            {
                var messages = string.Join(" ", parseResult.Errors.Select(e => Messages.ParseError(e.Message)));
                log.Error(Messages.UsageError(messages), ExitCodes.InputOrUsageError);
                return ExitCodes.InputOrUsageError;
            }

            // System.CommandLine's help has English headings whatever the language: in Chinese it is written here and translated.
            // It wraps by characters: a Chinese help is written unwrapped and wrapped by display width (two columns a character).
            using var help = Localization.IsChinese && parseResult.Action is HelpAction ? new StringWriter(CultureInfo.InvariantCulture) : null;
            if (help is not null && parseResult.Action is HelpAction helpAction)
            {
                helpAction.MaxWidth = int.MaxValue;
            }

            var configuration = new EscoreInvocationConfiguration
            {
                Signals = signals,
                Output = help ?? stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            };
            var code = parseResult.Invoke(configuration);
            if (help is not null)
            {
                stdout.Write(HelpText.ToChinese(help.ToString(), HelpText.TerminalWidth(stdout)));
            }

            if (signals?.Received is { } late && code is ExitCodes.Success or ExitCodes.SuccessWithRejects)
            {
                log.Warn(Messages.SignalTooLate(SignalCancellation.Describe(late)));
            }

            return code;
        }
        catch (OperationCanceledException) when (signals?.ExitCode is { } code)
        {
            log.Error(Messages.Cancelled(SignalCancellation.Describe(signals.Received!.Value)), code);
            return code;
        }
#pragma warning disable CA1031 // The tool's last line of defence: every failure becomes one line and an exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var (code, message) = Classify(ex, log.Verbose);
            if (ex is ProfileException profile)
            {
                message = Messages.InvalidProfile(profile.Problems.Count);
                foreach (var problem in profile.Problems)
                {
                    log.Error(Messages.ProfileProblem(Localization.IsChinese ? ProfileProblemText.Chinese(problem) : problem.ToString()), code);
                }
            }

            log.Error(message, code, ex);
            return code;
        }
    }

    /// <summary>The exit code and one-line message for a failure.</summary>
    /// <param name="ex">The exception that ended the command.</param>
    /// <param name="verbose">Whether <c>--verbose</c> was given (no hint to rerun with it then).</param>
    public static (int Code, string Message) Classify(Exception ex, bool verbose) => ex switch
    {
        CommandException c => (c.ExitCode, c.Message),
        ProfileException p => (ExitCodes.InvalidProfile, p.Message),
        FirmDataException f => (ExitCodes.InputOrUsageError, Messages.CannotReadInput(Localization.IsChinese ? InputErrorText.Chinese(f.Message) : f.Message)),
        System.Data.Common.DbException d => (ExitCodes.InputOrUsageError, Messages.DatabaseError(d.Message)),
        FileNotFoundException f => (ExitCodes.InputOrUsageError, Messages.FileNotFound(f.FileName ?? f.Message)),
        DirectoryNotFoundException or IOException or UnauthorizedAccessException => (ExitCodes.InputOrUsageError, Localization.IsChinese ? InputErrorText.Chinese(ex.Message) : ex.Message),
        _ => (ExitCodes.UnexpectedError, Messages.UnexpectedError(ex.GetType().Name, CliLog.OneLine(ex.Message), verbose)),
    };

    /// <summary>The log the global options of <paramref name="parseResult"/> ask for.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="globals">The global options.</param>
    /// <param name="stderr">Where the log goes.</param>
    public static CliLog CreateLog(ParseResult parseResult, GlobalOptions globals, TextWriter stderr)
    {
        bool Flag(Option<bool> option)
        {
            try
            {
                return parseResult.GetValue(option);
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        var format = LogFormat.Text;
        try
        {
            format = parseResult.GetValue(globals.LogFormat);
        }
        catch (InvalidOperationException)
        {
            // An invalid --log-format value: report the parse error in text.
        }

        return new CliLog(stderr, format, Flag(globals.Quiet), Flag(globals.Verbose), CliLog.IsTerminal(stderr));
    }

    /// <summary>Prints <see cref="Version"/> for <c>--version</c>.</summary>
    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
