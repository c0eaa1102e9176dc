using EnterpriseScoring.Platforms;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>Scorecard profiles: what they read, and every problem listed at once with its JSON path.</summary>
public class ScorecardLoaderTests
{
    private const string Minimal = """
        { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators",
          "indicators": [ { "id": "above_tax_per_mu", "weight": 30, "targets": [ { "value": 30 } ] } ] }
        """;

    private static IReadOnlyList<ProfileProblem> Problems(string json) =>
        Assert.Throws<ProfileException>(() => ScorecardLoader.Parse(json))!.Problems;

    [Test]
    public void Minimal_Defaults()
    {
        var profile = ScorecardLoader.Parse(Minimal);
        Assert.Multiple(() =>
        {
            Assert.That(profile.Id, Is.EqualTo("t"));
            Assert.That(profile.Scope, Is.EqualTo(ScorecardScope.MainPlatforms));
            Assert.That(profile.PeerGroup, Is.EqualTo(PeerGroup.All));
            Assert.That(profile.Indicators.Single().Method.Kind, Is.EqualTo(AttainmentMethodKind.CappedRatio));
            Assert.That(profile.Indicators.Single().Targets.Single().Kind, Is.EqualTo(TargetKind.Floor));
            Assert.That(profile.Indicators.Single().Indicator, Is.SameAs(KnownPlatformIndicators.AboveTaxPerMu));
            Assert.That(ScorecardLoader.LoadFirmProfile(profile).Name, Is.EqualTo("zhejiang-six-indicators"));
            Assert.That(profile.MaxPoints, Is.EqualTo(30));
        });
    }

    [Test]
    public void EveryProblem_IsListed_WithItsPath()
    {
        var problems = Problems("""
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "no-such-profile", "peer_groop": "level",
              "assumptions": [ { "path": "$.indicators[9].weight", "note": "x" } ],
              "indicators": [
                { "id": "above_tax_per_muu", "weight": -1, "targets": [ { "value": 30 } ] },
                { "id": "listed_firms", "weight": 10, "method": "goal_posts", "targets": [ { "value": 3 } ] },
                { "id": "land_stock", "weight": 10, "method": "efficacy_coefficient", "targets": [ { "kind": "ceiling", "value": 100, "base": 50 } ] },
                { "id": "revenue", "weight": 10, "method": "capped_ratio" },
                { "id": "revenue", "weight": 10, "targets": [ { "value": 1 }, { "value": 2 } ] },
                { "id": "above_rd_intensity", "weight": 10, "method": "magic", "targets": [ { "kind": "band", "value": 3 } ] }
              ] }
            """);
        var paths = problems.Select(p => p.Path).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(paths, Does.Contain("$.firm_profile"));
            Assert.That(paths, Does.Contain("$.peer_groop"));
            Assert.That(problems.Single(p => p.Path == "$.peer_groop").Hint, Does.Contain("peer_group"));
            Assert.That(paths, Does.Contain("$.assumptions[0].path"));
            Assert.That(paths, Does.Contain("$.indicators[0].id"));
            Assert.That(problems.Single(p => p.Path == "$.indicators[0].id").Hint, Does.Contain("above_tax_per_mu"));
            Assert.That(paths, Does.Contain("$.indicators[0].weight"));
            Assert.That(paths, Does.Contain("$.indicators[1].targets[0].base"), "goal-posts need a base");
            Assert.That(paths, Does.Contain("$.indicators[2].targets[0].base"), "a ceiling's 不允许值 is above its 满意值");
            Assert.That(paths, Does.Contain("$.indicators[3].targets"), "capped ratio needs a target");
            Assert.That(paths, Does.Contain("$.indicators[4].targets[1]"), "two default targets");
            Assert.That(paths, Does.Contain("$.indicators[4].id"), "scored twice");
            Assert.That(paths, Does.Contain("$.indicators[5].method"));
            Assert.That(paths, Does.Contain("$.indicators[5].targets[0].upper"));
        });
    }

    [Test]
    public void NotAScorecard_AndBadJson()
    {
        Assert.That(Problems("""{ "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", "indicators": [] }""").Select(p => p.Path),
            Is.SupersetOf(new[] { "$.kind", "$.indicators" }));
        Assert.That(Problems("{ \"kind\": ").Single().Message, Does.Contain("JSON syntax error"));
        Assert.That(Problems(Minimal.Replace("\"kind\": \"scorecard\"", "\"kind\": \"profile\"", StringComparison.Ordinal)).Single().Path, Is.EqualTo("$.kind"));
    }

    [Test]
    public void DefinedIndicators_EveryKind()
    {
        var profile = ScorecardLoader.Parse("""
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators",
              "indicators": [
                { "id": "va_per_worker", "name": "人均增加值", "unit": "万元/人", "weight": 10, "targets": [ { "value": 30 } ],
                  "definition": { "kind": "ratio_of_sums", "numerator": "value_added", "denominator": "employees", "filter": { "size_class": "above_designated_size" } } },
                { "id": "tax_total", "weight": 10, "targets": [ { "value": 1 } ], "definition": { "kind": "total", "measure": "tax", "scale": 0.0001 } },
                { "id": "sme", "weight": 10, "method": "per_item", "definition": { "kind": "count", "condition": { "required_tags": ["specialized_sme"] } } },
                { "id": "listed_share", "weight": 10, "targets": [ { "value": 50 } ], "definition": { "kind": "share", "measure": "revenue", "part": { "required_tags": ["listed"] } } },
                { "id": "cleared", "weight": 10, "targets": [ { "kind": "cumulative", "value": 10, "from_year": 2024 } ], "definition": { "kind": "register_figure", "figure": "cleared_land" } },
                { "id": "c_land", "weight": 10, "targets": [ { "kind": "ceiling", "value": 20 } ], "definition": { "kind": "tier_land_share", "tier": "c" } }
              ] }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(profile.Indicators.Select(i => i.Indicator.GetType().Name), Is.EqualTo(new[]
            {
                nameof(RatioOfSumsPlatformIndicator), nameof(TotalPlatformIndicator), nameof(CountPlatformIndicator),
                nameof(SharePlatformIndicator), nameof(RegisterFigurePlatformIndicator), nameof(TierLandSharePlatformIndicator),
            }));
            Assert.That(profile.Indicators[0].Indicator.Name, Is.EqualTo("人均增加值"));
            Assert.That(profile.Indicators[4].Targets.Single().ValueIn(2025), Is.EqualTo(20));
        });

        var problems = Problems("""
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators",
              "indicators": [
                { "id": "x1", "weight": 10, "method": "per_item", "definition": { "kind": "ratio_of_sums", "numerator": "taxx", "denominator": "land_area", "filter": { "size_clas": "x" } } },
                { "id": "x2", "weight": 10, "method": "per_item", "definition": { "kind": "count" } },
                { "id": "X3", "weight": 10, "method": "per_item", "definition": { "kind": "total", "measure": "tax" } }
              ] }
            """);
        Assert.That(problems.Select(p => p.Path), Is.SupersetOf(new[] { "$.indicators[0].definition.numerator", "$.indicators[0].definition.filter.size_clas", "$.indicators[1].definition.condition", "$.indicators[2].id" }));
    }

    [Test]
    public void FirmProfileFile_IsResolvedNextToTheScorecard_AndMayNotLeaveItsFolder()
    {
        Assert.That(ScorecardExample.Profile.FirmProfile, Does.EndWith("platform-example.profile.json"));
        Assert.That(Path.IsPathRooted(ScorecardExample.Profile.FirmProfile), Is.True);
        Assert.That(Problems(Minimal.Replace("zhejiang-six-indicators", "profile.json", StringComparison.Ordinal)).Single().Message, Does.Contain("not loaded from a file"));

        var dir = Directory.CreateTempSubdirectory("scorecard-");
        try
        {
            var file = Path.Combine(dir.FullName, "card.json");
            File.WriteAllText(file, Minimal.Replace("zhejiang-six-indicators", "../outside.json", StringComparison.Ordinal));
            Assert.That(Assert.Throws<ProfileException>(() => ScorecardLoader.Load(file))!.Problems.Single().Message, Does.Contain("leaves the scorecard's folder"));

            // A symbolic link next to the scorecard that leads out of its folder is refused too (its target is a real profile).
            var outside = Directory.CreateTempSubdirectory("scorecard-outside-");
            try
            {
                var target = Path.Combine(outside.FullName, "firm.profile.json");
                File.Copy(ScorecardExample.Profile.FirmProfile, target);
                File.CreateSymbolicLink(Path.Combine(dir.FullName, "linked.profile.json"), target);
                File.WriteAllText(file, Minimal.Replace("zhejiang-six-indicators", "linked.profile.json", StringComparison.Ordinal));
                var problem = Assert.Throws<ProfileException>(() => ScorecardLoader.Load(file))!.Problems.Single();
                Assert.That((problem.Path, problem.Message), Is.EqualTo(("$.firm_profile", "'linked.profile.json' is (or passes through) a symbolic link that leads out of the scorecard's folder")));
            }
            finally
            {
                outside.Delete(true);
            }
        }
        finally
        {
            dir.Delete(true);
        }

        Assert.That(Assert.Throws<ProfileException>(() => ScorecardLoader.Load("no-such-scorecard"))!.Problems.Single().Path, Is.EqualTo("$"));
    }

    [Test]
    public void Target_MostSpecificWins()
    {
        var indicator = new ScorecardIndicator
        {
            Indicator = KnownPlatformIndicators.AboveTaxPerMu,
            Targets =
            [
                new ScorecardTarget { Value = 1 },
                new ScorecardTarget { Value = 2, Year = 2025 },
                new ScorecardTarget { Value = 3, Levels = [PlatformLevel.Provincial] },
                new ScorecardTarget { Value = 4, Platforms = ["P9"] },
            ],
        };
        PlatformUnit Unit(string id, PlatformLevel level) => new() { Id = id, Name = id, Kind = PlatformUnitKind.Platform, Level = level };
        Assert.Multiple(() =>
        {
            Assert.That(indicator.TargetFor(Unit("P1", PlatformLevel.National), 2025)!.Value, Is.EqualTo(2), "the year's default beats the every-year default");
            Assert.That(indicator.TargetFor(Unit("P1", PlatformLevel.National), 2024)!.Value, Is.EqualTo(1));
            Assert.That(indicator.TargetFor(Unit("P2", PlatformLevel.Provincial), 2025)!.Value, Is.EqualTo(3));
            Assert.That(indicator.TargetFor(Unit("P9", PlatformLevel.Provincial), 2025)!.Value, Is.EqualTo(4));
        });
    }

    [Test]
    public void Target_CumulativeBeforeItsFirstYear_IsNotInForce()
    {
        var indicator = new ScorecardIndicator
        {
            Indicator = KnownPlatformIndicators.AboveTaxPerMu,
            Targets = [new ScorecardTarget { Kind = TargetKind.Cumulative, Value = 10000, FromYear = 2023 }],
        };
        var unit = new PlatformUnit { Id = "P1", Name = "P1", Kind = PlatformUnitKind.Platform, Level = PlatformLevel.National };
        Assert.Multiple(() =>
        {
            Assert.That(indicator.TargetFor(unit, 2022), Is.Null, "before 2023 there is no target (a T of 0 would give full points)");
            Assert.That(indicator.TargetFor(unit, 2023)!.ValueIn(2023), Is.EqualTo(10000));
        });
    }
}
