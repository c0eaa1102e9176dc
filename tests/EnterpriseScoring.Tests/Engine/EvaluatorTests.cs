using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;
using static EnterpriseScoring.Tests.Engine.EngineFixtures;

namespace EnterpriseScoring.Tests.Engine;

public class EvaluatorTests
{
    private const double Tolerance = 1e-9;

    [Test]
    public void Evaluate_HandTable_MatchesHandArithmetic()
    {
        var evaluation = new Evaluator(HandProfile()).Evaluate(HandTable());

        // Pool mean of tax per mu as ratio of sums over rated firms A, B, C, E: (50+200+0+30)/(10+20+5+10) = 280/45.
        const double b = 280.0 / 45.0;
        var a = evaluation.Find("A")!;
        var bb = evaluation.Find("B")!;
        var c = evaluation.Find("C")!;
        var d = evaluation.Find("D")!;
        var e = evaluation.Find("E")!;
        Assert.Multiple(() =>
        {
            Assert.That(a.Indicators[0].Benchmark, Is.EqualTo(b).Within(Tolerance));
            Assert.That(a.Indicators[0].Score, Is.EqualTo(5 / b * 60).Within(Tolerance));
            Assert.That(a.Indicators[1].Score, Is.EqualTo(40).Within(Tolerance));
            Assert.That(a.Total, Is.EqualTo(5 / b * 60 + 40).Within(Tolerance));
            Assert.That(bb.Total, Is.EqualTo(10 / b * 60 + 30).Within(Tolerance));
            Assert.That(c.Total, Is.EqualTo(60).Within(Tolerance));
            Assert.That(e.Total, Is.EqualTo(3 / b * 60).Within(Tolerance));
            Assert.That(e.Indicators[1].Source, Is.EqualTo(ScoreSource.MissingScoredZero));
            Assert.That(e.Indicators[1].IsImputed, Is.True);
            Assert.That(d.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(d.Reason, Does.Contain("land area"));
            Assert.That(d.Total, Is.Null);
            Assert.That(new[] { bb.Rank, a.Rank, c.Rank, e.Rank }, Is.EqualTo(new int?[] { 1, 2, 3, 4 }));
            Assert.That(a.PoolSize, Is.EqualTo(4));
            Assert.That(bb.Percentile, Is.EqualTo(100));
            Assert.That(e.Percentile, Is.EqualTo(0));
        });
    }

    [Test]
    public void Evaluate_FirmAtEveryBenchmark_ScoresExactlyTheWeightSum()
    {
        var profile = new EvaluationProfile
        {
            Name = "targets",
            Pools =
            [
                new PoolProfile
                {
                    Id = "all",
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 30, Benchmark = KnownBenchmarks.Fixed(15) },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 20, Benchmark = KnownBenchmarks.Fixed(240) },
                        new IndicatorProfile { Indicator = KnownIndicators.LaborProductivity, Weight = 50, Benchmark = KnownBenchmarks.Fixed(35) },
                    ],
                },
            ],
        };
        var table = FirmTable.FromFirms([Firm("X", 12.5, 15 * 12.5, 240 * 12.5, extra: [("employees", 240 * 12.5 / 35)])]);

        var result = new Evaluator(profile).Evaluate(table).Results[0];

        Assert.That(result.Total, Is.EqualTo(100));
    }

    [Test]
    public void Evaluate_ShuffledRows_GiveIdenticalResults()
    {
        var random = new Random(7);
        var firms = Enumerable.Range(0, 300)
            .Select(i => Firm("F" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), 1 + random.NextDouble() * 50, random.NextDouble() * 100, random.Next(10) == 0 ? null : random.NextDouble() * 900))
            .ToList();
        var evaluator = new Evaluator(HandProfile(MissingValuePolicy.PoolAverageScore));
        var forward = evaluator.Evaluate(FirmTable.FromFirms(firms));
        var shuffled = evaluator.Evaluate(FirmTable.FromFirms(firms.OrderBy(_ => random.Next())));

        foreach (var firm in firms)
        {
            var x = forward.Find(firm.Id)!;
            var y = shuffled.Find(firm.Id)!;
            Assert.That((y.Total, y.Rank, y.Indicators[0].Benchmark), Is.EqualTo((x.Total, x.Rank, x.Indicators[0].Benchmark)), firm.Id);
        }
    }

    [Test]
    public void Evaluate_EveryRowGetsExactlyOneResult()
    {
        var table = HandTable();
        var evaluation = new Evaluator(HandProfile()).Evaluate(table);

        Assert.That(evaluation.Results, Has.Count.EqualTo(table.Count));
        Assert.That(evaluation.StatusCounts.Values.Sum(), Is.EqualTo(table.Count));
    }

    [Test]
    public void Evaluate_MissingPolicyPoolAverage_GivesMeanOfPresentScores()
    {
        var evaluation = new Evaluator(HandProfile(MissingValuePolicy.PoolAverageScore)).Evaluate(HandTable());

        // VA scores of A, B, C: 40, 30, 60 → average 43.333…
        var e = evaluation.Find("E")!;
        Assert.That(e.Indicators[1].Score, Is.EqualTo(130.0 / 3).Within(Tolerance));
        Assert.That(e.Indicators[1].Source, Is.EqualTo(ScoreSource.MissingPoolAverage));
    }

    [Test]
    public void Evaluate_MissingPolicyFixedPenalty_GivesPenalty()
    {
        var evaluation = new Evaluator(HandProfile(MissingValuePolicy.FixedPenalty(-3))).Evaluate(HandTable());

        Assert.That(evaluation.Find("E")!.Indicators[1].Score, Is.EqualTo(-3));
    }

    [Test]
    public void Evaluate_MissingPolicyExclude_ExcludesFirmAndRemovesItFromBenchmark()
    {
        var evaluation = new Evaluator(HandProfile(MissingValuePolicy.Exclude)).Evaluate(HandTable());
        var e = evaluation.Find("E")!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Status, Is.EqualTo(FirmStatus.Excluded));
            Assert.That(e.Reason, Does.Contain("value_added_per_mu"));
            Assert.That(evaluation.Find("A")!.Indicators[0].Benchmark, Is.EqualTo(250.0 / 35).Within(Tolerance));
            Assert.That(evaluation.Find("A")!.PoolSize, Is.EqualTo(3));
        });
    }

    [Test]
    public void Evaluate_NegativePolicies_RejectOrClamp()
    {
        var table = FirmTable.FromFirms([Firm("A", 10, -20, 1000), Firm("B", 10, 40, 1000)]);

        var rejected = new Evaluator(HandProfile(negative: NegativeValuePolicy.Reject)).Evaluate(table);
        var clamped = new Evaluator(HandProfile(negative: NegativeValuePolicy.ClampToZero)).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(rejected.Find("A")!.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(rejected.Find("A")!.Reason, Does.Contain("negative"));
            Assert.That(clamped.Find("A")!.Indicators[0].Value, Is.EqualTo(-2));
            Assert.That(clamped.Find("A")!.Indicators[0].ValueUsed, Is.EqualTo(0));
            Assert.That(clamped.Find("A")!.Indicators[0].Score, Is.EqualTo(0));
            Assert.That(clamped.Find("A")!.Explain(), Does.Contain("clamped"));
        });
    }

    [Test]
    public void Evaluate_AllZeroIndicator_DegenerateBenchmarkScoresZeroWithoutNaN()
    {
        var table = FirmTable.FromFirms([Firm("A", 10, 0, 1000), Firm("B", 10, 0, 500)]);

        var evaluation = new Evaluator(HandProfile()).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("A")!.Indicators[0].Source, Is.EqualTo(ScoreSource.DegenerateBenchmark));
            Assert.That(evaluation.Find("A")!.Total, Is.EqualTo(40));
            Assert.That(evaluation.Pools[0].Indicators[0].Note, Does.Contain("benchmark"));
            Assert.That(evaluation.Results.All(r => r.Total is null || double.IsFinite(r.Total.Value)), Is.True);
        });
    }

    [Test]
    public void Evaluate_SingleFirm_ScoresAtPoolMeanAndRanksFirst()
    {
        var evaluation = new Evaluator(HandProfile()).Evaluate(FirmTable.FromFirms([Firm("A", 10, 50, 1000)]));
        var a = evaluation.Results[0];

        Assert.That((a.Indicators[0].Score, a.Rank, a.Percentile), Is.EqualTo(((double?)60, (int?)1, (double?)100)));
    }

    [Test]
    public void Evaluate_EmptyTableAndEmptyPool_GiveNoResultsAndNoErrors()
    {
        var profile = HandProfile();
        var empty = new Evaluator(profile).Evaluate(FirmTable.FromFirms([]));

        Assert.That(empty.Results, Is.Empty);
        Assert.That(empty.Pools[0].RatedCount, Is.Zero);
    }

    [Test]
    public void Evaluate_FirstMatchingPoolWins_AndUnmatchedFirmsAreNotPooled()
    {
        var profile = new EvaluationProfile
        {
            Name = "pools",
            Pools =
            [
                Pool("above", new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize }),
                Pool("below_3mu", new FirmCondition { SizeClass = SizeClass.BelowDesignatedSize, MinLand = 3, MinLandInclusive = true }),
            ],
        };
        var table = FirmTable.FromFirms(
        [
            Firm("A", 10, 50, 100),
            Firm("B", 3, 5, 10, SizeClass.BelowDesignatedSize),
            Firm("C", 2.99, 5, 10, SizeClass.BelowDesignatedSize),
        ]);

        var evaluation = new Evaluator(profile).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("A")!.PoolId, Is.EqualTo("above"));
            Assert.That(evaluation.Find("B")!.PoolId, Is.EqualTo("below_3mu"));
            Assert.That(evaluation.Find("C")!.Status, Is.EqualTo(FirmStatus.NotPooled));
            Assert.That(evaluation.Find("C")!.Reason, Does.Contain("no pool"));
        });

        static PoolProfile Pool(string id, FirmCondition selector) => new()
        {
            Id = id,
            Selector = selector,
            Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.PoolMeanRatioOfSums }],
        };
    }

    [Test]
    public void Evaluate_ComputedEntropyWeights_SumToTotalPoints()
    {
        var random = new Random(3);
        var firms = Enumerable.Range(0, 50).Select(i => Firm("F" + i, 1 + random.NextDouble() * 20, random.NextDouble() * 100, random.NextDouble() * 900)).ToList();
        var profile = new EvaluationProfile
        {
            Name = "entropy",
            Pools =
            [
                new PoolProfile
                {
                    Id = "all",
                    Weighting = KnownWeightingMethods.Entropy,
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Scoring = KnownScoringMethods.MinMax },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Scoring = KnownScoringMethods.MinMax },
                    ],
                },
            ],
        };

        var evaluation = new Evaluator(profile).Evaluate(FirmTable.FromFirms(firms));
        var weights = evaluation.Pools[0].Indicators.Select(i => i.Weight).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(weights.Sum(), Is.EqualTo(100).Within(1e-9));
            Assert.That(evaluation.Pools[0].Weighting, Is.Not.Null);
            Assert.That(evaluation.Results.Max(r => r.Total), Is.LessThanOrEqualTo(100 + 1e-9));
        });
    }

    [Test]
    public void Evaluate_Adjustments_HighestInCategoryCountsAndPerUnitDeductions()
    {
        var profile = new EvaluationProfile
        {
            Name = "adjust",
            Pools =
            [
                new PoolProfile
                {
                    Id = "all",
                    Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.Fixed(5) }],
                    Adjustments = new AdjustmentRules
                    {
                        Rules =
                        [
                            new TagAdjustment("high_tech", "高新技术企业", KnownTags.HighTech, 3, "honour"),
                            new TagAdjustment("sme", "专精特新", KnownTags.SpecializedSme, 5, "honour"),
                            new PerUnitAdjustment("leasing_above", "出租(规上)", KnownMeasures.Lessees, 0, -5, SizeClass.AboveDesignatedSize),
                        ],
                    },
                },
            ],
        };
        var table = FirmTable.FromFirms([Firm("A", 10, 50, null, tags: [KnownTags.HighTech, KnownTags.SpecializedSme], extra: [("lessees", 3)])]);

        var a = new Evaluator(profile).Evaluate(table).Results[0];

        // 100 (at benchmark) + 5 (highest honour) − (0 + 2 × 5) = 95.
        Assert.Multiple(() =>
        {
            Assert.That(a.Bonus, Is.EqualTo(5));
            Assert.That(a.Deduction, Is.EqualTo(10));
            Assert.That(a.Total, Is.EqualTo(95));
            Assert.That(a.Adjustments.Single(l => l.RuleId == "high_tech").CountedPoints, Is.Zero);
            Assert.That(a.Explain(), Does.Contain("only the highest bonus"));
        });
    }

    [Test]
    public void Explain_ShowsEveryNumberOfTheComputation()
    {
        var evaluation = new Evaluator(HandProfile()).Evaluate(HandTable());

        var text = evaluation.Explain("A");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("亩均税收"));
            Assert.That(text, Does.Contain("tax / land = 50 / 10 = 5"));
            Assert.That(text, Does.Contain("6.222222"));
            Assert.That(text, Does.Contain("总分 Total"));
            Assert.That(text, Does.Contain("排名 Rank: 2 / 4"));
            Assert.That(evaluation.Explain("D"), Does.Contain("land area missing"));
        });
    }

    [Test]
    public void Constructor_InvalidProfile_ListsEveryProblemOnce()
    {
        var profile = new EvaluationProfile
        {
            Name = "",
            Pools =
            [
                new PoolProfile
                {
                    Id = "p",
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 0 },
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = -1, Benchmark = KnownBenchmarks.Median },
                    ],
                },
                new PoolProfile { Id = "p", Indicators = [] },
            ],
        };

        var ex = Assert.Throws<ProfileException>(() => _ = new Evaluator(profile))!;

        Assert.That(ex.Problems.Select(p => p.Path), Is.EquivalentTo(new[]
        {
            "name", "pools[0].indicators[0].weight", "pools[0].indicators[0].benchmark", "pools[0].indicators[1]",
            "pools[0].indicators[1].weight", "pools[1].id", "pools[1].indicators",
        }));
    }
}
