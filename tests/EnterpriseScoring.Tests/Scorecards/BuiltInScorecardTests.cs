using EnterpriseScoring.IO;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>The built-in scorecards: they load, cite their documents, mark their assumptions, and score a synthetic city.</summary>
public class BuiltInScorecardTests
{
    [Test]
    public void Catalog_HasTheJiaxing2020Scorecard() =>
        Assert.That(ScorecardCatalog.Names, Does.Contain("jiaxing-platforms-2020"));

    [TestCaseSource(typeof(ScorecardCatalog), nameof(ScorecardCatalog.Names))]
    public void EveryBuiltIn_Loads_CitesItsSources_AndMarksItsAssumptions(string name)
    {
        var profile = ScorecardLoader.Load(name);
        Assert.Multiple(() =>
        {
            Assert.That(profile.Id, Is.EqualTo(name));
            Assert.That(profile.Sources, Is.Not.Empty);
            Assert.That(profile.Assumptions, Is.Not.Empty);
            Assert.That(profile.Indicators.SelectMany(i => i.Targets), Has.All.Matches<ScorecardTarget>(t => t!.Source.Length > 0), "every target names its document");
            Assert.That(() => ScorecardLoader.LoadFirmProfile(profile), Throws.Nothing);
        });
    }

    [Test]
    public void JiaxingClusters2025_TheFiveTargetsOfTheClusterPlan_EachCitedAndMarked()
    {
        var profile = ScorecardLoader.Load("jiaxing-clusters-2025");
        Assert.Multiple(() =>
        {
            Assert.That(profile.Year, Is.EqualTo(2025));
            Assert.That(profile.Indicators.Select(i => (i.Indicator.Id, i.Targets.Single().Value)), Is.EqualTo(new (string, double)[]
            {
                ("above_tax_per_mu", 37), ("above_value_added_per_mu", 240), ("above_labor_productivity", 35), ("above_rd_intensity", 3.4), ("high_tech_value_added_share", 69),
            }));
            Assert.That(profile.Indicators, Has.All.Matches<ScorecardIndicator>(i => i!.Weight == 10 && i.Method.Kind == AttainmentMethodKind.CappedRatio));
            Assert.That(profile.Sources.Single().Document, Does.Contain("先进制造业集群培育工程推进方案(2023—2027年)"));
            Assert.That(profile.Indicators.Select((_, k) => $"$.indicators[{k}].id").Skip(1), Is.SubsetOf(profile.Assumptions.Select(a => a.Path)),
                "every reading of a target's indicator that the plan does not state is an assumption");
        });
    }

    [Test]
    public void Jiaxing2020_TheSevenTargetsOfThePlan()
    {
        var profile = ScorecardLoader.Load("jiaxing-platforms-2020");
        Assert.Multiple(() =>
        {
            Assert.That(profile.Year, Is.EqualTo(2020));
            Assert.That(profile.Indicators.Select(i => (i.Indicator.Id, i.Targets.Single().Value)), Is.EqualTo(new (string, double)[]
            {
                ("above_revenue_per_mu", 500), ("above_tax_per_mu", 30), ("above_value_added", 100), ("firms_over_10_billion", 1),
                ("listed_firms", 3), ("high_tech_value_added_share", 45), ("above_rd_intensity", 3),
            }));
            Assert.That(profile.Indicators, Has.All.Matches<ScorecardIndicator>(i => i!.Weight == 10 && i.Method.Kind == AttainmentMethodKind.CappedRatio));
            Assert.That(profile.MaxPoints, Is.EqualTo(70));
        });
    }

    [Test]
    public void Jiaxing2020_ScoresASyntheticCity_EveryPlatformRanked()
    {
        var profile = ScorecardLoader.Load("jiaxing-platforms-2020");
        var firms = SyntheticCity.Default(2000, 1);
        var card = Scorecard.Evaluate(new Evaluator(ScorecardLoader.LoadFirmProfile(profile)).Evaluate(firms), null, profile);
        Assert.Multiple(() =>
        {
            Assert.That(card.Rows, Has.Count.GreaterThan(10));
            Assert.That(card.Rows.Select(r => r.Rank), Is.Ordered);
            Assert.That(card.Rows.Select(r => r.Total), Is.Ordered.Descending);
            Assert.That(card.Rows, Has.All.Matches<ScorecardRow>(r => r!.Total is >= 0 and <= 70));
            Assert.That(card.Rows[0].Rank, Is.EqualTo(1));
            Assert.That(card.Warnings[0], Does.StartWith("the firms were evaluated under jiaxing-2023 for 2023, the scorecard is for 2020"), "the year mismatch is said, first");
        });

        var sameYear = Scorecard.Evaluate(new Evaluator(ScorecardLoader.LoadFirmProfile(profile).WithEvaluationYear(2020)).Evaluate(firms), null, profile);
        Assert.That(sameYear.Warnings, Has.None.Contains("the scorecard is for"));
    }

    [Test]
    public void WanmuQianyi2025_TheDraftsTargets_Top6AndTheMergeWatch()
    {
        var profile = ScorecardLoader.Load("jiaxing-wanmu-qianyi-2025");
        Assert.Multiple(() =>
        {
            Assert.That(profile.Year, Is.EqualTo(2025));
            Assert.That(profile.Indicators.Select(i => (i.Indicator.Id, i.Targets.Single().Value)), Is.EqualTo(new (string, double)[]
            {
                ("revenue", 500), ("above_value_added_rate", 25), ("above_tax_per_mu", 35), ("firms_over_10_billion", 1),
            }));
            Assert.That(profile.MaxPoints, Is.EqualTo(40));
            Assert.That((profile.TopList, profile.BottomList), Is.EqualTo((6, 3)));
            var rule = profile.HistoryRules.Single();
            Assert.That((rule.Id, rule.List, rule.Size, rule.Years, rule.OfLast), Is.EqualTo(("merge_watch", ScorecardList.Bottom, 3, 2, 2)));
            Assert.That(profile.Assumptions.Select(a => a.Path), Does.Contain("$.history[0]"), "连续几年 is read as a number: an assumption");
        });
    }

    [Test]
    public void WanmuQianyi2025_OnTheSampleCityAndItsRegister_SixOnTop_AndLastYearsBottomThreeWatched()
    {
        var profile = ScorecardLoader.Load("jiaxing-wanmu-qianyi-2025");
        var firms = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv")).Table;
        var register = EnterpriseScoring.Platforms.PlatformRegisterReader.Read(TestPaths.Seeds("data", "sample-city.register.csv")).Register;
        var evaluation = new Evaluator(ScorecardLoader.LoadFirmProfile(profile)).Evaluate(firms);
        var card = Scorecard.Evaluate(evaluation, register, profile);
        var bottom = card.Rows.Where(r => r.OnBottomList).Select(r => r.Platform.Id).ToArray();
        var lastYear = ScorecardHistory.Of(card.Rows.Select(r => new ScorecardStanding(2024, r.Platform.Id, r.PeerGroup, r.Total, r.Vetoed)));
        var twice = Scorecard.Evaluate(evaluation, register, profile, history: lastYear);

        Assert.Multiple(() =>
        {
            Assert.That(card.Rows.Count(r => r.OnTopList), Is.GreaterThanOrEqualTo(6));
            Assert.That(card.Rows.Where(r => r.OnTopList), Has.All.Matches<ScorecardRow>(r => r!.Rank <= 6));
            Assert.That(bottom, Has.Length.GreaterThanOrEqualTo(3));
            Assert.That(card.Rows, Has.None.Matches<ScorecardRow>(r => r!.HistoryRules.Count > 0), "one year alone is not two in a row");
            Assert.That(card.Warnings, Has.Some.Contains("no scorecard for 2024"));
            Assert.That(twice.Rows.Where(r => r.HistoryRules.Contains("merge_watch")).Select(r => r.Platform.Id), Is.EquivalentTo(bottom), "the same standings last year: the bottom 3 are watched");
        });
    }
}
