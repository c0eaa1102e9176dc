using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Performance;

/// <summary>Parallel evaluation (pools, indicator columns, conditions) gives bit-identical results for every degree.</summary>
public class ParallelEvaluationTests
{
    // Large enough that pools and columns really run on several threads (above Parallelism.MinimumWork).
    private static readonly Lazy<FirmTable> City = new(() => SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 60_000, Seed = 7, TagRateMultiplier = 5 }));

    [TestCase(false)]
    [TestCase(true)]
    public void Evaluate_AnyDegreeOfParallelism_BitIdenticalToSequential(bool reflow)
    {
        var profile = PerformanceFixtures.Zhejiang(reflow);
        var sequential = PerformanceFixtures.Fingerprint(new Evaluator(profile, new EvaluatorOptions { MaxDegreeOfParallelism = 1 }).Evaluate(City.Value));
        foreach (var degree in new[] { 2, 3, 8, -1 })
        {
            var parallel = PerformanceFixtures.Fingerprint(new Evaluator(profile, new EvaluatorOptions { MaxDegreeOfParallelism = degree }).Evaluate(City.Value));
            Assert.That(parallel, Is.EqualTo(sequential), $"degree {degree}");
        }
    }

    [Test]
    public void Evaluate_SameEvaluatorConcurrently_BitIdentical()
    {
        var evaluator = new Evaluator(PerformanceFixtures.Zhejiang());
        var expected = PerformanceFixtures.Fingerprint(evaluator.Evaluate(City.Value));
        var fingerprints = new string[4];
        Parallel.For(0, fingerprints.Length, i => fingerprints[i] = PerformanceFixtures.Fingerprint(evaluator.Evaluate(City.Value)));
        Assert.That(fingerprints, Is.All.EqualTo(expected));
    }

    [Test]
    public void Evaluate_BenchmarkThrowsInParallelColumn_ThrowsSameExceptionAsSequential()
    {
        // The second column's benchmark throws while the columns are benchmarked in parallel: the caller sees the
        // exception itself, not an AggregateException.
        var profile = new EvaluationProfile
        {
            Name = "throws",
            Pools =
            [
                new Pools.PoolProfile
                {
                    Id = "all",
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = EnterpriseScoring.Indicators.KnownIndicators.TaxPerMu, Weight = 50, Benchmark = EnterpriseScoring.Benchmarks.KnownBenchmarks.PoolMeanRatioOfSums },
                        new IndicatorProfile { Indicator = EnterpriseScoring.Indicators.KnownIndicators.RevenuePerMu, Weight = 50, Benchmark = new ThrowingBenchmark() },
                    ],
                },
            ],
        };
        Assert.Multiple(() =>
        {
            Assert.That(() => new Evaluator(profile, new EvaluatorOptions { MaxDegreeOfParallelism = 1 }).Evaluate(City.Value), Throws.InvalidOperationException.With.Message.EqualTo("boom"));
            Assert.That(() => new Evaluator(profile, new EvaluatorOptions { MaxDegreeOfParallelism = 4 }).Evaluate(City.Value), Throws.InvalidOperationException.With.Message.EqualTo("boom"));
        });
    }

    [TestCase(0)]
    [TestCase(-2)]
    public void Constructor_InvalidDegree_Throws(int degree) =>
        Assert.That(() => new Evaluator(PerformanceFixtures.Zhejiang(), new EvaluatorOptions { MaxDegreeOfParallelism = degree }), Throws.TypeOf<ArgumentOutOfRangeException>());

    private sealed class ThrowingBenchmark : EnterpriseScoring.Benchmarks.IBenchmark
    {
        public string Name => "throws";

        public EnterpriseScoring.Benchmarks.BenchmarkValue Compute(in EnterpriseScoring.Benchmarks.BenchmarkInput input) => throw new InvalidOperationException("boom");
    }
}
