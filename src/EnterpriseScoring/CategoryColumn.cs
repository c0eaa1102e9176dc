namespace EnterpriseScoring;

/// <summary>
/// A dictionary-encoded text column (region, platform, industry code): one small integer code per row and
/// the distinct values. Codes are assigned in ordinal order of the values, so they do not depend on row order.
/// The empty string is a value like any other and means "not given".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CategoryColumn
{
    private readonly int[] codes;
    private readonly string[] categories;

    internal CategoryColumn(int[] codes, string[] categories)
    {
        this.codes = codes;
        this.categories = categories;
        Categories = ValueList<string>.Own(this.categories);
    }

    /// <summary>The code of each row; an index into <see cref="Categories"/>.</summary>
    public ReadOnlySpan<int> Codes => codes;

    /// <summary>The distinct values, sorted ordinally.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The value of <paramref name="row"/>.</summary>
    /// <param name="row">The row index.</param>
    public string this[int row] => categories[codes[row]];

    /// <summary>Encodes <paramref name="values"/> (one per row).</summary>
    /// <param name="values">The row values; <see langword="null"/> is stored as the empty string.</param>
    public static CategoryColumn Encode(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var distinct = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            distinct.Add(v ?? string.Empty);
        }

        var categories = distinct.ToArray();
        var index = new Dictionary<string, int>(categories.Length, StringComparer.Ordinal);
        for (var i = 0; i < categories.Length; i++)
        {
            index[categories[i]] = i;
        }

        var codes = new int[values.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = index[values[i] ?? string.Empty];
        }

        return new CategoryColumn(codes, categories);
    }
}
