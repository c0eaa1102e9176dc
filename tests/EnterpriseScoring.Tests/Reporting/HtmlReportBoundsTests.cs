using EnterpriseScoring.Reporting;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.Reporting;

/// <summary>
/// Issue 11 item 6: the report's lists that grow with the input — rejected rows, groups, firm-provided text — are capped
/// (<see cref="HtmlReportOptions.MaxListedRejections"/>, <see cref="HtmlReportOptions.MaxListedGroups"/>,
/// <see cref="HtmlReportOptions.MaxTextLength"/>), with a count of the rest; what the profile defines is kept whole.
/// </summary>
public class HtmlReportBoundsTests
{
    private static Evaluation Evaluate(Func<Firm, int, Firm> change, int firms = 3_000)
    {
        var city = SyntheticCity.Default(firms, 9).AsFirms().Select(change);
        return new Evaluator(EnterpriseScoring.Profiles.ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(FirmTable.FromFirms(city));
    }

    private static Firm With(Firm f, string? region = null, string? name = null, double? land = null) => new()
    {
        Id = f.Id,
        Name = name ?? f.Name,
        Region = region ?? f.Region,
        Platform = f.Platform,
        IndustryCode = f.IndustryCode,
        SizeClass = f.SizeClass,
        StartYear = f.StartYear,
        Parcel = f.Parcel,
        Measures = land is { } l ? new Dictionary<string, double>(f.Measures) { [KnownMeasures.LandArea.Id] = l } : f.Measures,
        Tags = f.Tags,
    };

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Test]
    public void Render_ManyInputRejections_FirstNListedAndTheRestCounted()
    {
        var evaluation = Evaluate((f, _) => f, 200);
        var rejections = Enumerable.Range(0, 10_000)
            .Select(i => new RowIssue(i + 2, "BAD" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "id", "x", RowIssueCode.InvalidId, "invalid", IssueSeverity.Error))
            .ToList();

        var capped = HtmlReport.Render(evaluation, new HtmlReportOptions { InputRejections = rejections, MaxListedRejections = 25 });
        var none = HtmlReport.Render(evaluation, new HtmlReportOptions { InputRejections = rejections, MaxListedRejections = 0 });
        var all = HtmlReport.Render(evaluation, new HtmlReportOptions { InputRejections = rejections, MaxListedRejections = int.MaxValue });

        Assert.Multiple(() =>
        {
            Assert.That(CountOf(capped, "<td>BAD"), Is.EqualTo(25));
            Assert.That(capped, Does.Contain("and 9,975 more — 完整名单见 rejects.csv / the full list is in rejects.csv."));
            Assert.That(capped, Does.Contain("10000 at input"), "the heading counts them all");
            Assert.That(CountOf(none, "<td>BAD"), Is.Zero);
            Assert.That(none, Does.Contain("and 10,000 more"));
            Assert.That(CountOf(all, "<td>BAD"), Is.EqualTo(10_000));
            Assert.That(all, Does.Not.Contain("the full list is in rejects.csv"));
            Assert.That(HtmlReport.Render(evaluation, new HtmlReportOptions { InputRejections = rejections }).Length, Is.LessThan(all.Length / 5), "the default (500) bounds it");
        });
    }

    [Test]
    public void Render_FirmsRejectedByTheEvaluation_Capped()
    {
        var evaluation = Evaluate((f, i) => i % 2 == 0 ? With(f, land: 0) : f);
        var unrated = evaluation.StatusCounts[FirmStatus.Rejected] + evaluation.StatusCounts[FirmStatus.Excluded];

        var html = HtmlReport.Render(evaluation, new HtmlReportOptions { MaxListedRejections = 10 });

        Assert.Multiple(() =>
        {
            Assert.That(unrated, Is.GreaterThan(100));
            Assert.That(html, Does.Contain($"and {unrated - 10:N0} more — 每家企业的状态见 results.csv / every firm and its status are in results.csv."));
        });
    }

    [Test]
    public void Render_OneGroupPerFirm_GroupTablesCapped_TotalsKept()
    {
        var evaluation = Evaluate((f, i) => With(f, region: "区" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var groups = GroupSummary.By(evaluation, GroupKey.Region).Rows.Count;

        var html = HtmlReport.Render(evaluation, new HtmlReportOptions { MaxListedGroups = 50, MaxListedFirms = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(groups, Is.EqualTo(3_000));
            Assert.That(html, Does.Contain($"and {groups - 50:N0} more groups"));
            Assert.That(CountOf(html, "<td>区"), Is.EqualTo(3 * 50), "the tier table, the top-and-bottom table and the figures table, 50 groups each");
            Assert.That(CountOf(html, "<text x=\"154\""), Is.LessThanOrEqualTo(50 + 20), "the chart's bars are capped too (plus the pool chart)");
            Assert.That(html, Does.Contain("合计 total"));
        });
    }

    [Test]
    public void Render_HugeFirmText_Shortened()
    {
        var huge = new string('名', 100_000);
        var evaluation = Evaluate((f, i) => i < 50 ? With(f, name: huge, region: huge) : f, 500);

        var html = HtmlReport.Render(evaluation, new HtmlReportOptions { MaxListedFirms = 10_000 });

        Assert.Multiple(() =>
        {
            Assert.That(html.Length, Is.LessThan(1_000_000));
            Assert.That(html, Does.Contain(new string('名', 200) + "…(100000 chars)"));
        });
    }
}
