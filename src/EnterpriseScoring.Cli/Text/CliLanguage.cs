namespace EnterpriseScoring.Cli.Text;

/// <summary>The language <c>escore</c> speaks: its help, messages, tables and the reasons in rejects.csv.</summary>
internal enum CliLanguage
{
    /// <summary>English (the default, and for any locale that is not Chinese).</summary>
    English,

    /// <summary>Simplified Chinese (<c>--lang zh</c>, or a <c>zh*</c> locale).</summary>
    Chinese,
}
