using System.Numerics;
using System.Runtime.InteropServices;

namespace EnterpriseScoring.Internal;

/// <summary>
/// The exact sum of finite doubles, rounded once to the nearest double (ties to even): the correctly rounded sum, the same
/// for any order of the terms, and what anyone adding the same numbers exactly (by hand, with a decimal calculator, with
/// Python's <c>math.fsum</c>) and rounding once gets.
/// </summary>
/// <remarks>
/// Every finite double is an integer times a power of two, <c>m × 2^e</c> with <c>m &lt; 2^53</c>; the terms are therefore
/// integers in units of the smallest power of two among them, and their sum is an integer that is accumulated exactly.
/// When the terms' binary magnitudes span few enough bits — their largest leading bit, their smallest trailing bit and the
/// bits the count adds fit in 126 bits, as for money, land or energy columns (two decimals up to 10^12 need about 99 bits
/// plus log2 of the number of terms; four decimals up to 10^12 about 106 plus that) —
/// each term is one 128-bit integer addition; otherwise (a column mixing 1e-300 and 1e300) the terms are added into
/// 32-bit-spaced 64-bit limbs, three additions a term, bounded by the span of a double's exponents (about 66 limbs), and
/// combined once at the end. Both give the same exact integer, which is rounded to 53 bits (ties to even) and scaled by
/// its power of two (exact: a sum below the normal range is a multiple of 2^−1074 with fewer than 53 bits).
/// Written by hand because .NET has no exact summation of doubles; it replaced a per-group sort followed by Neumaier's
/// compensated sum, which was order-independent too but cost a sort of every group (the platform figures at 1M firms
/// took 1.85× as long, docs/benchmarks.md).
/// </remarks>
internal static class ExactSum
{
    /// <summary>The most bits of the magnitude the 128-bit accumulator is used for (one left for the sign, one to spare).</summary>
    private const int NarrowBits = 126;

    /// <summary>The correctly rounded sum of <paramref name="values"/> (+0 when there are none or they cancel exactly; ±∞ when it overflows).</summary>
    /// <param name="values">Finite values.</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static double Of(ReadOnlySpan<double> values) => Of(values, forceWide: false);

    /// <summary><see cref="Of(ReadOnlySpan{double})"/>, optionally through the wide accumulator whatever the span (for tests: both ways must agree).</summary>
    internal static double Of(ReadOnlySpan<double> values, bool forceWide)
    {
        // Pass 1: the lowest trailing bit and the highest leading bit among the non-zero terms.
        int low = int.MaxValue, high = int.MinValue, nonZero = 0;
        foreach (var v in values)
        {
            if (!Decompose(v, out var m, out var lsb))
            {
                continue;
            }

            low = Math.Min(low, lsb);
            high = Math.Max(high, lsb + 63 - BitOperations.LeadingZeroCount(m));
            nonZero++;
        }

        if (nonZero == 0)
        {
            return 0.0;
        }

        return FitsNarrow(low, high, nonZero) && !forceWide ? Narrow(values, low) : Wide(values, low, high);
    }

    /// <summary>
    /// Each group's correctly rounded sum (as <see cref="Of(ReadOnlySpan{double})"/>) of the finite values of the rows in
    /// <paramref name="rows"/> that have a group, and the number of those values, in two streamed passes over the rows (no
    /// grouping, gathering or sorting: an exact sum does not depend on the order of its terms). A large table is split into
    /// ranges of rows on several threads whose counts, spans and 128-bit integers are then added: integer sums, so the
    /// outcome is the same at any thread count.
    /// </summary>
    /// <param name="values">One value per row; non-finite values are left out (and not counted).</param>
    /// <param name="groupOfRow">The group of each row; −1 for none.</param>
    /// <param name="rows">One bit per row: the rows to add.</param>
    /// <param name="sums">One sum per group (overwritten).</param>
    /// <param name="counts">One count per group (overwritten).</param>
    /// <param name="degree">The most threads (1: the calling thread; −1: as many as the runtime likes).</param>
    public static void ByGroup(double[] values, int[] groupOfRow, ulong[] rows, Span<double> sums, Span<int> counts, int degree)
    {
        var groups = sums.Length;
        if (counts.Length != groups)
        {
            throw new ArgumentException($"One count per group ({groups}); got {counts.Length}.", nameof(counts));
        }

        var rowCount = Math.Min(values.Length, groupOfRow.Length);
        var words = Math.Min(rows.Length, (rowCount + 63) >> 6);
        var parts = degree == 1 || words < ParallelWords ? 1 : Math.Min(degree < 0 ? Environment.ProcessorCount : degree, MaxParts);
        var bounds = Enumerable.Range(0, parts + 1).Select(p => (int)((long)words * p / parts)).ToArray();

        // Pass 1, per range of rows: each group's count and the span of its terms' bits; then added up.
        var spans = new GroupSpans[parts];
        Parallelism.For(parts, degree, (long)words * 64, p => spans[p] = GroupSpans.Of(values, groupOfRow, rows, bounds[p], bounds[p + 1], groups));
        var total = spans[0];
        for (var p = 1; p < parts; p++)
        {
            total.Add(spans[p]);
        }

        total.Counts.CopyTo(counts);
        var wide = new bool[groups];
        for (var g = 0; g < groups; g++)
        {
            wide[g] = total.NonZero[g] > 0 && !FitsNarrow(total.Low[g], total.High[g], total.NonZero[g]);
        }

        // Pass 2, per range: a 128-bit integer per group whose sum fits one (in units of the group's lowest bit), the terms
        // of any other group kept for the wide way; then added up (integers: in any order).
        var narrow = new Int128[parts][];
        var wideTerms = new List<double>?[parts][];
        Parallelism.For(parts, degree, (long)words * 64, p => (narrow[p], wideTerms[p]) = Accumulate(values, groupOfRow, rows, bounds[p], bounds[p + 1], total.Low, wide));
        for (var g = 0; g < groups; g++)
        {
            if (wide[g])
            {
                sums[g] = Of(CollectionsMarshal.AsSpan(wideTerms.SelectMany(t => t[g] ?? []).ToList()));
                continue;
            }

            Int128 sum = 0;
            for (var p = 0; p < parts; p++)
            {
                sum += narrow[p][g];
            }

            sums[g] = Round(sum < 0 ? (UInt128)(-sum) : (UInt128)sum, total.Low[g], sum < 0);
        }
    }

    /// <summary>The words of row bits (64 rows each) from which <see cref="ByGroup"/> splits the rows between threads.</summary>
    private const int ParallelWords = 1 << 10;

    /// <summary>The most ranges <see cref="ByGroup"/> splits the rows into (each range holds 4 arrays of one element per group).</summary>
    private const int MaxParts = 16;

    /// <summary>Pass 2 of <see cref="ByGroup"/> over the rows of words [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static (Int128[] Narrow, List<double>?[] Wide) Accumulate(double[] values, int[] groupOfRow, ulong[] rows, int from, int to, int[] low, bool[] wide)
    {
        var narrow = new Int128[low.Length];
        var wideTerms = new List<double>?[low.Length];
        foreach (var row in new SetBits(rows, from, to, Math.Min(values.Length, groupOfRow.Length)))
        {
            var g = groupOfRow[row];
            var v = values[row];
            if (g < 0 || !double.IsFinite(v) || !Decompose(v, out var m, out var lsb))
            {
                continue;
            }

            if (wide[g])
            {
                (wideTerms[g] ??= []).Add(v);
                continue;
            }

            var term = (Int128)m << (lsb - low[g]);
            narrow[g] += v < 0 ? -term : term;
        }

        return (narrow, wideTerms);
    }

    /// <summary>Pass 1 of <see cref="ByGroup"/>: per group, the number of finite terms, of non-zero ones, and their lowest and highest bits.</summary>
    private sealed class GroupSpans
    {
        private GroupSpans(int groups)
        {
            Counts = new int[groups];
            NonZero = new int[groups];
            Low = new int[groups];
            High = new int[groups];
            Low.AsSpan().Fill(int.MaxValue);
            High.AsSpan().Fill(int.MinValue);
        }

        public int[] Counts { get; }

        public int[] NonZero { get; }

        public int[] Low { get; }

        public int[] High { get; }

        /// <summary>The spans of the rows of words [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public static GroupSpans Of(double[] values, int[] groupOfRow, ulong[] rows, int from, int to, int groups)
        {
            var spans = new GroupSpans(groups);
            var (counts, nonZero, low, high) = (spans.Counts, spans.NonZero, spans.Low, spans.High);
            foreach (var row in new SetBits(rows, from, to, Math.Min(values.Length, groupOfRow.Length)))
            {
                var g = groupOfRow[row];
                var v = values[row];
                if (g < 0 || !double.IsFinite(v))
                {
                    continue;
                }

                counts[g]++;
                if (Decompose(v, out var m, out var lsb))
                {
                    low[g] = Math.Min(low[g], lsb);
                    high[g] = Math.Max(high[g], lsb + 63 - BitOperations.LeadingZeroCount(m));
                    nonZero[g]++;
                }
            }

            return spans;
        }

        /// <summary>Adds the spans of another range of rows.</summary>
        public void Add(GroupSpans other)
        {
            for (var g = 0; g < Counts.Length; g++)
            {
                Counts[g] += other.Counts[g];
                NonZero[g] += other.NonZero[g];
                Low[g] = Math.Min(Low[g], other.Low[g]);
                High[g] = Math.Max(High[g], other.High[g]);
            }
        }
    }

    /// <summary>Whether the sum of <paramref name="nonZero"/> terms whose bits lie between 2^<paramref name="low"/> and 2^<paramref name="high"/> fits the 128-bit accumulator.</summary>
    private static bool FitsNarrow(int low, int high, int nonZero) =>
        high + 1 + (32 - BitOperations.LeadingZeroCount((uint)nonZero)) - low <= NarrowBits; // |sum| < nonZero × 2^(high + 1), in units of 2^low

    /// <summary>Pass 2 when the sum fits in 128 bits: one integer addition a term.</summary>
    private static double Narrow(ReadOnlySpan<double> values, int low)
    {
        Int128 sum = 0;
        foreach (var v in values)
        {
            if (Decompose(v, out var m, out var lsb))
            {
                var term = (Int128)m << (lsb - low);
                sum += v < 0 ? -term : term;
            }
        }

        return Round(sum < 0 ? (UInt128)(-sum) : (UInt128)sum, low, sum < 0);
    }

    /// <summary>Pass 2 for any span: each term's bits added into the 32-bit limbs they fall in (each limb a 64-bit integer,
    /// so that up to 2^31 terms add without carrying), the limbs combined once.</summary>
    private static double Wide(ReadOnlySpan<double> values, int low, int high)
    {
        var limbCount = ((high - low) >> 5) + 3; // a term reaches at most two limbs above the one its lowest bit is in
        Span<long> limbs = stackalloc long[limbCount]; // at most (2098 >> 5) + 3 = 68: a double's bits span 2^−1074 … 2^1023
        limbs.Clear();
        foreach (var v in values)
        {
            if (!Decompose(v, out var m, out var lsb))
            {
                continue;
            }

            var offset = lsb - low;
            var shifted = (UInt128)m << (offset & 31); // at most 53 + 31 bits: three 32-bit digits
            var at = offset >> 5;
            var sign = v < 0 ? -1L : 1L;
            limbs[at] += sign * (long)(uint)shifted;
            limbs[at + 1] += sign * (long)(uint)(shifted >> 32);
            limbs[at + 2] += sign * (long)(uint)(shifted >> 64);
        }

        var sum = BigInteger.Zero;
        for (var i = limbs.Length - 1; i >= 0; i--)
        {
            sum = (sum << 32) + limbs[i];
        }

        if (sum.IsZero)
        {
            return 0.0;
        }

        var negative = sum.Sign < 0;
        var magnitude = BigInteger.Abs(sum);
        var exponent = low;
        var bits = (int)magnitude.GetBitLength();
        if (bits > 120)
        {
            // Keep 120 bits: 67 below the 53 kept, the lowest standing for every bit dropped ("sticky"), so that a tie is
            // told from a value above or below it exactly as with every bit.
            var drop = bits - 120;
            var sticky = BigInteger.TrailingZeroCount(magnitude) < drop;
            magnitude = (magnitude >> drop) | (sticky ? BigInteger.One : BigInteger.Zero);
            exponent += drop;
        }

        return Round((UInt128)magnitude, exponent, negative);
    }

    /// <summary>
    /// The non-zero finite <paramref name="value"/> as <c>±m × 2^lsb</c> with <paramref name="m"/> odd; false for ±0.
    /// </summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    private static bool Decompose(double value, out ulong m, out int lsb)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var biased = (int)(bits >> 52) & 0x7FF;
        var fraction = bits & 0xF_FFFF_FFFF_FFFFUL;
        if (biased == 0x7FF)
        {
            throw new ArgumentException($"Only finite values have an exact sum; got {value}.", nameof(value));
        }

        if (biased == 0 && fraction == 0)
        {
            m = 0;
            lsb = 0;
            return false;
        }

        m = biased == 0 ? fraction : fraction | (1UL << 52); // a subnormal has no hidden bit and the exponent of the smallest normal
        lsb = (biased == 0 ? 1 : biased) - 1075;
        var zeros = BitOperations.TrailingZeroCount(m);
        m >>= zeros;
        lsb += zeros;
        return true;
    }

    /// <summary><paramref name="magnitude"/> × 2^<paramref name="exponent"/>, rounded to the nearest double (ties to even), with the sign.</summary>
    private static double Round(UInt128 magnitude, int exponent, bool negative)
    {
        if (magnitude == UInt128.Zero)
        {
            return 0.0;
        }

        var bits = 128 - (int)UInt128.LeadingZeroCount(magnitude);
        ulong mantissa;
        if (bits <= 53)
        {
            mantissa = (ulong)magnitude;
        }
        else
        {
            var shift = bits - 53;
            mantissa = (ulong)(magnitude >> shift);
            var rest = magnitude & ((UInt128.One << shift) - 1);
            var half = UInt128.One << (shift - 1);
            if (rest > half || (rest == half && (mantissa & 1) != 0))
            {
                mantissa++; // 2^53 at most: still exact as a double
            }

            exponent += shift;
        }

        // Exact when the result is a normal double; a result below that range is a multiple of 2^−1074 with fewer than 53
        // bits (every term is), so exact too; beyond the largest double, ±∞ as IEEE 754 rounds it.
        var result = Math.ScaleB(mantissa, exponent);
        return negative ? -result : result;
    }
}
