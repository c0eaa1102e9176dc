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

    /// <summary>Minimum and maximum of a non-empty column, in one pass that also tells whether every value is finite (0.0 and
    /// −0.0 may be reported either way).</summary>
    /// <returns><see langword="false"/> when a value is NaN or ±∞: then <paramref name="min"/> and <paramref name="max"/> mean
    /// nothing (callers that have checked the column already may ignore it).</returns>
    public static bool MinMax(ReadOnlySpan<double> column, out double min, out double max)
    {
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        var finite = 0.0; // x − x is 0 for a finite x and NaN for NaN or ±∞; the sum of them stays 0 until one is not finite
        var i = 0;
        if (Vector256.IsHardwareAccelerated && column.Length >= 2 * Vector256<double>.Count)
        {
            // MinNative/MaxNative: the instructions' own min and max, without the IEEE NaN and −0 handling of Min/Max, which
            // cost more than the loads; NaN and ∞ are caught by the sum instead, and the sign of a zero does not matter here.
            ref var start = ref MemoryMarshal.GetReference(column);
            var vMin = Vector256.Create(double.PositiveInfinity);
            var vMax = Vector256.Create(double.NegativeInfinity);
            var vFinite = Vector256<double>.Zero;
            for (; i <= column.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var x = Vector256.LoadUnsafe(ref start, (nuint)i);
                vMin = Vector256.MinNative(vMin, x);
                vMax = Vector256.MaxNative(vMax, x);
                vFinite += x - x;
            }

            for (var k = 0; k < Vector256<double>.Count; k++)
            {
                min = Math.Min(min, vMin[k]);
                max = Math.Max(max, vMax[k]);
                finite += vFinite[k];
            }
        }

        for (; i < column.Length; i++)
        {
            var x = column[i];
            finite += x - x;
            if (x < min)
            {
                min = x;
            }

            if (x > max)
            {
                max = x;
            }
        }

        return finite == 0;
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
    /// sums need no first pass. The logarithm is <see cref="Log(Vector512{double})"/> (fdlibm's algorithm on 8 lanes, two accumulators) on
    /// every machine; the summation order depends only on the input order — never on threads or the CPU's vector width.</para>
    /// <para>The sums overflow only for values near <see cref="double.MaxValue"/> (y ln y) or columns whose sum exceeds it;
    /// the caller then scales by a power of two (exact) and calls again.</para>
    /// </remarks>
    public static void EntropySums(ReadOnlySpan<double> column, double shift, double scale, out double min, out double max, out double sum, out double sumYLogY)
    {
        // One layout on every machine: 16 values a step in two 8-lane vectors, blocks of EntropyBlock values, the last
        // partial step padded with x = shift (y = 0 adds nothing), the lanes reduced in a fixed order, and the logarithm
        // computed by Log on every lane. Vector512 arithmetic is lane-wise IEEE (no fused multiply-add): where the CPU has
        // no 512-bit vectors .NET runs it as two 256-bit halves or lane by lane, with the same bits — so the weights are the
        // same on every CPU, only the speed differs.
        const int Step = 2 * 8;
        var n = column.Length;
        ref var start = ref MemoryMarshal.GetReference(column);
        var vShift = Vector512.Create(shift);
        var vScale = Vector512.Create(scale);
        Vector512<double> vMin = Vector512.Create(double.PositiveInfinity), vMax = Vector512.Create(double.NegativeInfinity);
        Vector512<double> sumTotal = Vector512<double>.Zero, entTotal = Vector512<double>.Zero;
        Span<double> padded = stackalloc double[Step];
        var i = 0;
        while (i < n)
        {
            var end = Math.Min(n, i + EntropyBlock);
            Vector512<double> sum0 = Vector512<double>.Zero, sum1 = Vector512<double>.Zero, ent0 = Vector512<double>.Zero, ent1 = Vector512<double>.Zero;
            for (; i < end; i += Step)
            {
                Vector512<double> x0, x1;
                if (i + Step <= n)
                {
                    x0 = Vector512.LoadUnsafe(ref start, (nuint)i);
                    x1 = Vector512.LoadUnsafe(ref start, (nuint)(i + 8));
                }
                else
                {
                    // The last partial step: the missing values are the step's first value for min and max, shift for the sums.
                    padded.Fill(column[i]);
                    column[i..].CopyTo(padded);
                    var x = Vector512.Create(padded[..8]);
                    var xx = Vector512.Create(padded[8..]);
                    vMin = Vector512.Min(vMin, Vector512.Min(x, xx));
                    vMax = Vector512.Max(vMax, Vector512.Max(x, xx));
                    padded.Fill(shift);
                    column[i..].CopyTo(padded);
                    x0 = Vector512.Create(padded[..8]);
                    x1 = Vector512.Create(padded[8..]);
                    AddEntropyTerms(x0, x1, vShift, vScale, ref sum0, ref sum1, ref ent0, ref ent1);
                    continue;
                }

                vMin = Vector512.Min(vMin, Vector512.Min(x0, x1));
                vMax = Vector512.Max(vMax, Vector512.Max(x0, x1));
                AddEntropyTerms(x0, x1, vShift, vScale, ref sum0, ref sum1, ref ent0, ref ent1);
            }

            sumTotal += sum0 + sum1;
            entTotal += ent0 + ent1;
        }

        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        sum = 0;
        sumYLogY = 0;
        for (var k = 0; k < 8; k++)
        {
            min = Math.Min(min, vMin[k]);
            max = Math.Max(max, vMax[k]);
            sum += sumTotal[k];
            sumYLogY += entTotal[k];
        }
    }

    /// <summary>Adds y and y ln y (0 where y ≤ 0) of two 8-lane steps to the block's accumulators.</summary>
    private static void AddEntropyTerms(
        Vector512<double> x0, Vector512<double> x1, Vector512<double> shift, Vector512<double> scale,
        ref Vector512<double> sum0, ref Vector512<double> sum1, ref Vector512<double> ent0, ref Vector512<double> ent1)
    {
        var y0 = scale * (x0 - shift);
        var y1 = scale * (x1 - shift);
        sum0 += y0;
        sum1 += y1;
        ent0 += Vector512.ConditionalSelect(Vector512.GreaterThan(y0, Vector512<double>.Zero), y0 * Log(y0), Vector512<double>.Zero);
        ent1 += Vector512.ConditionalSelect(Vector512.GreaterThan(y1, Vector512<double>.Zero), y1 * Log(y1), Vector512<double>.Zero);
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

    /// <summary>ln x of one positive finite x by <see cref="Log(Vector512{double})"/> (the same bits on every platform, unlike
    /// <see cref="Math.Log(double)"/>, which calls the C library).</summary>
    internal static double Log(double x) => Log(Vector512.Create(x))[0];

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
