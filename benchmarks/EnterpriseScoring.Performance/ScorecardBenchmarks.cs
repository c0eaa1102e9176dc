using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Performance;

/// <summary>
/// A whole platform scorecard of a province (issue 13): the built-in <c>jiaxing-platforms-2020</c> (seven indicators, targets,
/// capped ratios) over 2,000 platforms (<see cref="ProvincePlatforms"/>), ranked per county with a top 6 and a bottom 5,
/// typed by four 127号-style rules with a 30 % exit quota per county, and 1,000 events of three classes (deductions with a
/// cap, 一票否决). The firm evaluation is done in the setup: the benchmark is what the scorecard adds to it.
/// </summary>
/// <remarks>Budget (2 cores, median): 1M firms, 2,000 platforms ≤ 100 ms (docs/benchmarks.md, "Whole scorecard").</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class ScorecardBenchmarks
{
    private Evaluation evaluation = null!;
    private Platforms.PlatformRegister register = Platforms.PlatformRegister.Empty;
    private ScorecardProfile profile = null!;
    private ScorecardEvent[] events = [];

    /// <summary>The number of firms.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Generates and evaluates the firms, and builds the profile and the events.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (evaluation, register) = ProvincePlatforms.Create(Firms);
        profile = ScorecardLoader.Load("jiaxing-platforms-2020") with
        {
            PeerGroup = PeerGroup.County,
            TopList = 6,
            BottomList = 5,
            Types =
            [
                new ScorecardType { Id = "integrate", Label = "整合托管型", When = new ScorecardCondition { Levels = [Platforms.PlatformLevel.National, Platforms.PlatformLevel.Provincial], TotalAtLeast = 60 } },
                new ScorecardType { Id = "innovate", Label = "转为创新型", When = new ScorecardCondition { Indicator = new ScorecardIndicatorTest { Id = "high_tech_value_added_share", AttainedAtLeast = 100 } } },
                new ScorecardType { Id = "retain", Label = "保留提升型", When = new ScorecardCondition { TotalAtLeast = 30, Vetoed = false } },
                new ScorecardType { Id = "exit", Label = "逐步退出型" },
            ],
            DefaultType = "exit",
            Quotas = [new ScorecardQuota { Type = "exit", AtLeastPercent = 30 }],
            EventClasses =
            [
                new ScorecardEventClass { Id = "major_accident", Label = "重大安全生产事故", PointsPerEvent = 2, MaxPoints = 3 },
                new ScorecardEventClass { Id = "env_inspection", Label = "环保督察问题", PointsPerEvent = 0.3, MaxPoints = 1 },
                new ScorecardEventClass { Id = "illegal_land", Label = "违法用地", Disqualifies = true },
            ],
        };
        string[] classes = ["env_inspection", "major_accident", "env_inspection", "illegal_land"];
        events = [.. Enumerable.Range(0, 1_000).Select(i => new ScorecardEvent
        {
            Line = i + 2,
            Platform = ProvincePlatforms.Id(i * 7 % ProvincePlatforms.Count),
            Date = new DateOnly(i % 9 == 0 ? 2019 : 2020, 1 + (i % 12), 1 + (i % 28)),
            Class = classes[i % classes.Length],
            Count = 1 + (i % 3),
        })];
    }

    /// <summary>The evaluated firms (after <see cref="Setup"/>).</summary>
    internal Evaluation Evaluation => evaluation;

    /// <summary>The register (after <see cref="Setup"/>).</summary>
    internal Platforms.PlatformRegister Register => register;

    /// <summary>The scorecard profile (after <see cref="Setup"/>).</summary>
    internal ScorecardProfile Profile => profile;

    /// <summary>Membership, figures, attainment, events, ranks, lists, types and quotas of 2020 (the built-in's year; one event in nine is of 2019).</summary>
    [Benchmark]
    public Scorecard WholeScorecard() => Scorecard.Evaluate(evaluation, register, profile, events: events);

    /// <summary><see cref="WholeScorecard()"/>, calling <paramref name="lap"/> as each phase ends (<see cref="ScorecardPhaseTiming"/>).</summary>
    internal Scorecard WholeScorecard(Action<string> lap) => Scorecard.EvaluateWithLaps(evaluation, register, profile, null, null, events, null, lap);
}
