using System.Buffers;

namespace EnterpriseScoring.Internal;

/// <summary>Order-independent, accurate sums for benchmarks.</summary>
/// <remarks>
/// A floating-point sum depends on the order of its terms. To make a pool statistic independent of the order of
/// the firms, <see cref="SortedSum"/> sorts a (pooled) copy ascending and adds it with Neumaier's compensated
/// summation, starting from +0. Equal values have equal bits (−0 and +0 aside, which cannot change a sum
/// that starts at +0), so every permutation of the input gives the bit-identical result.
/// </remarks>
internal static class CompensatedSum
{
    /// <summary>Neumaier-compensated sum of <paramref name="values"/> in the given order.</summary>
    public static double Neumaier(ReadOnlySpan<double> values)
    {
        double sum = 0, compensation = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            var t = sum + v;
            if (Math.Abs(sum) >= Math.Abs(v))
            {
                compensation += (sum - t) + v;
            }
            else
            {
                compensation += (v - t) + sum;
            }

            sum = t;
        }

        return sum + compensation;
    }

    /// <summary>The Neumaier sum of <paramref name="values"/> sorted ascending: independent of input order.</summary>
    public static double SortedSum(ReadOnlySpan<double> values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var buffer = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            var copy = buffer.AsSpan(0, values.Length);
            values.CopyTo(copy);
            SortedNeumaier.Sort(copy); // radix sort: same order up to ±0 among zeros, which cannot change the sum
            return Neumaier(copy);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }
}
