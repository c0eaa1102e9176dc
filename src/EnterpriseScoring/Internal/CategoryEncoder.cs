namespace EnterpriseScoring.Internal;

/// <summary>
/// Encodes a text column while rows are added: each distinct value gets a code in order of first appearance (one
/// dictionary lookup per row, none when the value is the same string instance as the previous row's); <see cref="Build"/>
/// sorts the few distinct values once and remaps the codes, giving the same <see cref="CategoryColumn"/> as
/// <see cref="CategoryColumn.Encode"/> (codes in ordinal order of the values).
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class CategoryEncoder(int capacity)
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> values = [];
    private readonly ColumnBuffer<int> codes = new(capacity);
    private string? last;
    private int lastCode;

    /// <summary>Appends a row's value (<see langword="null"/> is stored as the empty string).</summary>
    public void Add(string? value)
    {
        value ??= string.Empty;
        if (!ReferenceEquals(value, last))
        {
            if (!index.TryGetValue(value, out lastCode))
            {
                lastCode = values.Count;
                index.Add(value, lastCode);
                values.Add(value);
            }

            last = value;
        }

        codes.Add(lastCode);
    }

    /// <summary>The column; the encoder must not be used afterwards.</summary>
    public CategoryColumn Build()
    {
        var categories = values.ToArray();
        var order = new int[categories.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(categories, order, StringComparer.Ordinal);
        var remap = new int[order.Length];
        var identity = true;
        for (var sorted = 0; sorted < order.Length; sorted++)
        {
            remap[order[sorted]] = sorted;
            identity &= order[sorted] == sorted;
        }

        var result = codes.ToArray();
        if (!identity)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = remap[result[i]];
            }
        }

        return new CategoryColumn(result, categories);
    }
}
