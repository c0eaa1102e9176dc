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

    private static IEnumerable<string> BuiltInProfiles() => EnterpriseScoring.Profiles.ProfileCatalog.Names;

    /// <summary>Every built-in profile on the awkward 20k city (short industry codes, quoted regions): each key's rows and
    /// total equal the naive per-key summary, for the default options and for every firm with data, truncated.</summary>
    [TestCaseSource(nameof(BuiltInProfiles))]
    public void By_EveryBuiltInProfile_SameAsNaive(string profile)
    {
        var evaluation = ResultsCsvIdentityTests.Awkward(profile);
        foreach (var options in new[] { GroupSummaryOptions.Default, new GroupSummaryOptions { Population = SummaryPopulation.AllWithData, Rounding = SummaryRounding.Truncate, IndustryPrefixLength = 2 } })
        {
            foreach (var key in Enum.GetValues<GroupKey>())
            {
                var actual = GroupSummary.By(evaluation, key, options);
                var expected = NaiveGroupSummary.By(evaluation, key, options);
                Assert.That(actual.Rows.Append(actual.Total).Select(Figures), Is.EqualTo(expected.Rows.Append(expected.Total).Select(Figures)), $"{key}, {options}");
            }
        }
    }

    [Test]
    public void By_SameEvaluationAndOptions_MadeOnce()
    {
        var evaluation = City.Value.Evaluation;
        var options = new GroupSummaryOptions { Decimals = 4 };

        Assert.Multiple(() =>
        {
            Assert.That(GroupSummary.By(evaluation, GroupKey.Region, options), Is.SameAs(GroupSummary.By(evaluation, GroupKey.Region, options with { })));
            Assert.That(GroupSummary.By(evaluation, GroupKey.Pool, options).Total, Is.SameAs(GroupSummary.By(evaluation, GroupKey.Region, options).Total));
            Assert.That(GroupSummary.By(evaluation, GroupKey.Region, options), Is.Not.SameAs(GroupSummary.By(evaluation, GroupKey.Region)));
        });
    }

    [TestCase(500)]
    [TestCase(7)]
    [TestCase(0)]
    [TestCase(100000)]
    public void FirstInTier_SyntheticCity5k_SameAsSortingTheWholeTier(int maxListed)
    {
        var evaluation = City.Value.Evaluation;
        var order = new HtmlReport.FirmOrder(evaluation);
        foreach (var tier in new[] { Tier.A, Tier.C, Tier.D })
        {
            var all = Enumerable.Range(0, evaluation.Table.Count).Where(row => evaluation.TierOf(row) == tier).ToList();
            all.Sort(order);

            var (rows, count) = HtmlReport.FirstInTier(evaluation, tier, maxListed);

            Assert.That(count, Is.EqualTo(all.Count), $"{tier}");
            Assert.That(rows, Is.EqualTo(all.Take(maxListed)), $"{tier}");
        }
    }

    private static string Figures(GroupSummaryRow r) =>
        string.Join(
            "|",
            r.Group, r.Firms, string.Join(",", r.StatusCounts.OrderBy(s => s.Key).Select(s => s.Value)), string.Join(",", r.TierCounts.OrderBy(s => s.Key).Select(s => s.Value)),
            Ratio(r.TaxPerMu), Ratio(r.ValueAddedPerMu), Ratio(r.RevenuePerMu), r.Land.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            r.DLand.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    private static string Ratio(GroupRatio r) => r.ToString();
}
