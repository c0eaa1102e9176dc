using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EnterpriseScoring.Internal;

/// <summary>Plain-loop statistics over one column (span). No allocation, no LINQ.</summary>
internal static class ColumnKernels
{
    /// <summary>Rows at or above which per-column work may run on several threads (each column stays sequential,
    /// so results do not depend on the thread count).</summary>
    public const int ParallelThreshold = 1 << 16;

    /// <summary>Minimum and maximum of a non-empty, finite column (0.0 and −0.0 may be reported either way).</summary>
    public static void MinMax(ReadOnlySpan<double> column, out double min, out double max)
    {
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && column.Length >= 2 * Vector256<double>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(column);
            var vMin = Vector256.Create(double.PositiveInfinity);
            var vMax = Vector256.Create(double.NegativeInfinity);
            for (; i <= column.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var x = Vector256.LoadUnsafe(ref start, (nuint)i);
                vMin = Vector256.Min(vMin, x);
                vMax = Vector256.Max(vMax, x);
            }

            for (var k = 0; k < Vector256<double>.Count; k++)
            {
                min = Math.Min(min, vMin[k]);
                max = Math.Max(max, vMax[k]);
            }
        }

        for (; i < column.Length; i++)
        {
            var x = column[i];
            if (x < min)
            {
                min = x;
            }

            if (x > max)
            {
                max = x;
            }
        }
    }

    /// <summary>Sum in index order.</summary>
    public static double Sum(ReadOnlySpan<double> column)
    {
        double s = 0;
        for (var i = 0; i < column.Length; i++)
        {
            s += column[i];
        }

        return s;
    }

    /// <summary>Arithmetic mean of a non-empty column.</summary>
    public static double Mean(ReadOnlySpan<double> column) => Sum(column) / column.Length;

    /// <summary>Sum of squared deviations from <paramref name="mean"/> (two-pass variance numerator).</summary>
    public static double SumOfSquares(ReadOnlySpan<double> column, double mean)
    {
        double s = 0;
        for (var i = 0; i < column.Length; i++)
        {
            var d = column[i] - mean;
            s += d * d;
        }

        return s;
    }

    /// <summary>Sum of cross products of deviations (two-pass covariance numerator).</summary>
    public static double SumOfCrossProducts(ReadOnlySpan<double> a, double meanA, ReadOnlySpan<double> b, double meanB)
    {
        double s = 0;
        for (var i = 0; i < a.Length; i++)
        {
            s += (a[i] - meanA) * (b[i] - meanB);
        }

        return s;
    }

    /// <summary>
    /// Σ p ln p for p_i = y_i / Σy with y_i = <paramref name="scale"/> × (x_i − <paramref name="shift"/>) ≥ 0, 0·ln0 = 0.
    /// Returns 0 when Σy = 0 (the caller treats that column as constant).
    /// </summary>
    /// <remarks>Uses <see cref="Vector256.Log(Vector256{double})"/> where the hardware accelerates it (4 lanes, then a
    /// scalar tail). The summation order depends only on the input order and the machine's vector support, never on threads.</remarks>
    public static double SumPLogP(ReadOnlySpan<double> column, double shift, double scale)
    {
        var n = column.Length;
        var vectorised = Vector256.IsHardwareAccelerated && n >= 2 * Vector256<double>.Count;
        ref var start = ref MemoryMarshal.GetReference(column);
        var vShift = Vector256.Create(shift);
        var vScale = Vector256.Create(scale);
        double total = 0;
        var i = 0;
        if (vectorised)
        {
            var acc = Vector256<double>.Zero;
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                acc += vScale * (Vector256.LoadUnsafe(ref start, (nuint)i) - vShift);
            }

            total = Vector256.Sum(acc);
        }

        for (; i < n; i++)
        {
            total += scale * (column[i] - shift);
        }

        if (!(total > 0))
        {
            return 0;
        }

        double s = 0;
        i = 0;
        if (vectorised)
        {
            var vTotal = Vector256.Create(total);
            var acc = Vector256<double>.Zero;
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var p = vScale * (Vector256.LoadUnsafe(ref start, (nuint)i) - vShift) / vTotal;
                var term = p * Vector256.Log(p);
                acc += Vector256.ConditionalSelect(Vector256.GreaterThan(p, Vector256<double>.Zero), term, Vector256<double>.Zero);
            }

            s = Vector256.Sum(acc);
        }

        for (; i < n; i++)
        {
            var p = scale * (column[i] - shift) / total;
            if (p > 0)
            {
                s += p * Math.Log(p);
            }
        }

        return s;
    }

    /// <summary>Divides every element by the sum; the caller guarantees a positive finite sum.</summary>
    public static void NormaliseToUnitSum(Span<double> values)
    {
        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    /// <summary>Equal weights 1/m.</summary>
    public static double[] EqualWeights(int m)
    {
        var w = new double[m];
        for (var j = 0; j < m; j++)
        {
            w[j] = 1.0 / m;
        }

        return w;
    }
}
