using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EnterpriseScoring.Internal;

/// <summary>Plain-loop statistics over one column (span). No allocation, no LINQ.</summary>
internal static class ColumnKernels
{
    /// <summary>Values (rows × columns) at or above which per-column work may run on several threads (each column stays
    /// sequential, so results do not depend on the thread count). Below about 1M values (e.g. 100k rows × 6) dispatching
    /// measured slower than one thread on a shared 2-core machine.</summary>
    public const int ParallelThreshold = 1 << 20;

    /// <summary>Values per block in <see cref="EntropySums"/>.</summary>
    private const int EntropyBlock = 1024;

    // fdlibm e_log.c: ln 2 split in two, and the coefficients of its minimax polynomial for ln((1 + s) / (1 − s)).
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;
    private const double SmallestNormal = 2.2250738585072014e-308;
    private const double Two54 = 18014398509481984.0;
    private const double Sqrt2 = 1.4142135623730951;
    private const ulong MantissaMask = 0x000F_FFFF_FFFF_FFFFUL;
    private const ulong OneBits = 0x3FF0_0000_0000_0000UL;

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
    /// One pass over a column for the entropy method: the minimum and maximum of x, and Σ y and Σ y ln y (0·ln0 = 0) for
    /// y_i = <paramref name="scale"/> × (x_i − <paramref name="shift"/>), which the caller guarantees ≥ 0 wherever it uses the sums.
    /// </summary>
    /// <remarks>
    /// <para>With p_i = y_i / Σy, <c>Σ p ln p = Σ y ln y / Σy − ln Σy</c>: one logarithm per value and no division, and the
    /// sums need no first pass. The logarithm is <see cref="Log"/> (8 lanes, two accumulators) or
    /// <see cref="Vector256.Log(Vector256{double})"/> where those are accelerated, then a scalar tail; the summation
    /// order depends only on the input order and the machine's vector support, never on threads.</para>
    /// <para>The sums overflow only for values near <see cref="double.MaxValue"/> (y ln y) or columns whose sum exceeds it;
    /// the caller then scales by a power of two (exact) and calls again.</para>
    /// </remarks>
    public static void EntropySums(ReadOnlySpan<double> column, double shift, double scale, out double min, out double max, out double sum, out double sumYLogY)
    {
        var n = column.Length;
        ref var start = ref MemoryMarshal.GetReference(column);
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        sum = 0;
        sumYLogY = 0;
        var i = 0;
        if (Vector512.IsHardwareAccelerated && n >= 2 * Vector512<double>.Count)
        {
            var vShift = Vector512.Create(shift);
            var vScale = Vector512.Create(scale);
            Vector512<double> vMin = Vector512.Create(double.PositiveInfinity), vMax = Vector512.Create(double.NegativeInfinity);
            Vector512<double> sumTotal = Vector512<double>.Zero, entTotal = Vector512<double>.Zero;
            while (i <= n - (2 * Vector512<double>.Count))
            {
                // Blocks of at most EntropyBlock values summed apart, then added to the totals: rounding error grows with
                // the block size plus the number of blocks instead of with n.
                var end = Math.Min(n - (2 * Vector512<double>.Count), i + EntropyBlock);
                Vector512<double> sum0 = Vector512<double>.Zero, sum1 = Vector512<double>.Zero, ent0 = Vector512<double>.Zero, ent1 = Vector512<double>.Zero;
                for (; i <= end; i += 2 * Vector512<double>.Count)
                {
                    var x0 = Vector512.LoadUnsafe(ref start, (nuint)i);
                    var x1 = Vector512.LoadUnsafe(ref start, (nuint)(i + Vector512<double>.Count));
                    vMin = Vector512.Min(vMin, Vector512.Min(x0, x1));
                    vMax = Vector512.Max(vMax, Vector512.Max(x0, x1));
                    var y0 = vScale * (x0 - vShift);
                    var y1 = vScale * (x1 - vShift);
                    sum0 += y0;
                    sum1 += y1;
                    ent0 += Vector512.ConditionalSelect(Vector512.GreaterThan(y0, Vector512<double>.Zero), y0 * Log(y0), Vector512<double>.Zero);
                    ent1 += Vector512.ConditionalSelect(Vector512.GreaterThan(y1, Vector512<double>.Zero), y1 * Log(y1), Vector512<double>.Zero);
                }

                sumTotal += sum0 + sum1;
                entTotal += ent0 + ent1;
            }

            for (var k = 0; k < Vector512<double>.Count; k++)
            {
                min = Math.Min(min, vMin[k]);
                max = Math.Max(max, vMax[k]);
            }

            sum = Vector512.Sum(sumTotal);
            sumYLogY = Vector512.Sum(entTotal);
        }
        else if (Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count)
        {
            var vShift = Vector256.Create(shift);
            var vScale = Vector256.Create(scale);
            Vector256<double> vMin = Vector256.Create(double.PositiveInfinity), vMax = Vector256.Create(double.NegativeInfinity);
            Vector256<double> vSum = Vector256<double>.Zero, vEnt = Vector256<double>.Zero;
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var x = Vector256.LoadUnsafe(ref start, (nuint)i);
                vMin = Vector256.Min(vMin, x);
                vMax = Vector256.Max(vMax, x);
                var y = vScale * (x - vShift);
                vSum += y;
                vEnt += Vector256.ConditionalSelect(Vector256.GreaterThan(y, Vector256<double>.Zero), y * Vector256.Log(y), Vector256<double>.Zero);
            }

            for (var k = 0; k < Vector256<double>.Count; k++)
            {
                min = Math.Min(min, vMin[k]);
                max = Math.Max(max, vMax[k]);
            }

            sum = Vector256.Sum(vSum);
            sumYLogY = Vector256.Sum(vEnt);
        }

        for (; i < n; i++)
        {
            var x = column[i];
            min = Math.Min(min, x);
            max = Math.Max(max, x);
            var y = scale * (x - shift);
            sum += y;
            if (y > 0)
            {
                sumYLogY += y * Math.Log(y);
            }
        }
    }

    /// <summary>
    /// ln x on 8 lanes for positive finite x (normal or subnormal; other lanes give unspecified values): the algorithm of
    /// fdlibm's <c>e_log.c</c> (error below 1 ulp), several times faster than <see cref="Vector512.Log(Vector512{double})"/>,
    /// which also handles zeros, negatives, infinities and NaN.
    /// </summary>
    /// <remarks>x = 2^k × m with m in [√2/2, √2); f = m − 1, s = f / (2 + f); ln m = f − (f²/2 − s (f²/2 + R(s²))) with fdlibm's
    /// minimax polynomial R; ln x = k ln2_hi − ((f²/2 − (s (f²/2 + R) + k ln2_lo)) − f). Tested against <see cref="Math.Log(double)"/>.</remarks>
    internal static Vector512<double> Log(Vector512<double> x)
    {
        // Subnormals: scale into the normal range first (exactly) and take 54 off the exponent.
        var tiny = Vector512.LessThan(x, Vector512.Create(SmallestNormal));
        x = Vector512.ConditionalSelect(tiny, x * Vector512.Create(Two54), x);
        var bits = x.AsUInt64();
        var exponent = (bits >>> 52).AsInt64() - Vector512.Create(1023L) - (tiny.AsInt64() & Vector512.Create(54L));
        var m = ((bits & Vector512.Create(MantissaMask)) | Vector512.Create(OneBits)).AsDouble(); // [1, 2)
        var high = Vector512.GreaterThan(m, Vector512.Create(Sqrt2));
        m = Vector512.ConditionalSelect(high, m * Vector512.Create(0.5), m);
        var k = Vector512.ConvertToDouble(exponent - high.AsInt64()); // a true comparison lane is −1
        var f = m - Vector512<double>.One;
        var s = f / (Vector512.Create(2.0) + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (Vector512.Create(Lg2) + (w * (Vector512.Create(Lg4) + (w * Vector512.Create(Lg6)))));
        var t2 = z * (Vector512.Create(Lg1) + (w * (Vector512.Create(Lg3) + (w * (Vector512.Create(Lg5) + (w * Vector512.Create(Lg7)))))));
        var r = t2 + t1;
        var hfsq = Vector512.Create(0.5) * f * f;
        return (k * Vector512.Create(Ln2Hi)) - ((hfsq - ((s * (hfsq + r)) + (k * Vector512.Create(Ln2Lo)))) - f);
    }

    /// <summary><c>totals[i] += weight × column[i]</c> for every i (a rounded product, then a rounded sum: no fused multiply-add,
    /// so the vector lanes and the scalar tail give the same bits as a plain loop).</summary>
    public static void AddScaled(Span<double> totals, double weight, ReadOnlySpan<double> column)
    {
        var n = totals.Length;
        var i = 0;
        if (Vector512.IsHardwareAccelerated && n >= Vector512<double>.Count && column.Length >= n)
        {
            ref var t = ref MemoryMarshal.GetReference(totals);
            ref var c = ref MemoryMarshal.GetReference(column);
            var w = Vector512.Create(weight);
            for (; i <= n - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                (Vector512.LoadUnsafe(ref t, (nuint)i) + (w * Vector512.LoadUnsafe(ref c, (nuint)i))).StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            totals[i] += weight * column[i];
        }
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
