using System.CommandLine;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli;

/// <summary>Options every command accepts. One instance per command tree (options must not be shared between trees).</summary>
internal sealed class GlobalOptions
{
    /// <summary><c>--verbose</c>: show stack traces with errors and extra detail.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = Descriptions.Verbose,
        Recursive = true,
    };

    /// <summary><c>--quiet</c>: print nothing but errors (for cron and CI).</summary>
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = Descriptions.Quiet,
        Recursive = true,
    };

    /// <summary><c>--log-format text|json</c>: how log lines and errors on stderr look.</summary>
    public Option<LogFormat> LogFormat { get; } = new("--log-format")
    {
        Description = Descriptions.LogFormat,
        DefaultValueFactory = _ => Cli.LogFormat.Text,
        Recursive = true,
        HelpName = "text|json",
    };

    /// <summary>
    /// <c>--lang zh|en</c>: the language of help, messages and rejection reasons. Read before parsing
    /// (<see cref="LanguageSelection"/>), so that the descriptions are in it; declared here so the parser accepts it and
    /// the help lists it.
    /// </summary>
    public Option<string> Lang { get; } = CreateLang();

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Verbose);
        command.Options.Add(Quiet);
        command.Options.Add(LogFormat);
        command.Options.Add(Lang);
    }

    private static Option<string> CreateLang()
    {
        var lang = new Option<string>(LanguageSelection.OptionName)
        {
            Description = Descriptions.Lang,
            Recursive = true,
            HelpName = "zh|en",
        };
        lang.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !LanguageSelection.TryParse(result.Tokens[0].Value, out _))
            {
                result.AddError(Messages.UnknownLanguage(result.Tokens[0].Value));
            }
        });
        return lang;
    }
}
