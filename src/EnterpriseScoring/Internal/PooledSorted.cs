using System.Buffers;

namespace EnterpriseScoring.Internal;

/// <summary>A sorted copy of some values in a pooled buffer; dispose to return the buffer.</summary>
internal ref struct PooledSorted
{
    private double[]? buffer;

    public PooledSorted(ReadOnlySpan<double> values)
    {
        buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, values.Length));
        var span = buffer.AsSpan(0, values.Length);
        values.CopyTo(span);
        span.Sort();
        Span = span;
    }

    /// <summary>The values, sorted ascending.</summary>
    public ReadOnlySpan<double> Span { get; }

    public void Dispose()
    {
        if (buffer is not null)
        {
            ArrayPool<double>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
