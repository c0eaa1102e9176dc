namespace EnterpriseScoring.IO;

/// <summary>
/// Protects CSV text cells from spreadsheet formula injection (OWASP "CSV Injection"), reversibly: a cell that begins with
/// one of <see cref="FormulaCharacters"/> — <c>=</c> <c>+</c> <c>-</c> <c>@</c>, tab, CR, LF, NUL and the full-width
/// <c>＝</c> <c>＋</c> <c>－</c> <c>＠</c> that WPS and Excel's East Asian input may turn into formulas — or with the escape
/// character <c>'</c> itself gets one more <c>'</c> in front. <see cref="Unescape"/> removes a leading <c>'</c> only when
/// the next character is one of those or another <c>'</c>, so <c>Unescape(Escape(text)) == text</c> for every text.
/// </summary>
/// <remarks>
/// The test looks at the first character only, so it costs nothing per cell. It applies to text: numbers a writer
/// formats itself (a negative score) stay numbers. CSV quoting (commas, quotes, line breaks) is applied after it, as usual.
/// Thread-safe.
/// </remarks>
public static class FormulaGuard
{
    /// <summary>The character put in front of a cell that would start a formula: <c>'</c>, which spreadsheets read as "text".</summary>
    public const char EscapeCharacter = '\'';

    /// <summary>The characters that make a text cell a possible formula when it begins with one of them.</summary>
    public const string FormulaCharacters = "=+-@\t\r\n\0＝＋－＠";

    /// <summary>Whether a text cell beginning with <paramref name="first"/> is escaped: a formula character or <see cref="EscapeCharacter"/>.</summary>
    /// <param name="first">The cell's first character.</param>
    public static bool NeedsEscape(char first) => first switch
    {
        '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\0' or EscapeCharacter or '＝' or '＋' or '－' or '＠' => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="text"/> is escaped by <see cref="Escape"/> (it begins with a formula character or <c>'</c>).</summary>
    /// <param name="text">The cell's text.</param>
    public static bool NeedsEscape(ReadOnlySpan<char> text) => !text.IsEmpty && NeedsEscape(text[0]);

    /// <summary>The text to write in a CSV text cell: <paramref name="text"/>, with a leading <c>'</c> when <see cref="NeedsEscape(ReadOnlySpan{char})"/>.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The escaped text (the same instance when nothing is needed).</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsEscape(text.AsSpan()) ? EscapeCharacter + text : text;
    }

    /// <summary>The text as written to <see cref="Escape"/>: without the leading <c>'</c> that escaping added, else unchanged.</summary>
    /// <param name="text">A CSV text cell's value (after CSV unquoting).</param>
    /// <returns>The original text (the same instance when nothing was escaped).</returns>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsEscaped(text) ? text[1..] : text;
    }

    /// <summary>Whether <paramref name="text"/> looks escaped: <c>'</c> followed by a formula character or another <c>'</c>.</summary>
    /// <param name="text">A CSV text cell's value.</param>
    public static bool IsEscaped(ReadOnlySpan<char> text) => text.Length >= 2 && text[0] == EscapeCharacter && NeedsEscape(text[1]);
}
