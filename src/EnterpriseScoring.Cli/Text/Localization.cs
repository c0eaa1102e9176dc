namespace EnterpriseScoring.Cli.Text;

/// <summary>
/// The language of the run in progress: set once by <see cref="EscoreApplication.Run"/> before the command tree is built,
/// read by the message catalog (<see cref="Messages"/>, <see cref="Descriptions"/>). It flows with the run (to the tasks it
/// starts) and not to other runs in the same process (an <see cref="AsyncLocal{T}"/>), so in-process runs in parallel, as
/// in the tests, do not see each other's language.
/// </summary>
internal static class Localization
{
    private static readonly AsyncLocal<CliLanguage> CurrentLanguage = new();

    /// <summary>The language of the current run (English when none was set).</summary>
    public static CliLanguage Current => CurrentLanguage.Value;

    /// <summary>Whether the current run speaks Chinese.</summary>
    public static bool IsChinese => CurrentLanguage.Value == CliLanguage.Chinese;

    /// <summary>The text in the current language.</summary>
    /// <param name="english">The English text.</param>
    /// <param name="chinese">The Chinese text.</param>
    public static string Pick(string english, string chinese) => IsChinese ? chinese : english;

    /// <summary>Makes a text in English whatever the run's language: for what a machine reads (run.json).</summary>
    /// <param name="make">Makes the text (or texts).</param>
    public static T InEnglish<T>(Func<T> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        using var english = Use(CliLanguage.English);
        return make();
    }

    /// <summary>Speaks <paramref name="language"/> until the returned scope is disposed (then the previous language again).</summary>
    /// <param name="language">The language.</param>
    public static Scope Use(CliLanguage language)
    {
        var previous = CurrentLanguage.Value;
        CurrentLanguage.Value = language;
        return new Scope(previous);
    }

    /// <summary>Restores the language that was current before <see cref="Use"/>.</summary>
    internal readonly struct Scope : IDisposable
    {
        private readonly CliLanguage previous;

        internal Scope(CliLanguage previous) => this.previous = previous;

        /// <inheritdoc/>
        public void Dispose() => CurrentLanguage.Value = previous;
    }
}
