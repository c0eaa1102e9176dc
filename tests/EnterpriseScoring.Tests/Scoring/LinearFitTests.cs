using EnterpriseScoring.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.Scoring;

/// <summary>The O(n) fits (no comparison sort; min-max reads two extremes) give the statistics and scores of the naive
/// sort-then-sum fit bit for bit.</summary>
public class LinearFitTests
{
    private static readonly IScoringMethod[] Methods =
    [
        KnownScoringMethods.MinMax, KnownScoringMethods.MinMaxWithFloor(0.2), KnownScoringMethods.ZScore,
        KnownScoringMethods.ZScoreLinear(60, 10), KnownScoringMethods.Vector, KnownScoringMethods.PercentileRank, KnownScoringMethods.Rank,
    ];

    /// <summary>Pools with ties, negatives, both signs of zero, tiny and huge magnitudes.</summary>
    private static double[] AwkwardPool(int seed, int n)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = random.Next(10) switch
            {
                0 => 0.0,
                1 => -0.0,
                2 => Math.Round(random.NextDouble() * 10),
                3 => -random.NextDouble() * 1e-300,
                4 => random.NextDouble() * 1e150,
                5 => -random.NextDouble() * 1e6,
                _ => (random.NextDouble() * 200) - 20,
            };
        }

        return values;
    }

    private static void AssertMatchesNaive(double[] values, string label)
    {
        var naive = new NaiveScoringFit(values);
        foreach (var direction in new[] { Direction.HigherIsBetter, Direction.LowerIsBetter })
        {
            var all = new ScoringFit(values, double.NaN, direction);
            var moments = ScoringFit.Create(values, double.NaN, direction, FitStatistics.Moments);
            var extremes = ScoringFit.Create(values, double.NaN, direction, FitStatistics.Extremes);
            foreach (var fit in new[] { all, moments, extremes })
            {
                Assert.That(fit.Count, Is.EqualTo(naive.Count), label);
                Assert.That(fit.Min, Is.EqualTo(naive.Min), label); // equal as numbers: a zero is reported as +0.0
                Assert.That(fit.Max, Is.EqualTo(naive.Max), label);
            }

            foreach (var fit in new[] { all, moments })
            {
                Assert.That(ScoringTestData.SameBits(fit.Mean, naive.Mean), Is.True, $"{label}: mean {fit.Mean:R} vs {naive.Mean:R}");
                Assert.That(ScoringTestData.SameBits(fit.StandardDeviation, naive.StandardDeviation), Is.True, $"{label}: sd");
                Assert.That(ScoringTestData.SameBits(fit.Norm, naive.Norm), Is.True, $"{label}: norm");
            }

            Assert.That(all.SortedValues.ToArray(), Is.EqualTo(naive.SortedValues), label);
            foreach (var method in Methods)
            {
                var fitted = method.Fit(values, double.NaN, direction);
                var lean = new double[values.Length];
                var full = new double[values.Length];
                method.NormaliseAll(values, fitted, lean);
                method.NormaliseAll(values, all, full);
                Assert.That(ScoringTestData.FirstBitDifference(lean, full), Is.EqualTo(-1), $"{label}: {method} {direction}");
                if (values.Length > 0)
                {
                    Assert.That(ScoringTestData.SameBits(method.Normalise(values[0], fitted), full[0]), Is.True, $"{label}: {method}");
                    Assert.That(method.Explain(values[0], 30, fitted), Is.EqualTo(method.Explain(values[0], 30, all)), $"{label}: {method}");
                }
            }
        }
    }

    [Test]
    public void Fits_RandomPools_BitIdenticalToNaiveFit() =>
        Prop.ForAll<int, byte>((seed, size) =>
        {
            AssertMatchesNaive(AwkwardPool(seed, size), $"seed {seed} n {size}");
            AssertMatchesNaive(ScoringTestData.Pool(seed, size * 3), $"pool seed {seed} n {size * 3}");
            return true;
        }).QuickCheckThrowOnFailure();

    /// <summary>Sizes on each side of the radix sort's thresholds (comparison sort, MSD, LSD 8-bit, LSD 11-bit).</summary>
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(511)]
    [TestCase(513)]
    [TestCase(40_000)]
    [TestCase(70_000)]
    [TestCase(300_000)]
    public void Fits_LargePools_BitIdenticalToNaiveFit(int n)
    {
        AssertMatchesNaive(AwkwardPool(n, n), $"awkward n {n}");
        AssertMatchesNaive(ScoringTestData.Pool(n + 1, n), $"pool n {n}");
    }

    [Test]
    public void Fits_ShuffledPool_SameBits()
    {
        var values = AwkwardPool(7, 5000);
        foreach (var statistics in new[] { FitStatistics.Extremes, FitStatistics.Moments, FitStatistics.All })
        {
            var a = ScoringFit.Create(values, double.NaN, Direction.HigherIsBetter, statistics);
            var b = ScoringFit.Create(ScoringTestData.Shuffled(values, 3), double.NaN, Direction.HigherIsBetter, statistics);
            Assert.That(ScoringTestData.SameBits(a.Min, b.Min) && ScoringTestData.SameBits(a.Max, b.Max), Is.True);
            if (statistics != FitStatistics.Extremes)
            {
                Assert.That(ScoringTestData.SameBits(a.Mean, b.Mean) && ScoringTestData.SameBits(a.StandardDeviation, b.StandardDeviation) && ScoringTestData.SameBits(a.Norm, b.Norm), Is.True);
            }
        }
    }

    [Test]
    public void ExtremesFit_ReadingMoments_ThrowsNamingTheStatistic()
    {
        var fit = KnownScoringMethods.MinMax.Fit([1, 2, 3], double.NaN, Direction.HigherIsBetter);
        Assert.That(fit.Statistics, Is.EqualTo(FitStatistics.Extremes));
        Assert.That(() => fit.Mean, Throws.InvalidOperationException.With.Message.Contains("Moments"));
        Assert.That(() => fit.SortedValues.Length, Throws.InvalidOperationException.With.Message.Contains("SortedValues"));
        var moments = KnownScoringMethods.ZScore.Fit([1, 2, 3], double.NaN, Direction.HigherIsBetter);
        Assert.That(moments.Mean, Is.EqualTo(2));
        Assert.That(() => moments.SortedValues.Length, Throws.InvalidOperationException);
    }

    [Test]
    public void Create_UndefinedFlags_Throws() =>
        Assert.That(() => ScoringFit.Create([1], double.NaN, Direction.HigherIsBetter, (FitStatistics)8), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Fit_NonFiniteValue_ThrowsWhateverIsFitted()
    {
        foreach (var statistics in new[] { FitStatistics.Extremes, FitStatistics.Moments, FitStatistics.All })
        {
            Assert.That(() => ScoringFit.Create([1, double.NaN], double.NaN, Direction.HigherIsBetter, statistics), Throws.ArgumentException);
        }
    }
}
