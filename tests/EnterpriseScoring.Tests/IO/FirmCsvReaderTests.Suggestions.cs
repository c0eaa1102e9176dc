using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

/// <summary>An unknown header close to a known column name or alias is a warning with the suggestion (line 1).</summary>
public partial class FirmCsvReaderTests
{
    private static List<RowIssue> Suggestions(FirmReadResult result) => [.. result.Warnings.Where(w => w.Code == RowIssueCode.UnrecognisedHeader)];

    [TestCase("taxx", "'tax' (实缴税金)")]
    [TestCase("land_aera", "'land_area' (用地面积)")]
    [TestCase("Land Aera (亩)", "'land_area' (用地面积)")]
    [TestCase("实缴税全(万元)", "'tax' (实缴税金)")]
    [TestCase("年平均职工人", "'employees' (年平均职工人数)")]
    [TestCase("employes", "'employees' (年平均职工人数)")]
    [TestCase("regoin", "'region' (所属区域)")]
    public void Read_UnknownHeaderCloseToAKnownOne_WarnsWithTheSuggestion(string header, string suggestion)
    {
        var result = Read($"id,{header}\n{A},1\n");

        var warning = Suggestions(result).Single();
        Assert.Multiple(() =>
        {
            Assert.That(warning.Line, Is.EqualTo(1));
            Assert.That(warning.Column, Is.EqualTo(header));
            Assert.That(warning.Severity, Is.EqualTo(IssueSeverity.Warning));
            Assert.That(warning.Reason, Does.Contain($"column '{header}' is not a known column").And.Contain($"did you mean {suggestion}?"));
            Assert.That(result.Rejections, Is.Empty, "only a warning: the rows load");
        });
    }

    [TestCase("export_value")]
    [TestCase("备注")]
    [TestCase("so3")]
    [TestCase("ta")]
    [TestCase("用电量合计金额")]
    public void Read_UnknownHeaderFarFromEveryKnownOne_NoSuggestion(string header) =>
        Assert.That(Suggestions(Read($"id,{header}\n{A},1\n")), Is.Empty);

    [Test]
    public void Read_CloseHeaderNextToTheKnownColumnItself_OrExpectedByTheCaller_NoSuggestion()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Suggestions(Read($"id,tax,taxx\n{A},1,2\n")), Is.Empty, "the file has tax: taxx is another column");
            Assert.That(Suggestions(Read($"id,taxx\n{A},1\n", new FirmCsvReaderOptions { ExpectedMeasures = ["taxx"] })), Is.Empty, "a custom measure the profile declares");
        });
    }

    [Test]
    public void Read_UnknownHeaderCloseToACallersAlias_SuggestsTheAliasTarget()
    {
        var options = new FirmCsvReaderOptions { HeaderAliases = new Dictionary<string, string> { ["纳税总额"] = "tax" } };

        var warning = Suggestions(Read($"id,纳税总颔\n{A},1\n", options)).Single();

        Assert.That(warning.Reason, Does.Contain("did you mean 'tax' (实缴税金)?"));
    }

    [Test]
    public void Read_TheSourceHeadersAreKeptOnTheTable()
    {
        var result = Read($"id, 备注 ,taxx,tax\n{A},x,1,2\n");

        Assert.That(result.Table.SourceHeaders, Is.EqualTo(new[] { "id", "备注", "taxx", "tax" }));
    }

    [Test]
    public void HeaderSuggestions_SimilarityOnNormalisedNames()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HeaderSuggestions.Similarity("taxx", "tax"), Is.EqualTo(0.75));
            Assert.That(HeaderSuggestions.Similarity("land_aera", "land_area"), Is.EqualTo(1 - (1.0 / 9)), "a transposition is one edit");
            Assert.That(HeaderSuggestions.Similarity("cod", "nox"), Is.LessThan(HeaderSuggestions.MinimumSimilarity));
            Assert.That(HeaderSuggestions.For(KnownMeasures.Tax, ["TAXX (万元)", "export_value", "tax_paid_x", "taxes"]), Is.EqualTo(new[] { "tax_paid_x", "TAXX (万元)" }), "best first");
            Assert.That(HeaderSuggestions.For(KnownMeasures.Tax, ["实缴税金", "taxx"]), Is.EqualTo(new[] { "taxx" }), "a header the catalogue knows is not a suggestion");
        });
    }
}
