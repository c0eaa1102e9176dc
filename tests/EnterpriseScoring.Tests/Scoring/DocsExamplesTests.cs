using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

/// <summary>The worked examples quoted in docs/scoring.md, so that they cannot rot.</summary>
public class DocsExamplesTests
{
    private static readonly double[] Pool = [3, 8, 12.5, 15, 20];

    private static string Explain(IScoringMethod method, double x, double weight, double benchmark = double.NaN, Direction direction = Direction.HigherIsBetter, double[]? pool = null) =>
        method.Explain(x, weight, method.Fit(pool ?? Pool, benchmark, direction));

    [Test]
    public void ScoringExamples_MatchDocs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Explain(KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2), 8, 30, 10), Is.EqualTo("min(8 / 10, 1.2) × 30 = 24"));
            Assert.That(Explain(KnownScoringMethods.MinMaxAnhui, 12.5, 30), Is.EqualTo("30 × [0.2 + 0.8 × (12.5 − 3) / (20 − 3)] = 19.411764705882355"));
            Assert.That(Explain(KnownScoringMethods.InverseBenchmark, 0.6, 30, 0.5, Direction.LowerIsBetter, [0.6]), Is.EqualTo("30 / 2 × (2 − 0.6 / 0.5) = 12"));
            Assert.That(Explain(KnownScoringMethods.ZScore, 12.5, 30), Is.EqualTo("30 × (12.5 − 11.7) / 5.8275209137333865 = 4.118389338327485"));
            Assert.That(Explain(KnownScoringMethods.Vector, 12.5, 30), Is.EqualTo("30 × 12.5 / 29.227555491350966 = 12.830357985667675"));
            Assert.That(Explain(KnownScoringMethods.PercentileRank, 12.5, 30), Is.EqualTo("PERCENTRANK.INC: 2 of 5 values are below 12.5, 30 × 2 / (5 − 1) = 15"));
            Assert.That(Explain(KnownScoringMethods.Rank, 12.5, 30), Is.EqualTo("rank 3 of 5 (competition ranking, highest first), 30 × (5 − 3 + 1) / 5 = 18"));
        });
    }

    [Test]
    public void UsageSnippet_MatchesDocs()
    {
        double[] tax = [30, 60], land = [2, 4];
        double[] taxPerMu = [15, 15];
        var b = KnownBenchmarks.PoolMeanRatioOfSums.Compute(new BenchmarkInput(taxPerMu, tax, land));
        var method = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2);
        var fit = method.Fit(taxPerMu, b.Value, Direction.HigherIsBetter);
        var scores = new double[taxPerMu.Length];
        method.NormaliseAll(taxPerMu, fit, scores);
        var twoFirms = KnownBenchmarks.PoolMeanRatioOfSums.Compute(new BenchmarkInput([30, 30.0 / 9], [30, 30], [1, 9]));
        Assert.Multiple(() =>
        {
            Assert.That(b.Value, Is.EqualTo(15));
            Assert.That(scores, Is.EqualTo(new[] { 1.0, 1.0 }));
            Assert.That(method.Explain(15, 30, fit), Is.EqualTo("min(15 / 15, 1.2) × 30 = 30"));
            Assert.That(twoFirms.Explanation, Is.EqualTo("pool mean (ratio of sums) Σnumerators / Σdenominators = 60 / 10 = 6 (n = 2)"));
        });
    }
}
