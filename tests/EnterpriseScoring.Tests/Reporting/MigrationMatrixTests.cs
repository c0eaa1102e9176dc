using EnterpriseScoring.Reporting;
using static EnterpriseScoring.Tests.Policies.PolicyFixtures;

namespace EnterpriseScoring.Tests.Reporting;

public class MigrationMatrixTests
{
    [Test]
    public void Between_NewGoneAndMovedFirms_CountsEachCell()
    {
        var from = new[]
        {
            Result(2023, "F1", Tier.B), Result(2023, "F2", Tier.B), Result(2023, "F3", Tier.C), Result(2023, "F4", Tier.D),
            Result(2023, "OLD", Tier.D), Result(2023, "F5", null, FirmStatus.Exempt),
        };

        var matrix = MigrationMatrix.Between(from, Evaluate());

        Assert.Multiple(() =>
        {
            Assert.That(matrix.Count(MigrationState.B, MigrationState.A), Is.EqualTo(1));
            Assert.That(matrix.Count(MigrationState.B, MigrationState.B), Is.EqualTo(1));
            Assert.That(matrix.Count(MigrationState.C, MigrationState.C), Is.EqualTo(1));
            Assert.That(matrix.Count(MigrationState.D, MigrationState.D), Is.EqualTo(1));
            Assert.That(matrix.Count(MigrationState.D, MigrationState.Absent), Is.EqualTo(1));
            Assert.That(matrix.Ids(MigrationState.D, MigrationState.Absent), Is.EqualTo(new[] { "OLD" }));
            Assert.That(matrix.Count(MigrationState.Unrated, MigrationState.Unrated), Is.EqualTo(1));
            Assert.That(matrix.Firms, Is.EqualTo(6));
            Assert.That(matrix.Upgraded, Is.EqualTo(1));
            Assert.That(matrix.Unchanged, Is.EqualTo(3));
            Assert.That(matrix.Downgraded, Is.EqualTo(0));
        });
    }

    [Test]
    public void Between_FirmOnlyInLaterYear_IsNew()
    {
        var matrix = MigrationMatrix.Between([Result(2023, "X", Tier.A)], [Result(2024, "X", Tier.C), Result(2024, "Y", Tier.D)]);

        Assert.Multiple(() =>
        {
            Assert.That(matrix.Count(MigrationState.Absent, MigrationState.D), Is.EqualTo(1));
            Assert.That(matrix.Ids(MigrationState.Absent, MigrationState.D), Is.EqualTo(new[] { "Y" }));
            Assert.That(matrix.Count(MigrationState.A, MigrationState.C), Is.EqualTo(1));
            Assert.That(matrix.Downgraded, Is.EqualTo(1));
            Assert.That(matrix.Ids(MigrationState.A, MigrationState.A), Is.Empty);
        });
    }

    [Test]
    public void ToStringAndToMarkdown_HaveNewAndGoneLabelsAndTotals()
    {
        var matrix = MigrationMatrix.Between([Result(2023, "X", Tier.A)], [Result(2024, "Y", Tier.D)]);

        Assert.Multiple(() =>
        {
            Assert.That(matrix.ToString(), Does.Contain("new").And.Contain("gone").And.Contain("total"));
            Assert.That(matrix.ToMarkdown(), Does.StartWith("| from \\ to |"));
        });
    }
}
