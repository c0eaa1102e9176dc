namespace EnterpriseScoring.Excel;

/// <summary>
/// One cell of a sheet: text (always written as a string cell, never a formula), a number with a number format, or
/// empty. Numbers are the rounded values themselves (typed numeric cells), not text.
/// </summary>
/// <param name="Text">The text, or null for a number or an empty cell.</param>
/// <param name="Number">The number, or null for text or an empty cell.</param>
/// <param name="Format">The number format (e.g. <c>0.00</c>), for numbers.</param>
internal readonly record struct XlsxCell(string? Text, double? Number, string? Format)
{
    /// <summary>An empty cell.</summary>
    public static XlsxCell Empty => default;

    /// <summary>A text cell (null or empty text: an empty cell).</summary>
    public static XlsxCell Of(string? text) => new(string.IsNullOrEmpty(text) ? null : text, null, null);

    /// <summary>A number cell (null or not finite: an empty cell).</summary>
    public static XlsxCell Of(double? number, string format) => number is { } x && double.IsFinite(x) ? new(null, x + 0.0, format) : default;

    /// <summary>An integer cell.</summary>
    public static XlsxCell Of(int? number) => number is { } n ? new(null, n, "0") : default;
}
