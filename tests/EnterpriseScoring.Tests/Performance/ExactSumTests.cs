namespace EnterpriseScoring.Tests.Performance;

/// <summary>
/// <c>ExactSum</c> (the platform groups' sums) against an independent exact reference (<see cref="NaiveSums.Exact"/>:
/// BigInteger, then a correctly rounded decimal parse), bit for bit, through both of its accumulators and in any order.
/// </summary>
public class ExactSumTests
{
    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    private static void AssertExact(double[] values)
    {
        var expected = Bits(NaiveSums.Exact(values));
        var shuffled = (double[])values.Clone();
        new Random(values.Length).Shuffle(shuffled);
        Assert.Multiple(() =>
        {
            Assert.That(Bits(ExactSum.Of(values)), Is.EqualTo(expected), "narrow or wide, as chosen");
            Assert.That(Bits(ExactSum.Of(values, forceWide: true)), Is.EqualTo(expected), "wide");
            Assert.That(Bits(ExactSum.Of(shuffled)), Is.EqualTo(expected), "shuffled");
        });
    }

    /// <summary>Kinds of columns: money with 2 decimals, mixed signs that cancel, 4 decimals, spans wider than 128 bits, subnormals, huge.</summary>
    private static double[] Column(string kind, int n, int seed)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = kind switch
            {
                "money" => Math.Round(Math.Exp(random.NextDouble() * 14) - 1, 2),
                "cancelling" => (i % 2 == 0 ? 1 : -1) * Math.Round(Math.Exp(random.NextDouble() * 20), 4) + (random.NextDouble() - 0.5) * 1e-9,
                "four-decimals" => Math.Round(random.NextDouble() * 1e5, 4) * (random.Next(10) == 0 ? -1 : 1),
                "raw" => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-8, 13)),
                "wide" => (random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-1074, 1000)),
                "subnormal" => (random.NextDouble() - 0.5) * double.Epsilon * random.Next(1, 1 << 30),
                "huge" => random.NextDouble() * double.MaxValue / 4 * (i % 3 == 0 ? -1 : 1),
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            };
        }

        return values;
    }

    [Test]
    public void RandomColumns_EqualTheExactReference([Values("money", "cancelling", "four-decimals", "raw", "wide", "subnormal", "huge")] string kind, [Values(1, 2, 7, 150, 5_000)] int n)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            AssertExact(Column(kind, n, seed * 31 + n));
        }
    }

    [TestCase(new[] { 0.1, 0.2 }, 0.30000000000000004, TestName = "0.1 + 0.2: the doubles' exact sum, rounded once")]
    [TestCase(new[] { 1e100, 1.0, -1e100 }, 1.0, TestName = "1e100 + 1 − 1e100 = 1 (a left-to-right sum gives 0)")]
    [TestCase(new[] { 9007199254740992.0, 1.0 }, 9007199254740992.0, TestName = "2^53 + 1: a tie, to even (down)")]
    [TestCase(new[] { 9007199254740994.0, 1.0 }, 9007199254740996.0, TestName = "2^53 + 2 + 1: a tie, to even (up)")]
    [TestCase(new[] { 9007199254740992.0, 1.0, 1e-300 }, 9007199254740994.0, TestName = "2^53 + 1 + 1e-300: above the tie, up")]
    [TestCase(new[] { 1.0, -1.0 }, 0.0, TestName = "exact cancellation: +0")]
    [TestCase(new[] { -0.0, -0.0 }, 0.0, TestName = "negative zeros: +0")]
    [TestCase(new double[0], 0.0, TestName = "no terms: +0")]
    [TestCase(new[] { double.MaxValue, double.MaxValue, -double.MaxValue }, double.MaxValue, TestName = "no overflow in the middle of a sum")]
    [TestCase(new[] { double.MaxValue, double.MaxValue }, double.PositiveInfinity, TestName = "a sum beyond the largest double: +∞")]
    [TestCase(new[] { -double.MaxValue, -double.MaxValue }, double.NegativeInfinity, TestName = "below the lowest double: −∞")]
    [TestCase(new[] { double.Epsilon, double.Epsilon, double.Epsilon }, 3 * double.Epsilon, TestName = "subnormals add exactly")]
    public void HandExamples(double[] values, double expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Bits(ExactSum.Of(values)), Is.EqualTo(Bits(expected)));
            Assert.That(Bits(ExactSum.Of(values, forceWide: true)), Is.EqualTo(Bits(expected)));
            if (values.All(double.IsFinite) && double.IsFinite(expected))
            {
                Assert.That(Bits(NaiveSums.Exact(values)), Is.EqualTo(Bits(expected)), "the reference agrees");
            }
        });
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    [TestCase(-1)]
    public void ByGroup_EqualsEachGroupsExactSum_AtAnyThreadCount(int degree)
    {
        // 200,000 rows in 500 groups (and none), a tenth not selected, NaN and ∞ left out, zeros counted, and groups 0–9
        // spanning 1e-200 … 1e200 (the wide way); split between up to 7 threads.
        const int rows = 200_000, groups = 500;
        var random = new Random(5);
        var values = new double[rows];
        var groupOfRow = new int[rows];
        var mask = new ulong[(rows + 63) / 64];
        var terms = Enumerable.Range(0, groups).Select(_ => new List<double>()).ToArray();
        for (var row = 0; row < rows; row++)
        {
            var g = groupOfRow[row] = random.Next(-1, groups);
            values[row] = (row % 97) switch
            {
                0 => double.NaN,
                1 => double.PositiveInfinity,
                2 => 0.0,
                _ when g is >= 0 and < 10 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-200, 201)),
                _ => Math.Round((random.NextDouble() - 0.1) * Math.Exp(random.NextDouble() * 16), 2),
            };
            var selected = random.Next(10) != 0;
            if (selected)
            {
                mask[row >> 6] |= 1UL << (row & 63);
            }

            if (selected && g >= 0 && double.IsFinite(values[row]))
            {
                terms[g].Add(values[row]);
            }
        }

        var (sums, counts) = (new double[groups], new int[groups]);
        ExactSum.ByGroup(values, groupOfRow, mask, sums, counts, degree);

        Assert.Multiple(() =>
        {
            for (var g = 0; g < groups; g++)
            {
                Assert.That(Bits(sums[g]), Is.EqualTo(Bits(NaiveSums.Exact(terms[g]))), $"group {g}");
                Assert.That(counts[g], Is.EqualTo(terms[g].Count), $"group {g}: count");
            }
        });
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void NonFiniteTerm_Throws(double bad) =>
        Assert.Throws<ArgumentException>(() => ExactSum.Of([1.0, bad]));

    [Test]
    public void ManyTermsNearTheTop_NoOverflowOfTheAccumulators()
    {
        // 2^20 terms of (2^52 + 1 …) × 2^51 and a 1: 104 bits of span and 21 of count, 125 of the 126 the 128-bit path
        // takes — a sum near 2^124 in units of the 1; the wide path's limbs take the same terms.
        var values = new double[1 << 20];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (4503599627370497.0 + (i % 7)) * Math.ScaleB(1, 51);
        }

        values[0] = 1.0;
        AssertExact(values);
    }

    [Test]
    public void TheNarrowAccumulatorsBoundary_BothSidesExact()
    {
        // x = (2^53 − 1) × 2^71 leads at bit 123: x, x and 1 need 126 bits (the 128-bit path), x, x, x and 1 need 127 (wide).
        var x = 9007199254740991.0 * Math.ScaleB(1, 71);
        AssertExact([x, x, 1.0]);
        AssertExact([x, x, x, 1.0]);
        AssertExact([x, -x, x, 1.0, -1.0]);
    }

    [Test]
    public void TiesAndOverflow_AtTheEdges()
    {
        var twoTo53 = 9007199254740992.0;
        var tiny = Math.ScaleB(1, -100);
        Assert.Multiple(() =>
        {
            // More than 120 bits (the wide way keeps a sticky bit): an exact tie stays a tie, a tiny excess breaks it.
            Assert.That(Bits(ExactSum.Of([twoTo53, 1.0, tiny, -tiny])), Is.EqualTo(Bits(twoTo53)), "tie to even, down");
            Assert.That(Bits(ExactSum.Of([twoTo53 + 2, 1.0, tiny, -tiny])), Is.EqualTo(Bits(twoTo53 + 4)), "tie to even, up");
            Assert.That(Bits(ExactSum.Of([twoTo53, 1.0, tiny])), Is.EqualTo(Bits(twoTo53 + 2)), "above the tie by 2^-100");
            Assert.That(Bits(ExactSum.Of([twoTo53, 1.0, -tiny])), Is.EqualTo(Bits(twoTo53)), "below the tie by 2^-100");

            // Rounding up carries into the next power of two.
            Assert.That(Bits(ExactSum.Of([9007199254740991.0, 0.5])), Is.EqualTo(Bits(twoTo53)), "2^53 − 1 + 0.5: a tie, to even 2^53");

            // The largest double plus half its last unit is a tie with 2^1024: to even, which overflows; less stays.
            Assert.That(ExactSum.Of([double.MaxValue, Math.ScaleB(1, 970)]), Is.EqualTo(double.PositiveInfinity), "MaxValue + half an ulp");
            Assert.That(ExactSum.Of([double.MaxValue, Math.ScaleB(1, 969)]), Is.EqualTo(double.MaxValue), "MaxValue + a quarter ulp");
        });
        AssertExact([twoTo53, 1.0, tiny, -tiny]);
        AssertExact([twoTo53, 1.0, tiny]);
    }
}
