namespace EnterpriseScoring;

/// <summary>
/// One measure's values for every row of a <see cref="FirmTable"/>: a contiguous array plus an explicit
/// presence mask. A missing value is never a silent 0: it is absent from <see cref="Presence"/> and holds
/// <see cref="double.NaN"/> in <see cref="Values"/>, so a kernel that forgets to check presence fails loudly.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MeasureColumn
{
    private readonly double[] values;

    internal MeasureColumn(Measure measure, double[] values, RowMask presence)
    {
        Measure = measure;
        this.values = values;
        Presence = presence;
    }

    /// <summary>The measure this column holds.</summary>
    public Measure Measure { get; }

    /// <summary>The values, one per row; <see cref="double.NaN"/> where the value is missing.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>The values, for kernels that keep the array (never written to).</summary>
    internal double[] ValueArray => values;

    /// <summary>The rows that have a value.</summary>
    public RowMask Presence { get; }

    /// <summary>The number of rows with no value.</summary>
    public int MissingCount => Presence.Length - Presence.Count;

    /// <summary>The value of <paramref name="row"/>, or <see langword="null"/> when missing.</summary>
    /// <param name="row">The row index.</param>
    public double? this[int row] => Presence[row] ? values[row] : null;

    /// <summary>Gets the value of <paramref name="row"/> when present.</summary>
    /// <param name="row">The row index.</param>
    /// <param name="value">The value (NaN when missing).</param>
    /// <returns>Whether the row has a value.</returns>
    public bool TryGet(int row, out double value)
    {
        value = values[row];
        return Presence[row];
    }
}
