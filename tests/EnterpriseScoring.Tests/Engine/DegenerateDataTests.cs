using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;
using static EnterpriseScoring.Tests.Engine.EngineFixtures;

namespace EnterpriseScoring.Tests.Engine;

/// <summary>Documented outcomes for degenerate pools (docs/engine.md): never NaN, never an exception.</summary>
public class DegenerateDataTests
{
    private static EvaluationProfile Profile(IScoringMethod scoring, IBenchmark? benchmark, IWeightingMethod? weighting = null) => new()
    {
        Name = "degenerate",
        Pools =
        [
            new PoolProfile
            {
                Id = "all",
                Weighting = weighting,
                Indicators =
                [
                    new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 50, Scoring = scoring, Benchmark = benchmark },
                    new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 50, Scoring = scoring, Benchmark = benchmark },
                ],
            },
        ],
    };

    private static void AssertAllFinite(Evaluation evaluation)
    {
        foreach (var result in evaluation.Results)
        {
            Assert.That(result.Total is null || double.IsFinite(result.Total.Value), Is.True, result.Id);
            foreach (var indicator in result.Indicators)
            {
                Assert.That(indicator.Score is null || double.IsFinite(indicator.Score.Value), Is.True, result.Id);
                Assert.That(double.IsFinite(indicator.Weight), Is.True);
            }
        }
    }

    [Test]
    public void ConstantColumn_MinMaxGivesEveryFirmTheTopOfTheRange_EntropyGivesItWeightZero()
    {
        var table = FirmTable.FromFirms([Firm("A", 10, 50, 100), Firm("B", 10, 50, 300), Firm("C", 10, 50, 900)]);

        var evaluation = new Evaluator(Profile(KnownScoringMethods.MinMax, null, KnownWeightingMethods.Entropy)).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Results.Select(r => r.Indicators[0].Normalised), Is.All.EqualTo(1));
            Assert.That(evaluation.Pools[0].Indicators[0].Weight, Is.EqualTo(0));
            Assert.That(evaluation.Pools[0].Indicators[1].Weight, Is.EqualTo(100).Within(1e-9));
        });
        AssertAllFinite(evaluation);
    }

    [Test]
    public void AllMissingIndicator_ScoresZeroWithDegenerateBenchmarkNote()
    {
        var table = FirmTable.FromFirms([Firm("A", 10, 50, null), Firm("B", 20, 30, null)]);

        var evaluation = new Evaluator(Profile(KnownScoringMethods.RatioToBenchmark, KnownBenchmarks.PoolMeanRatioOfSums), new EvaluatorOptions { AcceptMissingMeasures = ["value_added"] }).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Results.Select(r => r.Indicators[1].Score), Is.All.EqualTo(0));
            Assert.That(evaluation.Results.Select(r => r.Indicators[1].Source), Is.All.EqualTo(ScoreSource.MissingScoredZero));
            Assert.That(evaluation.Pools[0].Indicators[1].Note, Does.Contain("benchmark"));
            Assert.That(evaluation.StatusCounts[FirmStatus.Rated], Is.EqualTo(2));
        });
        AssertAllFinite(evaluation);
    }

    [Test]
    public void ZerosEverywhere_NoNaN()
    {
        var table = FirmTable.FromFirms([Firm("A", 10, 0, 0), Firm("B", 20, 0, 0)]);

        // inverse_benchmark is for lower-is-better indicators only; both indicators here are higher-is-better.
        foreach (var scoring in KnownScoringMethods.All.Where(s => s.Name != "inverse_benchmark"))
        {
            var benchmark = scoring.RequiresBenchmark ? KnownBenchmarks.PoolMeanOfRatios : null;
            AssertAllFinite(new Evaluator(Profile(scoring, benchmark)).Evaluate(table));
        }
    }

    [Test]
    public void EveryFirmRejected_EmptyRatedPoolStillReports()
    {
        var table = FirmTable.FromFirms([Firm("A", 0, 10, 10), Firm("B", null, 10, 10)]);

        var evaluation = new Evaluator(Profile(KnownScoringMethods.RatioToBenchmark, KnownBenchmarks.PoolMeanRatioOfSums)).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Results.Select(r => r.Status), Is.All.EqualTo(FirmStatus.Rejected));
            Assert.That(evaluation.Pools[0].RatedCount, Is.Zero);
            Assert.That(evaluation.Pools[0].FirmCount, Is.EqualTo(2));
        });
    }
}
