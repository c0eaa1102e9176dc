using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Engine;

/// <summary>Shuffling the input rows changes no number, bit for bit — including computed weights and every aggregation.</summary>
public class OrderIndependenceTests
{
    private static IEnumerable<TestCaseData> Setups()
    {
        yield return new TestCaseData(KnownWeightingMethods.Entropy, "weighted_sum").SetArgDisplayNames("entropy", "weighted_sum");
        yield return new TestCaseData(KnownWeightingMethods.Critic, "topsis").SetArgDisplayNames("critic", "topsis");
        yield return new TestCaseData(KnownWeightingMethods.CoefficientOfVariation, "weighted_product").SetArgDisplayNames("coefficient_of_variation", "weighted_product");
        yield return new TestCaseData(KnownWeightingMethods.StandardDeviation, "weighted_sum").SetArgDisplayNames("standard_deviation", "weighted_sum");
    }

    [TestCaseSource(nameof(Setups))]
    public void Evaluate_ShuffledRows_BitIdenticalWeightsScoresRanksTiers(IWeightingMethod weighting, string aggregation)
    {
        EnterpriseScoring.Aggregation.KnownAggregationMethods.TryGet(aggregation, out var method);
        var profile = new EvaluationProfile
        {
            Name = "order",
            Pools =
            [
                new PoolProfile
                {
                    Id = "all",
                    Weighting = weighting,
                    Aggregation = method,
                    Tiering = new QuotaBands(20, 40, 30, 10),
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Scoring = KnownScoringMethods.MinMaxAnhui },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Scoring = KnownScoringMethods.MinMaxAnhui },
                        new IndicatorProfile { Indicator = KnownIndicators.LaborProductivity, Scoring = KnownScoringMethods.MinMaxAnhui, Missing = MissingValuePolicy.PoolAverageScore },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerEnergy, Scoring = KnownScoringMethods.RatioToBenchmarkWith(cap: 2), Benchmark = KnownBenchmarks.PoolMeanRatioOfSums },
                    ],
                },
            ],
        };
        var firms = SyntheticCity.Default(2500, 77).AsFirms().ToList();
        var random = new Random(5);
        var evaluator = new Evaluator(profile);

        var forward = evaluator.Evaluate(FirmTable.FromFirms(firms));
        var shuffled = evaluator.Evaluate(FirmTable.FromFirms(firms.OrderBy(_ => random.Next())));

        Assert.That(shuffled.Pools[0].Indicators.Select(i => BitConverter.DoubleToInt64Bits(i.Weight)),
            Is.EqualTo(forward.Pools[0].Indicators.Select(i => BitConverter.DoubleToInt64Bits(i.Weight))));
        foreach (var x in forward.Results)
        {
            var y = shuffled.Find(x.Id)!;
            Assert.That((y.Total, y.Rank, y.Tier), Is.EqualTo((x.Total, x.Rank, x.Tier)), x.Id);
        }
    }
}
