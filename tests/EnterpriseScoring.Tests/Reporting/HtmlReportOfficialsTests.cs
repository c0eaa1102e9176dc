using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Tests.Reporting;

/// <summary>
/// What officials read in the report: a title from the profile, Chinese labels, the not-rated firms explained, the D and
/// C lists first with indicator scores and the weakest indicator, the A list collapsed, units and percentages, industry
/// names, consequences, movers and the per-region change — on the bundled sample city under a built-in profile.
/// </summary>
public class HtmlReportOfficialsTests
{
    private static readonly Lazy<Evaluation> City = new(() =>
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv"));
        return new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(read.Table);
    });

    private static readonly Lazy<string> Html = new(() => HtmlReport.Render(City.Value));

    [Test]
    public void Title_ComesFromTheProfilesJurisdictionAndYear_OrTheOption()
    {
        var profile = City.Value.Profile;
        var expected = $"{profile.Jurisdiction}{profile.EvaluationYear}年度工业企业亩均效益综合评价";
        var custom = HtmlReport.Render(City.Value, new HtmlReportOptions { Title = "嘉兴市<2025>公示" });

        Assert.Multiple(() =>
        {
            Assert.That(HtmlReport.DefaultTitle(profile), Is.EqualTo(expected));
            Assert.That(Html.Value, Does.Contain($"<h1>{expected}</h1>"));
            Assert.That(custom, Does.Contain("<h1>嘉兴市&lt;2025&gt;公示</h1>"), "escaped");
            Assert.That(HtmlReport.DefaultTitle(profile with { Jurisdiction = string.Empty }), Is.EqualTo($"{profile.Name} {profile.EvaluationYear}年度亩均效益综合评价"));
        });
    }

    [Test]
    public void Overview_EveryNotRatedFirmIsCountedUnderItsStatusAndReason()
    {
        var groups = City.Value.Results.Where(r => r.Status != FirmStatus.Rated)
            .GroupBy(r => (r.Status, Reason: r.Reason ?? string.Empty)).ToList();

        Assert.That(groups.Sum(g => g.Count()), Is.EqualTo(City.Value.Table.Count - City.Value.StatusCounts[FirmStatus.Rated]));
        Assert.That(groups, Has.Count.GreaterThan(1));
        foreach (var g in groups)
        {
            Assert.That(Html.Value, Does.Contain($"<td>{WebUtility.HtmlEncode(g.Key.Reason)}</td><td class=\"n\">{g.Count()}</td>"), g.Key.ToString());
        }

        Assert.That(Html.Value, Does.Contain("未入组 not in any pool").And.Not.Contain("<td>NotPooled</td>"));
    }

    [Test]
    public void FirmLists_DThenC_BeforeTheRest_AListCollapsedAtTheEnd()
    {
        var html = Html.Value;
        var d = html.IndexOf("D类 企业名单", StringComparison.Ordinal);
        var c = html.IndexOf("C类 企业名单", StringComparison.Ordinal);
        var tiers = html.IndexOf("分档结果 / Tiers by pool and region", StringComparison.Ordinal);
        var a = html.IndexOf("A类 企业名单", StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(d, Is.GreaterThan(0));
            Assert.That(c, Is.GreaterThan(d));
            Assert.That(tiers, Is.GreaterThan(c));
            Assert.That(a, Is.GreaterThan(tiers));
            Assert.That(html[d..c], Does.Contain("<details open>"), "the D list is open (printed)");
            Assert.That(html[a..], Does.StartWith("A类 企业名单").And.Contain("<details><summary>"), "the A list is collapsed");
            Assert.That(HtmlReport.Render(City.Value, new HtmlReportOptions { ExpandLists = true }), Does.Not.Contain("<details><summary>"), "ExpandLists opens every list");
        });
    }

    [Test]
    public void DList_EachRowHasItsIndicatorScoresTotalAndWeakestIndicator_AndTheQuotaSentenceOnce()
    {
        var evaluation = City.Value;
        var firm = evaluation.Results.Where(r => r.Tier == Tier.D && r.PoolId == "above_size").OrderBy(r => r.Rank).First();
        var weakest = firm.Indicators.Where(i => i.Weight > 0 && i.Score is not null).MinBy(i => i.Score!.Value / i.Weight)!;
        var display = evaluation.Profile.Display;
        var cells = string.Concat(firm.Indicators.Select(i => $"<td class=\"n\">{display.Scores.Format(i.Score!.Value)}</td>"))
            + $"<td class=\"n\">{display.Totals.Format(firm.Total!.Value)}</td><td>{weakest.ChineseName} {display.Scores.Format(weakest.Score!.Value)} ({Number(weakest.Weight)})</td>";
        var html = Html.Value;
        var dList = html[html.IndexOf("D类 企业名单", StringComparison.Ordinal)..html.IndexOf("C类 企业名单", StringComparison.Ordinal)];

        Assert.Multiple(() =>
        {
            Assert.That(dList, Does.Contain($"<td class=\"n\">{firm.Rank}/{firm.PoolSize}</td><td>{firm.Id}</td><td>{firm.Name}</td><td>{firm.Region}</td>{cells}"));
            Assert.That(Regex.Count(dList, "分档依据 reason: quota bands"), Is.EqualTo(evaluation.Pools.Count), "the shared part of the reason once per pool");
            Assert.That(dList, Does.Not.Contain("<td>quota bands"), "not repeated per row");
        });
    }

    [Test]
    public void Numbers_AreShownAsTheProfilesDisplaySays_TruncatedLike丽水()
    {
        var profile = City.Value.Profile with { Display = DisplayFormat.All(new DisplayPrecision(3, SummaryRounding.Truncate)) };
        var evaluation = new Evaluator(profile).Evaluate(City.Value.Table);
        var firm = evaluation.Results.First(r => r.Tier == Tier.D && r.Total is { } t && Math.Round(t, 3) != Math.Truncate(t * 1000) / 1000);
        var truncated = (Math.Truncate(firm.Total!.Value * 1000) / 1000).ToString("0.000", CultureInfo.InvariantCulture);
        var html = HtmlReport.Render(evaluation);
        var total = GroupSummary.By(evaluation, GroupKey.Pool).Total.TaxPerMu.Value!.Value;

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain($"<td class=\"n\">{truncated}</td>"), $"{firm.Total} truncated to 3 places");
            Assert.That(html, Does.Contain($"<b>{(Math.Truncate(total * 1000) / 1000).ToString("0.000", CultureInfo.InvariantCulture)}</b>亩均税收"), "the overview's 亩均税收 too");
        });
    }

    [Test]
    public void Weakest_IsTheLowestScoreAsAShareOfWeight_SkippingUnweightedAndMissing()
    {
        IndicatorResult Result(string id, double weight, double? score) =>
            new(id, id, id, "万元/亩", default, null, null, null, null, null, null, weight, score, default);

        Assert.Multiple(() =>
        {
            Assert.That(HtmlReport.Weakest([Result("a", 30, 6), Result("b", 10, 3), Result("c", 0, 0), Result("d", 20, null)])!.IndicatorId, Is.EqualTo("a"), "6/30 = 0.2 < 3/10");
            Assert.That(HtmlReport.Weakest([Result("a", 10, 5), Result("b", 20, 10)])!.IndicatorId, Is.EqualTo("a"), "a tie: the first");
            Assert.That(HtmlReport.Weakest([Result("c", 0, 0)]), Is.Null);
        });
    }

    [TestCase(new[] { "bands: A ≤ 81, D > 386; rank 387 → D", "bands: A ≤ 81, D > 386; rank 390 → D" }, "bands: A ≤ 81, D > 386; ")]
    [TestCase(new[] { "listed firm → A", "listed firm → A" }, "listed firm → A")]
    [TestCase(new[] { "rank 3 → D", "veto: safety accident → D" }, "")]
    [TestCase(new[] { "x; y; rank 1", "x; y; rank 12" }, "x; y; ")]
    public void SharedReasonPrefix_CutsAfterTheLastSeparator(string[] reasons, string expected) =>
        Assert.That(HtmlReport.SharedReasonPrefix(reasons), Is.EqualTo(expected));

    [TestCase("C3311", "金属制品业")]
    [TestCase("3311", "金属制品业")]
    [TestCase("C33", "金属制品业")]
    [TestCase(" c1810 ", "纺织服装、服饰业")]
    [TestCase("B0610", "煤炭开采和洗选业")]
    [TestCase("D4411", "电力、热力生产和供应业")]
    [TestCase("B33", null)]
    [TestCase("A0111", null)]
    [TestCase("F51", null)]
    [TestCase("C", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void IndustryNames_TwoDigitDivisionOfSectionsBToD(string? code, string? name) =>
        Assert.That(IndustryNames.Of(code), Is.EqualTo(name));

    [Test]
    public void IndustryNames_CoverEveryDivisionFrom06To46()
    {
        var codes = IndustryNames.All.Select(d => d.Key).ToList();
        Assert.That(codes, Is.EqualTo(Enumerable.Range(6, 41).Select(i => i.ToString("00", CultureInfo.InvariantCulture))));
        Assert.That(Html.Value, Does.Contain("C18 纺织服装、服饰业"), "the industry table shows names");
    }

    [Test]
    public void Benchmarks_HaveUnits_AndARatioIsAPercentage()
    {
        var pool = City.Value.Pools.First(p => p.Indicators.Any(i => i.IndicatorId == "rd_intensity"));
        var rd = pool.Indicators.First(i => i.IndicatorId == "rd_intensity");
        var tax = pool.Indicators.First(i => i.IndicatorId == "tax_per_mu");

        Assert.Multiple(() =>
        {
            Assert.That(rd.Benchmark!.Value.Value, Is.LessThan(1), "a ratio");
            Assert.That(Html.Value, Does.Contain($"研发经费支出占营业收入比 rd_intensity</td><td>%</td><td class=\"n\">{Number(rd.Weight)}</td><td class=\"n\">{(rd.Benchmark!.Value.Value * 100).ToString("0.####", CultureInfo.InvariantCulture)} %</td>"));
            Assert.That(Html.Value, Does.Contain($"亩均税收 tax_per_mu</td><td>万元/亩</td><td class=\"n\">{Number(tax.Weight)}</td><td class=\"n\">{tax.Benchmark!.Value.Value.ToString("0.####", CultureInfo.InvariantCulture)}</td>"));
        });
    }

    [Test]
    public void Histogram_HasAxisTitles_AndATieAtTheCapIsExplained()
    {
        var html = Html.Value;
        var below = City.Value.Results.Where(r => r.Status == FirmStatus.Rated && r.PoolId == "below_size").ToList();
        var max = below.Max(r => r.Total!.Value);
        var tied = below.Count(r => r.Total == max);

        Assert.Multiple(() =>
        {
            Assert.That(Regex.Count(html, "总分 total score</text>"), Is.EqualTo(City.Value.Pools.Count));
            Assert.That(Regex.Count(html, "企业数 firms</text>"), Is.EqualTo(City.Value.Pools.Count));
            Assert.That(tied, Is.GreaterThanOrEqualTo(5));
            Assert.That(html, Does.Contain($"{tied:N0} 家企业（").And.Contain($"并列最高分 {Number(max)}：这些企业每项指标都达到了该指标的最高得分"));
        });
    }

    [Test]
    public void Consequences_FirmsAndLandPerStep()
    {
        var evaluation = City.Value;
        var consequences = Consequences.ForEvaluation(evaluation, []);
        var d = evaluation.Results.Where(r => r.Tier == Tier.D).ToList();
        var html = HtmlReport.Render(evaluation, new HtmlReportOptions { Consequences = consequences });
        var line = consequences[d[0].Row].Single();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain($"<td>{WebUtility.HtmlEncode(line.Text)}</td><td class=\"n\">{Number(line.Amount)} {line.Unit}</td><td class=\"n\">{d.Count}</td><td class=\"n\">{evaluation.Profile.Display.Figures.Format(d.Sum(r => r.LandArea!.Value))}</td>").Or.Contain($"<td>{WebUtility.HtmlEncode(line.Text)}</td><td>{Number(line.Amount)} {line.Unit}</td><td class=\"n\">{d.Count}</td>"));
            Assert.That(html, Does.Not.Contain("未提供往年结果"), "given: nothing assumed");
            Assert.That(Html.Value, Does.Contain("未提供往年结果"), "not given: computed without prior years, and said");
        });
    }

    [Test]
    public void Migration_MoversAndRegionChange()
    {
        var evaluation = City.Value;
        // Last year: every 7th firm one tier away (A↔B, C↔D) and with half its tax (its region's 亩均税收 then changes).
        static Tier? Swap(Tier? t) => t switch { Tier.A => Tier.B, Tier.B => Tier.A, Tier.C => Tier.D, Tier.D => Tier.C, _ => t };
        var prior = PriorResults.FromEvaluation(evaluation, evaluation.Profile.EvaluationYear - 1)
            .Select((p, i) => i % 7 != 0 ? p : p with
            {
                Tier = Swap(p.Tier),
                Indicators = p.Indicators.ToDictionary(k => k.Key, k => k.Key == "tax_per_mu" ? k.Value with { Numerator = k.Value.Numerator / 2 } : k.Value),
            }).ToList();
        var migration = MigrationMatrix.Between(prior, evaluation);
        var html = HtmlReport.Render(evaluation, new HtmlReportOptions { Migration = migration, Prior = prior, ExpandLists = true });
        string[] graded = ["A", "B", "C", "D"];
        var priorTier = prior.ToDictionary(p => p.Id, p => p.Tier?.ToString());
        var up = evaluation.Results.Count(r => r.Tier is { } t && priorTier.GetValueOrDefault(r.Id) is { } f && graded.Contains(f) && graded.Contains(t.ToString()) && string.CompareOrdinal(t.ToString(), f) < 0);
        var down = evaluation.Results.Count(r => r.Tier is { } t && priorTier.GetValueOrDefault(r.Id) is { } f && graded.Contains(f) && graded.Contains(t.ToString()) && string.CompareOrdinal(t.ToString(), f) > 0);
        var region = evaluation.Table.Regions[0];
        // Σ numerator / Σ denominator over the firms that have both (a firm without tax adds no land either).
        double Sum(IEnumerable<(double? N, double? D)> parts, bool numerator) => parts.Where(p => p.N is not null && p.D is not null).Sum(p => (numerator ? p.N : p.D)!.Value);
        var before = prior.Where(p => p.Status == FirmStatus.Rated && p.Region == region && p.Indicators.ContainsKey("tax_per_mu")).Select(p => (p.Indicators["tax_per_mu"].Numerator, p.Indicators["tax_per_mu"].Denominator)).ToList();
        var now = evaluation.Results.Where(r => r.Status == FirmStatus.Rated && r.Region == region).SelectMany(r => r.Indicators).Where(i => i.IndicatorId == "tax_per_mu").Select(i => (i.Numerator, i.Denominator)).ToList();
        var b = Sum(before, true) / Sum(before, false);
        var n = Sum(now, true) / Sum(now, false);

        Assert.Multiple(() =>
        {
            Assert.That(up + down, Is.GreaterThan(0));
            Assert.That(html, Does.Contain($"升档企业 / Moved up ({up})"));
            Assert.That(html, Does.Contain($"降档企业 / Moved down ({down})"));
            Assert.That(html, Does.Contain($"<td>{region}</td><td class=\"n\">{evaluation.Profile.Display.Figures.Format(b)}</td><td class=\"n\">{evaluation.Profile.Display.Figures.Format(n)}</td><td class=\"n\">{(((n / b) - 1) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)}</td>"));
            Assert.That(html, Does.Contain("上年 \\ 本年 from \\ to").And.Contain("无（新增/退出）absent"));
        });
    }

    [TestCase("12.5", true)]
    [TestCase("-3", true)]
    [TestCase("494/519", true)]
    [TestCase("85 (5.2%)", true)]
    [TestCase("—", true)]
    [TestCase("91330424MA5XFXRY8R", false)]
    [TestCase("3号车间", false)]
    [TestCase("rank 3", false)]
    [TestCase("", false)]
    public void LooksNumeric_FiguresRightAligned_TextLeft(string cell, bool numeric) =>
        Assert.That(HtmlWriter.LooksNumeric(cell), Is.EqualTo(numeric));

    private static string Number(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
