using EnterpriseScoring.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.Scoring;

/// <summary>The <see cref="IScoringMethod"/> contract, checked for every built-in configuration.</summary>
public class ScoringContractTests
{
    public static IEnumerable<TestCaseData> Methods()
    {
        foreach (var direction in new[] { Direction.HigherIsBetter, Direction.LowerIsBetter })
        {
            yield return Case(KnownScoringMethods.RatioToBenchmarkWith(cap: 1.5), direction);
            yield return Case(KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2, floor: 0), direction);
            yield return Case(KnownScoringMethods.MinMax, direction);
            yield return Case(KnownScoringMethods.MinMaxAnhui, direction);
            yield return Case(KnownScoringMethods.ZScore, direction);
            yield return Case(KnownScoringMethods.ZScoreLinear(60, 10), direction);
            yield return Case(KnownScoringMethods.Vector, direction);
            yield return Case(KnownScoringMethods.PercentileRank, direction);
            yield return Case(KnownScoringMethods.Rank, direction);
            yield return Case(KnownScoringMethods.EfficacyCoefficient, direction);
            var lower = direction == Direction.LowerIsBetter;
            yield return Case(lower ? KnownScoringMethods.EfficacyCoefficientWith(20, 150) : KnownScoringMethods.EfficacyCoefficientWith(150, 20), direction);
            yield return Case(lower ? KnownScoringMethods.EfficacyCoefficientWith(20, 150, BelowUnacceptable.Formula) : KnownScoringMethods.EfficacyCoefficientWith(150, 20, BelowUnacceptable.Formula), direction);
            yield return Case(KnownScoringMethods.EfficacyBands(lower ? [10, 30, 60, 100, 200] : [200, 100, 60, 30, 10]), direction);
        }

        yield return Case(KnownScoringMethods.RatioToBenchmark, Direction.HigherIsBetter);
        yield return Case(KnownScoringMethods.InverseBenchmark, Direction.LowerIsBetter);
    }

    private static TestCaseData Case(IScoringMethod method, Direction direction) =>
        new TestCaseData(method, direction).SetArgDisplayNames(method.ToString()!, direction.ToString());

    private static double BenchmarkFor(IScoringMethod method) =>
        method.RequiresBenchmark ? 50 : double.NaN;

    [TestCaseSource(nameof(Methods))]
    public void NormaliseAll_RandomPools_BitIdenticalToNormalise(IScoringMethod method, Direction direction)
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var pool = ScoringTestData.Pool(seed, 1 + (seed * 7 % 60), min: 0);
            var fit = method.Fit(pool, BenchmarkFor(method), direction);
            var probe = pool.Concat(ScoringTestData.Pool(seed + 1000, 10, -50, 300)).Append(0).ToArray();
            var all = new double[probe.Length];
            method.NormaliseAll(probe, fit, all);
            var one = probe.Select(v => method.Normalise(v, fit)).ToArray();

            Assert.That(ScoringTestData.FirstBitDifference(all, one), Is.EqualTo(-1), $"seed {seed}");
            Assert.That(all.All(double.IsFinite), Is.True, $"seed {seed}");
        }
    }

    [TestCaseSource(nameof(Methods))]
    public void Fit_ShuffledPool_BitIdenticalResults(IScoringMethod method, Direction direction)
    {
        Prop.ForAll<int, int>((seed, shuffleSeed) =>
        {
            var pool = ScoringTestData.Pool(seed, 1 + Math.Abs(seed % 40), min: 0);
            var shuffled = ScoringTestData.Shuffled(pool, shuffleSeed);
            var a = method.Fit(pool, BenchmarkFor(method), direction);
            var b = method.Fit(shuffled, BenchmarkFor(method), direction);
            var left = new double[pool.Length];
            var right = new double[pool.Length];
            method.NormaliseAll(pool, a, left);
            method.NormaliseAll(pool, b, right);
            return ScoringTestData.FirstBitDifference(left, right) == -1;
        }).QuickCheckThrowOnFailure();
    }

    [TestCaseSource(nameof(Methods))]
    public void Explain_EndsWithScoreOfNormalise(IScoringMethod method, Direction direction)
    {
        var pool = ScoringTestData.Pool(7, 25, min: 0);
        var fit = method.Fit(pool, BenchmarkFor(method), direction);
        Assert.Multiple(() =>
        {
            foreach (var v in pool)
            {
                var expected = (30 * method.Normalise(v, fit)).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(method.Explain(v, 30, fit), Does.EndWith("= " + expected));
            }
        });
    }

    [TestCaseSource(nameof(Methods))]
    public void NormaliseAll_ShortDestination_Throws(IScoringMethod method, Direction direction)
    {
        var pool = new double[] { 1, 2, 3 };
        var fit = method.Fit(pool, BenchmarkFor(method), direction);
        Assert.That(() => method.NormaliseAll(pool, fit, new double[2]), Throws.ArgumentException);
    }

    [TestCaseSource(nameof(Methods))]
    public void Fit_NonFiniteValue_Throws(IScoringMethod method, Direction direction)
    {
        double[] pool = [1, double.NaN];
        Assert.That(() => method.Fit(pool, 10, direction), Throws.ArgumentException);
    }

    [TestCaseSource(nameof(Methods))]
    public void Normalise_SortedValues_MonotoneInDirection(IScoringMethod method, Direction direction)
    {
        Prop.ForAll<int>(seed =>
        {
            var pool = ScoringTestData.Pool(seed, 1 + Math.Abs(seed % 50), min: 0);
            var fit = method.Fit(pool, BenchmarkFor(method), direction);
            var probe = pool.Concat(ScoringTestData.Pool(seed + 1, 20, -30, 250)).Append(0).Order().ToArray();
            for (var i = 1; i < probe.Length; i++)
            {
                double previous = method.Normalise(probe[i - 1], fit), current = method.Normalise(probe[i], fit);
                var ok = direction == Direction.HigherIsBetter ? current >= previous : current <= previous;
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [TestCaseSource(nameof(Methods))]
    public void NormaliseAll_AfterWarmUp_AllocatesNothing(IScoringMethod method, Direction direction)
    {
        var pool = ScoringTestData.Pool(5, 1000, min: 0);
        var fit = method.Fit(pool, BenchmarkFor(method), direction);
        var destination = new double[pool.Length];
        method.NormaliseAll(pool, fit, destination);
        var before = GC.GetAllocatedBytesForCurrentThread();
        method.NormaliseAll(pool, fit, destination);
        var after = GC.GetAllocatedBytesForCurrentThread();
        Assert.That(after - before, Is.Zero);
    }
}
