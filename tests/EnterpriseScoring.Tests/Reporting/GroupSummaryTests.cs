using EnterpriseScoring.Reporting;
using static EnterpriseScoring.Tests.Policies.PolicyFixtures;

namespace EnterpriseScoring.Tests.Reporting;

public class GroupSummaryTests
{
    [Test]
    public void By_Region_RatioOfSumsByHand()
    {
        var summary = GroupSummary.By(Evaluate(), GroupKey.Region, new GroupSummaryOptions { Rounding = SummaryRounding.None });

        var r1 = summary.Rows[0];
        var r2 = summary.Rows[1];
        Assert.Multiple(() =>
        {
            Assert.That(summary.Rows.Select(r => r.Group), Is.EqualTo(new[] { "R1", "R2" }));

            // R1: F1 (10 亩, tax 200, VA 1000, revenue 3000), F2 (20, 300, 1500, 4000).
            Assert.That(r1.TaxPerMu.Exact, Is.EqualTo(500.0 / 30));
            Assert.That(r1.ValueAddedPerMu.Exact, Is.EqualTo(2500.0 / 30));
            Assert.That(r1.RevenuePerMu.Exact, Is.EqualTo(7000.0 / 30));
            Assert.That(r1.TaxPerMu.Firms, Is.EqualTo(2));

            // R2: F3 (5, 50), F4 (40, 80) rated; F5 rejected (zero land) does not count. Mean of ratios would be (10 + 2) / 2 = 6.
            Assert.That(r2.TaxPerMu.Exact, Is.EqualTo(130.0 / 45));
            Assert.That(r2.TaxPerMu.Denominator, Is.EqualTo(45));
            Assert.That(r2.Firms, Is.EqualTo(3));
            Assert.That(r2.StatusCounts[FirmStatus.Rated], Is.EqualTo(2));
            Assert.That(r2.StatusCounts[FirmStatus.Rejected], Is.EqualTo(1));
            Assert.That(r2.TierCounts[Tier.C], Is.EqualTo(1));
            Assert.That(r2.TierCounts[Tier.D], Is.EqualTo(1));
            Assert.That(r2.Untiered, Is.EqualTo(1));

            Assert.That(summary.Total.TaxPerMu.Exact, Is.EqualTo(630.0 / 75));
            Assert.That(summary.Total.Firms, Is.EqualTo(5));
        });
    }

    [Test]
    public void By_Region_DLandAndShare()
    {
        var summary = GroupSummary.By(Evaluate(), GroupKey.Region);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Rows[0].DLand, Is.EqualTo(0));
            Assert.That(summary.Rows[0].DLandShare, Is.EqualTo(0));
            Assert.That(summary.Rows[1].Land, Is.EqualTo(45));
            Assert.That(summary.Rows[1].DLand, Is.EqualTo(40));
            Assert.That(summary.Rows[1].DLandShare, Is.EqualTo(40.0 / 45));
            Assert.That(summary.Total.DLandShare, Is.EqualTo(40.0 / 75));
        });
    }

    [Test]
    public void By_DefaultRounding_RoundsTo2Places()
    {
        var summary = GroupSummary.By(Evaluate(), GroupKey.Region);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Rows[0].TaxPerMu.Value, Is.EqualTo(16.67));
            Assert.That(summary.Rows[1].TaxPerMu.Value, Is.EqualTo(2.89));
            Assert.That(summary.Rows[0].TaxPerMu.Exact, Is.EqualTo(500.0 / 30));
        });
    }

    [Test]
    public void By_Truncate_TruncatesTo2Places()
    {
        var summary = GroupSummary.By(Evaluate(), GroupKey.Region, new GroupSummaryOptions { Rounding = SummaryRounding.Truncate });

        Assert.Multiple(() =>
        {
            Assert.That(summary.Rows[0].TaxPerMu.Value, Is.EqualTo(16.66));
            Assert.That(summary.Rows[1].TaxPerMu.Value, Is.EqualTo(2.88));
        });
    }

    [TestCase(1.239, SummaryRounding.Truncate, 1.23)]
    [TestCase(-1.239, SummaryRounding.Truncate, -1.23)]
    [TestCase(-0.001, SummaryRounding.Truncate, 0.0)]
    [TestCase(1.235, SummaryRounding.Round, 1.24)]
    [TestCase(-1.235, SummaryRounding.Round, -1.24)]
    [TestCase(1.005, SummaryRounding.Round, 1.01)]
    [TestCase(1.239, SummaryRounding.None, 1.239)]
    public void Apply_RoundingModes_IncludingNegatives(double value, SummaryRounding mode, double expected)
    {
        Assert.That(GroupSummary.Apply(value, mode, 2), Is.EqualTo(expected));
    }

    [Test]
    public void By_IndustryPrefix_GroupsByMajorClass()
    {
        var three = GroupSummary.By(Evaluate(), GroupKey.Industry);
        var whole = GroupSummary.By(Evaluate(), GroupKey.Industry, new GroupSummaryOptions { IndustryPrefixLength = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(three.Rows.Select(r => r.Group), Is.EqualTo(new[] { "C26", "C33" }));
            Assert.That(three.Rows[1].Firms, Is.EqualTo(3));
            Assert.That(whole.Rows.Select(r => r.Group), Is.EqualTo(new[] { "C2614", "C2615", "C3311", "C3312" }));
        });
    }

    [Test]
    public void By_PlatformAndPool_OrdinalGroups()
    {
        var platform = GroupSummary.By(Evaluate(), GroupKey.Platform);
        var pool = GroupSummary.By(Evaluate(), GroupKey.Pool);

        Assert.Multiple(() =>
        {
            Assert.That(platform.Rows.Select(r => r.Group), Is.EqualTo(new[] { "P1", "P2" }));
            Assert.That(platform.Rows[0].TaxPerMu.Exact, Is.EqualTo(250.0 / 15));
            Assert.That(pool.Rows.Select(r => r.Group), Is.EqualTo(new[] { "all" }));
        });
    }

    [Test]
    public void ToStringAndToMarkdown_ContainEveryGroupAndTheTotal()
    {
        var summary = GroupSummary.By(Evaluate(), GroupKey.Region);

        var text = summary.ToString();
        var markdown = summary.ToMarkdown();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("R1").And.Contain("R2").And.Contain("(total)").And.Contain("16.67").And.Contain("88.89%"));
            Assert.That(markdown, Does.StartWith("| region |").And.Contain("| (total) |"));
            Assert.That(markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(5));
        });
    }

    [Test]
    public void By_BadDecimals_Throws()
    {
        Assert.That(() => GroupSummary.By(Evaluate(), GroupKey.Region, new GroupSummaryOptions { Decimals = -1 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
