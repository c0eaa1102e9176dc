using System.Globalization;
using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>
/// Bounded quotations of input text in messages, reports and rejects files, so that one input (a 1 MB cell, a file of
/// 100,000 columns) never makes output without bound: a long text keeps its first characters followed by
/// <c>…(n chars)</c>, a long list its first items followed by <c>… and n more</c>.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class TextExcerpt
{
    /// <summary>The characters of one text quoted in a message or a report cell: 200.</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>The characters of one text cell of a file such as rejects.csv, and of one reason in a message: 1,000.</summary>
    public const int DefaultMaxCellLength = 1_000;

    /// <summary>The items of one list quoted in a message (headers found, …): 20.</summary>
    public const int DefaultMaxItems = 20;

    /// <summary>
    /// <paramref name="text"/> when it has at most <paramref name="maxLength"/> characters; otherwise its first
    /// <paramref name="maxLength"/> characters (one fewer rather than half a surrogate pair) and <c>…(n chars)</c>, n being
    /// the whole length.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The characters kept (≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is negative.</exception>
    public static string Of(string text, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var keep = maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, keep)}…({text.Length} chars)");
    }

    /// <summary>
    /// The first <paramref name="maxItems"/> of <paramref name="items"/>, each made by <paramref name="format"/>, joined with
    /// <c>", "</c>, then <c>… and n more</c> when there are more.
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="format">How one item is written, e.g. quoted and shortened by <see cref="Of"/>.</param>
    /// <param name="maxItems">The items listed (≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is negative.</exception>
    public static string List(IReadOnlyList<string> items, Func<string, string> format, int maxItems = DefaultMaxItems)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfNegative(maxItems);
        var text = new StringBuilder();
        var listed = Math.Min(maxItems, items.Count);
        for (var i = 0; i < listed; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(format(items[i]));
        }

        if (items.Count > listed)
        {
            text.Append(listed == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"… and {items.Count - listed:N0} more");
        }

        return text.ToString();
    }
}
