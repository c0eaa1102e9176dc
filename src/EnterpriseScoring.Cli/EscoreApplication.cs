using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using EnterpriseScoring.Cli.Commands;

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
        var root = new RootCommand("escore: 亩均效益 evaluation of industrial firms (EnterpriseScoring).");
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                // The built-in action prints the entry assembly's version, which is the test host's in-process.
                version.Action = new PrintVersionAction();
            }
        }

        root.Options.Add(globals.Verbose);
        root.Options.Add(globals.Quiet);
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
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var verbose = false;
        try
        {
            var globals = new GlobalOptions();
            var parseResult = CreateRootCommand(globals).Parse(args);
            verbose = parseResult.GetValue(globals.Verbose);
            if (parseResult.Action is ParseErrorAction || (parseResult.Errors.Count > 0 && parseResult.Action is null))
            {
                var messages = string.Join(" ", parseResult.Errors.Select(e => e.Message));
                WriteError(stderr, $"{messages} (see '{ToolName} --help')");
                return ExitCodes.InputOrUsageError;
            }

            var configuration = new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            };
            return parseResult.Invoke(configuration);
        }
        catch (CommandException ex)
        {
            WriteError(stderr, ex.Message, verbose ? ex : null);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(stderr, ex.Message, verbose ? ex : null);
            return ExitCodes.InputOrUsageError;
        }
#pragma warning disable CA1031 // The tool's last line of defence: every other failure is a bug, reported with exit code 4.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var hint = verbose ? string.Empty : " (rerun with --verbose for details)";
            WriteError(stderr, $"unexpected error: {ex.GetType().Name}: {OneLine(ex.Message)}{hint}", verbose ? ex : null);
            return ExitCodes.UnexpectedError;
        }
    }

    private static void WriteError(TextWriter stderr, string message, Exception? details = null)
    {
        stderr.WriteLine($"{ToolName}: error: {OneLine(message)}");
        if (details is not null)
        {
            stderr.WriteLine(details.ToString());
        }

        stderr.Flush();
    }

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();

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
