using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Tests.Reporting;

/// <summary>Display rounding: every mode with ties, negatives and the 丽水 truncation, done on the printed decimal.</summary>
public class DisplayPrecisionTests
{
    [TestCase(73.7156, SummaryRounding.Truncate, 2, "73.71")] // 丽水: published lists cut, not round
    [TestCase(73.7156, SummaryRounding.Round, 2, "73.72")]
    [TestCase(73.7156, SummaryRounding.HalfEven, 2, "73.72")]
    [TestCase(-73.7156, SummaryRounding.Truncate, 2, "-73.71")]
    [TestCase(-73.7156, SummaryRounding.Round, 2, "-73.72")]
    [TestCase(2.675, SummaryRounding.Round, 2, "2.68")] // binary 2.67499999…; the printed decimal is a tie
    [TestCase(-2.675, SummaryRounding.Round, 2, "-2.68")]
    [TestCase(2.675, SummaryRounding.HalfEven, 2, "2.68")]
    [TestCase(2.665, SummaryRounding.HalfEven, 2, "2.66")]
    [TestCase(-2.665, SummaryRounding.HalfEven, 2, "-2.66")]
    [TestCase(2.665, SummaryRounding.Round, 2, "2.67")]
    [TestCase(2.675, SummaryRounding.Truncate, 2, "2.67")]
    [TestCase(1.005, SummaryRounding.Round, 2, "1.01")]
    [TestCase(2.5, SummaryRounding.HalfEven, 0, "2")]
    [TestCase(3.5, SummaryRounding.HalfEven, 0, "4")]
    [TestCase(2.5, SummaryRounding.Round, 0, "3")]
    [TestCase(-2.5, SummaryRounding.Round, 0, "-3")]
    [TestCase(-2.5, SummaryRounding.HalfEven, 0, "-2")]
    [TestCase(73.7, SummaryRounding.Truncate, 2, "73.70")] // fixed places, as printed
    [TestCase(-0.004, SummaryRounding.Truncate, 2, "0.00")] // no negative zero
    [TestCase(-0.004, SummaryRounding.Round, 2, "0.00")]
    [TestCase(99.999, SummaryRounding.Truncate, 2, "99.99")]
    [TestCase(99.999, SummaryRounding.Round, 2, "100.00")]
    [TestCase(0.1 + 0.2, SummaryRounding.Truncate, 1, "0.3")] // 0.30000000000000004 prints as such: truncated 0.3
    [TestCase(73.7156, SummaryRounding.None, 2, "73.7156")]
    [TestCase(12.345678, SummaryRounding.Truncate, 4, "12.3456")]
    public void Format_AndApply_RoundThePrintedDecimal(double value, SummaryRounding rounding, int decimals, string expected)
    {
        var precision = new DisplayPrecision(decimals, rounding);
        Assert.That(precision.Format(value), Is.EqualTo(expected));
        Assert.That(precision.Apply(value), Is.EqualTo(double.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(GroupSummary.Apply(value, rounding, decimals), Is.EqualTo(precision.Apply(value)), "one implementation");
    }

    [Test]
    public void Apply_NeverGivesNegativeZero_AndLeavesNonFiniteAlone()
    {
        Assert.That(double.IsNegative(new DisplayPrecision(2, SummaryRounding.Truncate).Apply(-0.004)), Is.False);
        Assert.That(new DisplayPrecision(2, SummaryRounding.Round).Apply(double.NaN), Is.NaN);
        Assert.That(new DisplayPrecision(2, SummaryRounding.Round).Format(double.PositiveInfinity), Is.Empty);
        Assert.That(new DisplayPrecision(2, SummaryRounding.Round).Apply(1e30), Is.EqualTo(1e30));
    }

    [Test]
    public void Decimals_OutsideZeroToTen_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DisplayPrecision(11, SummaryRounding.Round));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DisplayPrecision(-1, SummaryRounding.Round));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DisplayPrecision(2, (SummaryRounding)9));
        Assert.That(new DisplayPrecision(3, SummaryRounding.Truncate).SpreadsheetFormat, Is.EqualTo("0.000"));
        Assert.That(new DisplayPrecision(0, SummaryRounding.Truncate).SpreadsheetFormat, Is.EqualTo("0"));
    }

    [Test]
    public void DefaultFormat_IsTheGroupSummaryDefault()
    {
        Assert.That(DisplayFormat.Default.SummaryOptions(), Is.EqualTo(GroupSummaryOptions.Default));
        Assert.That(DisplayFormat.All(new DisplayPrecision(1, SummaryRounding.Truncate)).SummaryOptions(), Is.EqualTo(GroupSummaryOptions.Default with { Decimals = 1, Rounding = SummaryRounding.Truncate }));
    }
}
