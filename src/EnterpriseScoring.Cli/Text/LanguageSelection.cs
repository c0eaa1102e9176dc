namespace EnterpriseScoring.Cli.Text;

/// <summary>
/// Which language a run speaks, decided before the command tree is built (its descriptions and help are in that
/// language): <c>--lang zh|en</c> when given; else English under <c>--log-format json</c> (log lines for machines stay the
/// same whatever the locale); else the user's locale in POSIX order — the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c>,
/// <c>LANG</c> that is set and not empty — Chinese for <c>zh*</c> (<c>zh_CN.UTF-8</c>, <c>zh_TW</c> …), English for
/// anything else (<c>C</c>, <c>POSIX</c>, <c>en_US.UTF-8</c>, unset).
/// </summary>
/// <param name="Language">The language of the run.</param>
/// <param name="InvalidLang">The <c>--lang</c> value when it is neither <c>zh</c> nor <c>en</c> (the parser then reports it); else null.</param>
internal sealed record LanguageSelection(CliLanguage Language, string? InvalidLang)
{
    /// <summary>The option's name.</summary>
    public const string OptionName = "--lang";

    /// <summary>The locale variables in the order POSIX consults them for messages.</summary>
    public static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>Selects the language for <paramref name="args"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="environment">Reads an environment variable (null when unset): the process's in <c>escore</c>, a dictionary in tests.</param>
    public static LanguageSelection Select(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var lang = OptionValue(args, OptionName);
        if (lang is not null)
        {
            if (TryParse(lang, out var language))
            {
                return new LanguageSelection(language, null);
            }

            return new LanguageSelection(FromEnvironment(args, environment), lang);
        }

        return new LanguageSelection(FromEnvironment(args, environment), null);
    }

    /// <summary>The language of <paramref name="value"/>: <c>zh</c> or <c>en</c> (any case).</summary>
    public static bool TryParse(string value, out CliLanguage language)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "zh":
                language = CliLanguage.Chinese;
                return true;
            case "en":
                language = CliLanguage.English;
                return true;
            default:
                language = CliLanguage.English;
                return false;
        }
    }

    /// <summary>The language of the user's locale: the first of <see cref="LocaleVariables"/> set and not empty; Chinese for <c>zh*</c>.</summary>
    /// <param name="environment">Reads an environment variable.</param>
    public static CliLanguage FromLocale(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var variable in LocaleVariables)
        {
            if (environment(variable) is { Length: > 0 } locale)
            {
                return locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? CliLanguage.Chinese : CliLanguage.English;
            }
        }

        return CliLanguage.English;
    }

    private static CliLanguage FromEnvironment(IReadOnlyList<string> args, Func<string, string?> environment) =>
        OptionValue(args, "--log-format") is { } format && string.Equals(format.Trim(), "json", StringComparison.OrdinalIgnoreCase)
            ? CliLanguage.English
            : FromLocale(environment);

    /// <summary>The last value of <paramref name="name"/> (<c>--name value</c>, <c>--name=value</c>, <c>--name:value</c>) before a <c>--</c>.</summary>
    private static string? OptionValue(IReadOnlyList<string> args, string name)
    {
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if (arg == name)
            {
                value = i + 1 < args.Count ? args[++i] : value;
            }
            else if (arg.Length > name.Length && arg.StartsWith(name, StringComparison.Ordinal) && arg[name.Length] is '=' or ':')
            {
                value = arg[(name.Length + 1)..];
            }
        }

        return value;
    }
}
