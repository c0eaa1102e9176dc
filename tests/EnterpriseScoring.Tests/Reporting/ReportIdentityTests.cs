using EnterpriseScoring.Reporting;
using EnterpriseScoring.Tests.IO;

namespace EnterpriseScoring.Tests.Reporting;

/// <summary>The columnar group summary and report give the same output as the naive ones (a <see cref="FirmResult"/> per row).</summary>
public class ReportIdentityTests
{
    private static readonly Lazy<(Evaluation Evaluation, EnterpriseScoring.IO.ResultsCsvWriterOptions Options)> City = new(() => ResultsCsvIdentityTests.City(5000));

    [TestCase(GroupKey.Region)]
    [TestCase(GroupKey.Platform)]
    [TestCase(GroupKey.Industry)]
    [TestCase(GroupKey.Pool)]
    public void By_SyntheticCity5k_SameAsNaive(GroupKey key)
    {
        var evaluation = City.Value.Evaluation;
        foreach (var options in new[] { GroupSummaryOptions.Default, new GroupSummaryOptions { Population = SummaryPopulation.AllWithData, Rounding = SummaryRounding.Truncate, Decimals = 3 } })
        {
            var actual = GroupSummary.By(evaluation, key, options);
            var expected = NaiveGroupSummary.By(evaluation, key, options);
            Assert.Multiple(() =>
            {
                Assert.That(actual.ToString(), Is.EqualTo(expected.ToString()));
                Assert.That(actual.ToMarkdown(), Is.EqualTo(expected.ToMarkdown()));
                Assert.That(actual.Rows.Select(Figures), Is.EqualTo(expected.Rows.Select(Figures)));
                Assert.That(Figures(actual.Total), Is.EqualTo(Figures(expected.Total)));
            });
        }
    }

    [Test]
    public void ByKeys_SyntheticCity5k_SameAsNaivePerKey()
    {
        var evaluation = City.Value.Evaluation;
        GroupKey[] keys = [GroupKey.Pool, GroupKey.Region, GroupKey.Industry, GroupKey.Platform, GroupKey.Pool];

        var actual = GroupSummary.By(evaluation, keys);

        Assert.That(actual.Select(s => s.Key), Is.EqualTo(keys));
        for (var i = 0; i < keys.Length; i++)
        {
            var expected = NaiveGroupSummary.By(evaluation, keys[i]);
            Assert.That(actual[i].Rows.Append(actual[i].Total).Select(Figures), Is.EqualTo(expected.Rows.Append(expected.Total).Select(Figures)));
            Assert.That(actual[i].ToString(), Is.EqualTo(expected.ToString()));
        }
    }

    [TestCase(500)]
    [TestCase(7)]
    [TestCase(0)]
    [TestCase(100000)]
    public void Render_SyntheticCity5k_SameAsNaive(int maxListed)
    {
        var (evaluation, csv) = City.Value;
        var options = new HtmlReportOptions { InputRejections = csv.InputRejections!, MaxListedFirms = maxListed, Subtitle = "identity" };

        Assert.That(HtmlReport.Render(evaluation, options), Is.EqualTo(NaiveHtmlReport.Render(evaluation, options)));
    }

    private static string Figures(GroupSummaryRow r) =>
        string.Join(
            "|",
            r.Group, r.Firms, string.Join(",", r.StatusCounts.OrderBy(s => s.Key).Select(s => s.Value)), string.Join(",", r.TierCounts.OrderBy(s => s.Key).Select(s => s.Value)),
            Ratio(r.TaxPerMu), Ratio(r.ValueAddedPerMu), Ratio(r.RevenuePerMu), r.Land.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            r.DLand.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    private static string Ratio(GroupRatio r) => r.ToString();
}
