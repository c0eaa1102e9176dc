using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Tests.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.Benchmarks;

public class BenchmarkTests
{
    public static IEnumerable<TestCaseData> AllBenchmarks()
    {
        yield return Case(KnownBenchmarks.Fixed(15));
        yield return Case(KnownBenchmarks.PoolMeanRatioOfSums);
        yield return Case(KnownBenchmarks.PoolMeanOfRatios);
        yield return Case(KnownBenchmarks.Median);
        yield return Case(KnownBenchmarks.Max);
        yield return Case(KnownBenchmarks.Min);
        yield return Case(KnownBenchmarks.Percentile(0.8));
        yield return Case(KnownBenchmarks.Percentile(0.3, PercentileDefinition.Exclusive));
        yield return Case(KnownBenchmarks.PriorYear(KnownBenchmarks.PoolMeanRatioOfSums, 2));
        yield return Case(KnownBenchmarks.PriorYear(KnownBenchmarks.Median));
    }

    private static TestCaseData Case(IBenchmark benchmark) =>
        new TestCaseData(benchmark).SetArgDisplayNames(benchmark.ToString()!);

    /// <summary>A pool of ratios with their numerators and denominators (values = numerators / denominators).</summary>
    private static (double[] Values, double[] Numerators, double[] Denominators) RatioPool(int seed, int n)
    {
        var random = new Random(seed);
        var numerators = new double[n];
        var denominators = new double[n];
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            numerators[i] = Math.Round(random.NextDouble() * 500, random.Next(4));
            denominators[i] = 1 + Math.Round(random.NextDouble() * 80, 2);
            values[i] = numerators[i] / denominators[i];
        }

        return (values, numerators, denominators);
    }

    private static void Shuffle(int seed, double[] a, double[] b, double[] c)
    {
        var order = Enumerable.Range(0, a.Length).ToArray();
        new Random(seed).Shuffle(order);
        var (a2, b2, c2) = (a.ToArray(), b.ToArray(), c.ToArray());
        for (var i = 0; i < order.Length; i++)
        {
            a[i] = a2[order[i]];
            b[i] = b2[order[i]];
            c[i] = c2[order[i]];
        }
    }

    [TestCaseSource(nameof(AllBenchmarks))]
    public void Compute_ShuffledPool_BitIdentical(IBenchmark benchmark)
    {
        Prop.ForAll<int, int>((seed, shuffleSeed) =>
        {
            var (v, num, den) = RatioPool(seed, 1 + Math.Abs(seed % 200));
            var (pv, pnum, pden) = RatioPool(seed + 1, 1 + Math.Abs(seed % 50));
            var first = benchmark.Compute(new BenchmarkInput(v, num, den) { PriorValues = pv, PriorNumerators = pnum, PriorDenominators = pden });
            Shuffle(shuffleSeed, v, num, den);
            Shuffle(shuffleSeed + 1, pv, pnum, pden);
            var second = benchmark.Compute(new BenchmarkInput(v, num, den) { PriorValues = pv, PriorNumerators = pnum, PriorDenominators = pden });
            return ScoringTestData.SameBits(first.Value, second.Value) && first.Explanation == second.Explanation;
        }).QuickCheckThrowOnFailure();
    }

    [TestCaseSource(nameof(AllBenchmarks))]
    public void Compute_EmptyPool_ZeroWithExplanation(IBenchmark benchmark)
    {
        var result = benchmark.Compute(new BenchmarkInput([]));
        if (benchmark is FixedBenchmark)
        {
            Assert.That(result.Value, Is.EqualTo(15));
            return;
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.Value, Is.Zero);
            Assert.That(result.Explanation, Does.Contain("empty pool"));
        });
    }

    [TestCaseSource(nameof(AllBenchmarks))]
    public void Compute_NonFiniteValue_Throws(IBenchmark benchmark)
    {
        if (benchmark is FixedBenchmark)
        {
            Assert.Pass("A fixed target ignores the pool.");
        }

        Assert.That(() => benchmark.Compute(new BenchmarkInput([1, double.NaN], [1, 1], [1, 1])), Throws.ArgumentException);
    }

    [Test]
    public void PoolMean_RandomPools_MatchesNaive()
    {
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 20; seed++)
            {
                var (v, num, den) = RatioPool(seed, 5 + (seed * 11));
                Assert.That(KnownBenchmarks.PoolMeanRatioOfSums.Compute(new BenchmarkInput(v, num, den)).Value, Is.EqualTo(num.Sum() / den.Sum()).Within(1e-12).Percent);
                Assert.That(KnownBenchmarks.PoolMeanOfRatios.Compute(new BenchmarkInput(v, num, den)).Value, Is.EqualTo(v.Average()).Within(1e-12).Percent);
            }
        });
    }

    [Test]
    public void PoolMean_RatioOfSumsVersusMeanOfRatios_Differ()
    {
        // Firm 1: tax 30 on 1 mu; firm 2: tax 30 on 9 mu. Σtax/Σland = 6; mean of ratios = (30 + 3.333…)/2.
        var input = new BenchmarkInput([30, 30.0 / 9], [30, 30], [1, 9]);
        var ratioOfSums = KnownBenchmarks.PoolMeanRatioOfSums.Compute(input).Value;
        var meanOfRatios = KnownBenchmarks.PoolMeanOfRatios.Compute(input).Value;
        Assert.Multiple(() =>
        {
            Assert.That(ratioOfSums, Is.EqualTo(6));
            Assert.That(meanOfRatios, Is.EqualTo((30 + (30.0 / 9)) / 2).Within(1e-12));
        });
    }

    [Test]
    public void PoolMean_RatioOfSumsWithoutNumerators_ThrowsClearly()
    {
        Assert.That(() => KnownBenchmarks.PoolMeanRatioOfSums.Compute(new BenchmarkInput([1, 2])),
            Throws.ArgumentException.With.Message.Contains("numerators and denominators"));
    }

    [Test]
    public void PoolMean_RatioOfSumsLengthMismatch_Throws()
    {
        Assert.That(() => KnownBenchmarks.PoolMeanRatioOfSums.Compute(new BenchmarkInput([1, 2], [1], [1, 2])),
            Throws.ArgumentException.With.Message.Contains("same rows"));
    }

    [Test]
    public void PoolMean_RatioOfSumsZeroDenominators_Zero()
    {
        var result = KnownBenchmarks.PoolMeanRatioOfSums.Compute(new BenchmarkInput([0, 0], [0, 0], [0, 0]));
        Assert.Multiple(() =>
        {
            Assert.That(result.Value, Is.Zero);
            Assert.That(double.IsFinite(result.Value), Is.True);
            Assert.That(result.Explanation, Does.Contain("Σdenominators = 0"));
        });
    }

    [Test]
    public void MedianMaxMinPercentile_RandomPools_MatchNaive()
    {
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 20; seed++)
            {
                var values = ScoringTestData.Pool(seed, seed * 3);
                var sorted = values.Order().ToArray();
                var n = sorted.Length;
                var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
                var input = new BenchmarkInput(values);
                Assert.That(KnownBenchmarks.Median.Compute(input).Value, Is.EqualTo(median));
                Assert.That(KnownBenchmarks.Max.Compute(input).Value, Is.EqualTo(values.Max()));
                Assert.That(KnownBenchmarks.Min.Compute(input).Value, Is.EqualTo(values.Min()));
                Assert.That(KnownBenchmarks.Percentile(0.5).Compute(input).Value, Is.EqualTo(median).Within(1e-12));
                Assert.That(KnownBenchmarks.Percentile(0).Compute(input).Value, Is.EqualTo(sorted[0]));
                Assert.That(KnownBenchmarks.Percentile(1).Compute(input).Value, Is.EqualTo(sorted[^1]));
            }
        });
    }

    [Test]
    public void Median_Zeros_PositiveZero()
    {
        var value = KnownBenchmarks.Median.Compute(new BenchmarkInput([-0.0, 0.0, -0.0])).Value;
        Assert.That(ScoringTestData.SameBits(value, 0.0), Is.True);
    }

    [TestCase(0.0)]
    [TestCase(-15.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Fixed_NotPositive_Throws(double value)
    {
        Assert.That(() => KnownBenchmarks.Fixed(value), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(-0.01)]
    [TestCase(1.01)]
    [TestCase(double.NaN)]
    public void Percentile_OutOfRange_Throws(double p)
    {
        Assert.That(() => KnownBenchmarks.Percentile(p), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void PriorYear_PriorData_UsesPriorYear()
    {
        var input = new BenchmarkInput([100, 200], [100, 200], [1, 1])
        {
            PriorValues = [10, 20],
            PriorNumerators = [10, 20],
            PriorDenominators = [1, 1],
        };
        var result = KnownBenchmarks.PriorYear(KnownBenchmarks.PoolMeanRatioOfSums, 2).Compute(input);
        Assert.Multiple(() =>
        {
            Assert.That(result.Value, Is.EqualTo(30));
            Assert.That(result.UsedFallback, Is.False);
            Assert.That(result.Explanation, Does.Not.Contain("no prior-year data"));
        });
    }

    [Test]
    public void PriorYear_NoPriorData_FallsBackToCurrentYear()
    {
        var input = new BenchmarkInput([10, 20, 30, 0]);
        var result = KnownBenchmarks.PriorYear(KnownBenchmarks.PoolMeanOfRatios, 2).Compute(input);
        Assert.Multiple(() =>
        {
            Assert.That(result.Value, Is.EqualTo(30));
            Assert.That(result.UsedFallback, Is.True);
            Assert.That(result.Explanation, Is.EqualTo(
                "2 × prior-year [pool mean (mean of ratios) Σx / n = 60 / 4 = 15] = 2 × 15 = 30 (no prior-year data: used current year)"));
        });
    }

    [Test]
    public void PriorYear_PriorRatioOfSumsWithoutNumerators_ThrowsNamingPriorYear()
    {
        Assert.That(() => KnownBenchmarks.PriorYear(KnownBenchmarks.PoolMeanRatioOfSums, 2).Compute(new BenchmarkInput([1], [1], [1]) { PriorValues = [2] }),
            Throws.ArgumentException.With.Message.Contains("prior year"));
    }

    [Test]
    public void PriorYear_BadMultiplier_Throws()
    {
        Assert.That(() => KnownBenchmarks.PriorYear(KnownBenchmarks.Median, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Explain_HandCheckedCases()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KnownBenchmarks.Fixed(15).Compute(new BenchmarkInput([])).Explanation, Is.EqualTo("fixed target 15"));
            Assert.That(KnownBenchmarks.Fixed(15, "嘉兴 2018").Compute(new BenchmarkInput([])).Explanation, Is.EqualTo("fixed target 15 (嘉兴 2018)"));
            Assert.That(KnownBenchmarks.PoolMeanRatioOfSums.Compute(new BenchmarkInput([15, 15], [30, 60], [2, 4])).Explanation,
                Is.EqualTo("pool mean (ratio of sums) Σnumerators / Σdenominators = 90 / 6 = 15 (n = 2)"));
            Assert.That(KnownBenchmarks.Median.Compute(new BenchmarkInput([12, 10])).Explanation,
                Is.EqualTo("pool median of 2 values = (10 + 12) / 2 = 11"));
            Assert.That(KnownBenchmarks.Max.Compute(new BenchmarkInput([12, 35.2, 10])).Explanation, Is.EqualTo("pool max of 3 values = 35.2"));
            Assert.That(KnownBenchmarks.Min.Compute(new BenchmarkInput([12, 35.2, 10])).Explanation, Is.EqualTo("pool min of 3 values = 10"));
            Assert.That(KnownBenchmarks.Percentile(0.25).Compute(new BenchmarkInput([50, 10, 40, 20, 30])).Explanation,
                Is.EqualTo("pool percentile p = 0.25 (PERCENTILE.INC, R-7) of 5 values: h = (5 − 1) × 0.25 = 1, x[1] = 20 (x sorted ascending, 0-based)"));
            Assert.That(KnownBenchmarks.Percentile(0.5).Compute(new BenchmarkInput([40, 10, 30, 20])).Explanation,
                Is.EqualTo("pool percentile p = 0.5 (PERCENTILE.INC, R-7) of 4 values: h = (4 − 1) × 0.5 = 1.5, x[1] + 0.5 × (x[2] − x[1]) = 20 + 0.5 × (30 − 20) = 25 (x sorted ascending, 0-based)"));
        });
    }

    [TestCase("pool_median", typeof(MedianBenchmark))]
    [TestCase("pool_max", typeof(MaxBenchmark))]
    [TestCase("pool_min", typeof(MinBenchmark))]
    [TestCase("pool_mean_ratio_of_sums", typeof(PoolMeanBenchmark))]
    [TestCase("pool_mean_of_ratios", typeof(PoolMeanBenchmark))]
    public void TryGet_KnownName_Found(string name, Type type)
    {
        Assert.Multiple(() =>
        {
            Assert.That(KnownBenchmarks.TryGet(name, out var benchmark), Is.True);
            Assert.That(benchmark, Is.InstanceOf(type));
        });
    }

    [TestCase("pool_mean")]
    [TestCase("fixed")]
    [TestCase("prior_year")]
    [TestCase("nonsense")]
    public void TryGet_AmbiguousOrParameterised_NotFound(string name)
    {
        Assert.That(KnownBenchmarks.TryGet(name, out _), Is.False);
    }
}
