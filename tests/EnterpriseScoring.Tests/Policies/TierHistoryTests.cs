using EnterpriseScoring.Policies;
using static EnterpriseScoring.Tests.Policies.PolicyFixtures;

namespace EnterpriseScoring.Tests.Policies;

public class TierHistoryTests
{
    [Test]
    public void ConsecutiveYears_ThreeYearsInD_Returns3()
    {
        var history = TierHistory.FromResults([Result(2022, "X", Tier.D), Result(2023, "X", Tier.D), Result(2024, "X", Tier.D)], 2024);

        Assert.That(history.ConsecutiveYears("X", Tier.D), Is.EqualTo(3));
    }

    [Test]
    public void ConsecutiveYears_EarlierDifferentTier_CountsOnlyTheRun()
    {
        var history = TierHistory.FromResults([Result(2021, "X", Tier.D), Result(2022, "X", Tier.C), Result(2023, "X", Tier.D), Result(2024, "X", Tier.D)], 2024);

        Assert.That(history.ConsecutiveYears("X", Tier.D), Is.EqualTo(2));
    }

    [Test]
    public void ConsecutiveYears_MissingYear_BreaksTheRun()
    {
        var history = TierHistory.FromResults([Result(2021, "X", Tier.D), Result(2022, "X", Tier.D), Result(2024, "X", Tier.D)], 2024);

        Assert.That(history.ConsecutiveYears("X", Tier.D), Is.EqualTo(1));
    }

    [Test]
    public void ConsecutiveYears_YearWithoutTier_BreaksTheRun()
    {
        var history = TierHistory.FromResults([Result(2022, "X", Tier.D), Result(2023, "X", null, FirmStatus.Transition), Result(2024, "X", Tier.D)], 2024);

        Assert.That(history.ConsecutiveYears("X", Tier.D), Is.EqualTo(1));
    }

    [Test]
    public void ConsecutiveYears_OtherTierOrUnknownFirmThisYear_Returns0()
    {
        var history = TierHistory.FromResults([Result(2023, "X", Tier.D), Result(2024, "X", Tier.C)], 2024);

        Assert.Multiple(() =>
        {
            Assert.That(history.ConsecutiveYears("X", Tier.D), Is.EqualTo(0));
            Assert.That(history.ConsecutiveYears("X", Tier.C), Is.EqualTo(1));
            Assert.That(history.ConsecutiveYears("nobody", Tier.D), Is.EqualTo(0));
        });
    }

    [Test]
    public void Trajectory_ThreeYears_AscendingWithUntieredYears()
    {
        var history = TierHistory.FromResults([Result(2024, "X", Tier.B), Result(2022, "X", Tier.D), Result(2023, "X", null, FirmStatus.Exempt)], 2024);

        Assert.Multiple(() =>
        {
            Assert.That(history.Trajectory("X"), Is.EqualTo(new[] { new TierYear(2022, Tier.D), new TierYear(2023, null), new TierYear(2024, Tier.B) }));
            Assert.That(history.DescribeTrajectory("X"), Is.EqualTo("2022:D 2023:- 2024:B"));
            Assert.That(history.Years, Is.EqualTo(new[] { 2022, 2023, 2024 }));
            Assert.That(history.Trajectory("nobody"), Is.Empty);
        });
    }

    [Test]
    public void Build_PriorYearsAndEvaluation_CountsThroughTheCurrentYear()
    {
        // F4 is D in the 2024 evaluation; prior results for 2024 are replaced by the evaluation.
        var history = TierHistory.Build([Result(2022, "F4", Tier.D), Result(2023, "F4", Tier.D), Result(2024, "F4", Tier.A)], Evaluate());

        Assert.Multiple(() =>
        {
            Assert.That(history.CurrentYear, Is.EqualTo(2024));
            Assert.That(history.ConsecutiveYears("F4", Tier.D), Is.EqualTo(3));
            Assert.That(history.TierIn("F1", 2024), Is.EqualTo(Tier.A));
            Assert.That(history.TierIn("F5", 2024), Is.Null);
        });
    }

    [Test]
    public void FromResults_SameIdTwoTiersOneYear_Throws()
    {
        Assert.That(() => TierHistory.FromResults([Result(2024, "X", Tier.A), Result(2024, "X", Tier.D)], 2024), Throws.ArgumentException);
    }

    [Test]
    public void FromResults_TieredAndRejectedDuplicate_TieredWins()
    {
        var history = TierHistory.FromResults([Result(2024, "X", null, FirmStatus.Rejected), Result(2024, "X", Tier.C)], 2024);

        Assert.That(history.ConsecutiveYears("X", Tier.C), Is.EqualTo(1));
    }

    [Test]
    public void FromResults_ResultAfterCurrentYear_Throws()
    {
        Assert.That(() => TierHistory.FromResults([Result(2025, "X", Tier.A)], 2024), Throws.ArgumentException);
    }
}
