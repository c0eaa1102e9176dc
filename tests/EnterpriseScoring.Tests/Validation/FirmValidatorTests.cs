using EnterpriseScoring.Tests.IO;
using EnterpriseScoring.Validation;
using FluentValidation;

namespace EnterpriseScoring.Tests.Validation;

public class FirmValidatorTests
{
    private static readonly string ValidId = CsvTestData.PublishedExample;

    private static Firm Firm(string? id = null, Dictionary<string, double>? measures = null, int? startYear = null) => new()
    {
        Id = id ?? ValidId,
        Name = "测试企业",
        Measures = measures ?? new Dictionary<string, double> { ["land_area"] = 10, ["tax"] = 100 },
        StartYear = startYear,
    };

    [Test]
    public void Validate_ValidFirm_HasNoErrors()
    {
        var result = new FirmValidator().Validate(Firm(startYear: 2010));
        Assert.That(result.IsValid, Is.True, string.Join("; ", result.Errors));
    }

    [Test]
    public void Validate_EmptyId_IsError()
    {
        var result = new FirmValidator(new FirmValidationOptions { LenientIds = true }).Validate(Firm(id: ""));
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors[0].PropertyName, Is.EqualTo("id"));
            Assert.That(result.Errors[0].CustomState, Is.EqualTo(RowIssueCode.MissingId));
            Assert.That(result.Errors[0].Severity, Is.EqualTo(Severity.Error));
        });
    }

    [Test]
    public void Validate_BadCheckCharacter_IsError()
    {
        var result = new FirmValidator().Validate(Firm(id: "91350100M000100Y44"));
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors[0].CustomState, Is.EqualTo(RowIssueCode.InvalidId));
            Assert.That(result.Errors[0].ErrorMessage, Does.Contain("expected 3 got 4"));
        });
    }

    [Test]
    public void Validate_BadIdLenient_IsWarningOnly()
    {
        var result = new FirmValidator(new FirmValidationOptions { LenientIds = true }).Validate(Firm(id: "330100123456789"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Has.Count.EqualTo(1));
            Assert.That(result.Errors[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(result.Errors.Any(e => e.Severity == Severity.Error), Is.False);
        });
    }

    [TestCase("land_area")]
    [TestCase("leased_in_area")]
    [TestCase("building_area")]
    [TestCase("lessees")]
    [TestCase("employees")]
    [TestCase("energy")]
    [TestCase("electricity")]
    [TestCase("water")]
    [TestCase("cod")]
    [TestCase("so2")]
    [TestCase("revenue")]
    public void Validate_NegativeNonNegativeMeasure_IsError(string measure)
    {
        var result = new FirmValidator().Validate(Firm(measures: new() { [measure] = -1 }));
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors[0].PropertyName, Is.EqualTo(measure));
            Assert.That(result.Errors[0].CustomState, Is.EqualTo(RowIssueCode.NegativeValue));
        });
    }

    [TestCase("tax")]
    [TestCase("net_profit")]
    [TestCase("value_added")]
    [TestCase("net_assets")]
    [TestCase("my_custom_measure")]
    public void Validate_NegativeMayBeNegativeMeasure_IsValid(string measure)
    {
        var result = new FirmValidator().Validate(Firm(measures: new() { [measure] = -12.5 }));
        Assert.That(result.IsValid, Is.True);
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void Validate_NonFiniteMeasure_IsError(double value)
    {
        var result = new FirmValidator().Validate(Firm(measures: new() { ["tax"] = value }));
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors[0].CustomState, Is.EqualTo(RowIssueCode.NonFiniteNumber));
        });
    }

    [TestCase(1899, false)]
    [TestCase(1900, true)]
    [TestCase(2100, true)]
    [TestCase(2101, false)]
    [TestCase(20, false)]
    public void Validate_StartYear_BoundsAreInclusive(int year, bool valid)
    {
        var result = new FirmValidator().Validate(Firm(startYear: year));
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.EqualTo(valid));
            if (!valid)
            {
                Assert.That(result.Errors[0].CustomState, Is.EqualTo(RowIssueCode.StartYearOutOfRange));
                Assert.That(result.Errors[0].PropertyName, Is.EqualTo("start_year"));
            }
        });
    }

    [Test]
    public void ValidateMany_DuplicateIds_RejectsSecondAndLater()
    {
        var other = CsvTestData.Uscc(42);
        var issues = new FirmValidator().ValidateMany([Firm(), Firm(id: other), Firm(), Firm()]);
        Assert.Multiple(() =>
        {
            Assert.That(issues, Has.Count.EqualTo(2));
            Assert.That(issues.Select(i => i.Line), Is.EqualTo(new[] { 3, 4 }));
            Assert.That(issues.All(i => i.Code == RowIssueCode.DuplicateId && i.Severity == IssueSeverity.Error), Is.True);
            Assert.That(issues[0].Reason, Is.EqualTo("duplicate id, first seen on position 1"));
        });
    }

    [Test]
    public void ValidateMany_SeveralProblems_ReportsEachAsRowIssue()
    {
        var bad = Firm(id: "X", measures: new() { ["land_area"] = -1, ["water"] = double.NaN }, startYear: 1800);
        var issues = new FirmValidator().ValidateMany([bad]);
        Assert.Multiple(() =>
        {
            Assert.That(issues.Select(i => i.Code), Is.EquivalentTo(new[]
            {
                RowIssueCode.InvalidId, RowIssueCode.NegativeValue, RowIssueCode.NonFiniteNumber, RowIssueCode.StartYearOutOfRange,
            }));
            Assert.That(issues.Single(i => i.Code == RowIssueCode.NegativeValue).Value, Is.EqualTo("-1"));
            Assert.That(issues.All(i => i.Line == 1 && i.Id == "X"), Is.True);
        });
    }
}
