using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>The profile's <c>columns</c> (header aliases with units): validation with JSON paths, round trip, reading.</summary>
public class ProfileColumnsTests
{
    private static string Profile(string columns, string custom = "") => $$"""
        { "name": "t", "evaluation_year": 2025, {{custom}} "columns": {{columns}},
          "pools": [ { "id": "all", "indicators": [ { "id": "rd_intensity", "weight": 100, "benchmark": { "type": "fixed", "value": 0.03 } } ],
            "tiering": { "scheme": "quota_bands", "a": 25, "b": 25, "c": 25, "d": 25 } } ] }
        """;

    private static ProfileException Problems(string columns, string custom = "") => ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(columns, custom)));

    [TestCase("""[{"header": "tax", "measure": "rd_spending"}]""", "$.columns[0].header", "already a header the readers know")]
    [TestCase("""[{"header": "研发费用", "measure": "rd_spending"}]""", "$.columns[0].header", "already a header the readers know")]
    [TestCase("""[{"header": "企业名称(全称)", "measure": "rd_spending"}]""", "$.columns[0].header", "'name'")]
    [TestCase("""[{"header": "rd_expense", "measure": "rd_spend"}]""", "$.columns[0].measure", "unknown measure 'rd_spend'")]
    [TestCase("""[{"header": "rd_expense", "measure": "rd_spending"}, {"header": "rd_cost", "measure": "rd_spending"}]""", "$.columns[1].measure", "already the measure of header 'rd_expense'")]
    [TestCase("""[{"header": "rd_expense", "measure": "rd_spending"}, {"header": "RD Expense", "measure": "revenue"}]""", "$.columns[1].header", "aliased twice")]
    [TestCase("""[{"header": "rd_expense", "measure": "rd_spending", "unit": "亩"}]""", "$.columns[0].unit", "unit '亩' is an area, but rd_spending is measured in 万元")]
    [TestCase("""[{"header": "rd_expense", "measure": "rd_spending", "unit": "rmb"}]""", "$.columns[0].unit", "not one the readers recognise")]
    [TestCase("""[{"header": " ", "measure": "rd_spending"}]""", "$.columns[0].header", "is empty")]
    public void Conflict_IsAProfileErrorAtItsPath(string columns, string path, string message)
    {
        var e = Problems(columns);

        Assert.That(e.Problems.Where(p => p.Path == path).Select(p => p.Message), Has.Some.Contains(message), e.Message);
    }

    [Test]
    public void AliasToTheIdOfACustomMeasure_IsAProfileError()
    {
        var e = Problems("""[{"header": "rd_cost", "measure": "rd_spending"}]""", "\"custom_measures\": [\"rd_cost\"],");

        Assert.That(e.Problems.Select(p => p.Path), Does.Contain("$.columns[0].header"), e.Message);
    }

    [Test]
    public void MissingKeys_AreShapeErrors()
    {
        var e = Problems("""[{"header": "rd_expense"}, {"measure": "rd_spending", "units": "元"}]""");

        Assert.That(e.Problems.Select(p => p.Path), Is.SupersetOf(new[] { "$.columns[0].measure", "$.columns[1].header", "$.columns[1].units" }), e.Message);
    }

    [Test]
    public void Columns_RoundTripThroughTheWriter_CustomMeasuresKept()
    {
        var json = Profile("""[{"header": "rd_expense", "measure": "rd_spending", "unit": "元"}, {"header": "patents_granted", "measure": "patents", "unit": "件"}]""", "\"custom_measures\": [\"patents\"],");
        var profile = ProfileLoader.Parse(json);

        var again = ProfileLoader.Parse(ProfileWriter.ToJson(profile));

        Assert.Multiple(() =>
        {
            Assert.That(profile.Metadata!.Columns, Is.EqualTo(new[] { new ProfileColumn("rd_expense", "rd_spending", "元"), new ProfileColumn("patents_granted", "patents", "件") }));
            Assert.That(again.Metadata, Is.EqualTo(profile.Metadata));
            Assert.That(ProfileWriter.ToJson(again), Is.EqualTo(ProfileWriter.ToJson(profile)));
        });
    }

    [Test]
    public void ForProfile_ReadsTheAliasedHeaderInItsUnit_AHeaderSuffixWins()
    {
        var profile = ProfileLoader.Parse(Profile("""[{"header": "rd_expense", "measure": "rd_spending", "unit": "元"}]"""));
        var options = FirmCsvReaderOptions.Default.ForProfile(profile);
        static FirmReadResult Read(string header, FirmCsvReaderOptions options) =>
            FirmCsvReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"id,revenue,{header}\n{IO.CsvTestData.Uscc(1)},100,30000\n")), options);

        var plain = Read("rd_expense", options);
        var suffixed = Read("RD_Expense(万元)", options);
        var withoutProfile = Read("rd_expense", FirmCsvReaderOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(plain.Table.GetMeasure(KnownMeasures.RdSpending)[0], Is.EqualTo(3), "30000 元 = 3 万元");
            Assert.That(plain.Columns[2], Is.EqualTo(new ColumnMapping(2, "rd_expense", ColumnRole.Measure, "rd_spending") { SourceUnit = "元", Unit = "万元", Factor = 0.0001, IsAliased = true }));
            Assert.That(plain.Columns[2].ToString(), Is.EqualTo("column 3 'rd_expense' → rd_spending (header alias; 元 → 万元, × 0.0001)"));
            Assert.That(suffixed.Table.GetMeasure(KnownMeasures.RdSpending)[0], Is.EqualTo(30000), "the header's own unit wins");
            Assert.That(withoutProfile.Table.Measures.Select(m => m.Id), Does.Not.Contain("rd_spending"), "without the profile the header is a custom column");
        });
    }

    [Test]
    public void ForProfile_AliasThatContradictsTheCallersAlias_Throws()
    {
        var profile = ProfileLoader.Parse(Profile("""[{"header": "rd_expense", "measure": "rd_spending"}]"""));
        var options = FirmCsvReaderOptions.Default with { HeaderAliases = new Dictionary<string, string> { ["rd_expense"] = "ignore" } };

        Assert.That(() => options.ForProfile(profile), Throws.ArgumentException.With.Message.Contains("rd_expense"));
    }
}
