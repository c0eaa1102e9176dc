using System.Text;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Tests.Indicators;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore score</c> with growth indicators of another pool's indicator and on shared parcels: <c>--prior-input</c> and
/// <c>--prior</c> results give the parcel's growth to each of its firms, and a parcel whose firms changed has none;
/// a growth of an indicator defined differently in two pools is refused at its JSON path (issue 18).
/// </summary>
public class GrowthPoolsAndParcelsCliTests : TempFolderTest
{
    private const string ParcelProfile = """
        {
          "name": "parcel-growth", "evaluation_year": 2025, "land": { "strategy": "shared_parcel" },
          "pools": [ { "id": "all", "indicators": [
            { "id": "tax_per_mu", "weight": 50, "benchmark": { "type": "fixed", "value": 10 } },
            { "id": "tax_per_mu_growth", "growth": { "of": "tax_per_mu" }, "weight": 50, "benchmark": { "type": "fixed", "value": 20 } } ] } ]
        }
        """;

    private const string ParcelHeader = "统一社会信用代码,企业名称,宗地编号,用地面积(亩),实缴税金(万元)\n";

    // Parcel P: 2024 (60 + 30) / 15 = 6, 2025 (100 + 50) / 15 = 10 → 66.67 %; the third firm alone: 4 → 8, 100 %.
    private const string Parcel2024 = ParcelHeader + "913401000072000138,甲,P,10,60\n913401000072000213,乙,P,5,30\n9134010000720003XT,丙,,10,40\n";

    private const string Parcel2025 = ParcelHeader + "913401000072000138,甲,P,10,100\n913401000072000213,乙,P,5,50\n9134010000720003XT,丙,,10,80\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    private string Score(string profile, string input, string name, params string[] more)
    {
        var output = Path.Combine(Folder, name);
        var (code, _, stderr) = CliRunner.Run(["score", "-p", profile, "-i", input, "-o", output, "-q", .. more]);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        return Path.Combine(output, "results.csv");
    }

    private static Dictionary<string, string> Column(string results, string column)
    {
        var lines = File.ReadAllLines(results);
        var at = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(','), column);
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[at]);
    }

    [Test]
    public void SharedParcel_PriorInputAndPriorResults_GiveTheParcelsGrowth_ToEachFirm()
    {
        var profile = Write("parcel.profile.json", ParcelProfile);
        var (input2024, input2025) = (Write("2024.csv", Parcel2024), Write("2025.csv", Parcel2025));
        var prior = Score(profile, input2024, "2024", "--year", "2024");

        var fromResults = Score(profile, input2025, "from-results", "--prior", prior);
        var fromInput = Score(profile, input2025, "from-input", "--prior-input", input2024);

        var growth = Column(fromInput, "tax_per_mu_growth.value");
        Assert.Multiple(() =>
        {
            Assert.That(double.Parse(growth["913401000072000138"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo((10.0 - 6) * 100 / 6).Within(1e-9));
            Assert.That(growth["913401000072000213"], Is.EqualTo(growth["913401000072000138"]), "the parcel's growth for each of its firms");
            Assert.That(growth["9134010000720003XT"], Is.EqualTo("100"));
            Assert.That(File.ReadAllText(fromResults), Is.EqualTo(File.ReadAllText(fromInput)), "both sources of the prior year give the same results");
        });
    }

    [Test]
    public void SharedParcel_AFirmJoined_NoGrowth_WithTheReason()
    {
        var profile = Write("parcel.profile.json", ParcelProfile);
        var input2024 = Write("2024.csv", Parcel2024);
        var input2025 = Write("2025.csv", Parcel2025 + "91340100007200048T,丁,P,1,10\n");

        var results = Score(profile, input2025, "2025", "--prior-input", input2024);
        var explain = CliRunner.Run("explain", "-p", profile, "-i", input2025, "--prior-input", input2024, "--id", "913401000072000138");

        Assert.Multiple(() =>
        {
            Assert.That(Column(results, "tax_per_mu_growth.value")["913401000072000138"], Is.Empty);
            Assert.That(explain.Stdout, Does.Contain("地块企业构成变化"));
        });
    }

    [Test]
    public void GrowthOfAnotherPoolsIndicator_ScoredWithThePriorInput()
    {
        var profile = Write("pools.profile.json", GrowthOfAnotherPoolTests.ProfileJson);
        var input2024 = Write("2024.csv", GrowthOfAnotherPoolTests.Csv2024);
        var input2025 = Write("2025.csv", GrowthOfAnotherPoolTests.Csv2025);

        var results = Score(profile, input2025, "2025", "--prior-input", input2024);

        Assert.That(Column(results, "tax_share_growth.value")["913401000072000213"], Is.EqualTo("20"));
    }

    [Test]
    public void GrowthOfAnIndicatorDefinedDifferentlyInTwoPools_IsRefusedAtItsPath_InChineseToo()
    {
        var json = GrowthOfAnotherPoolTests.ProfileJson.Replace("""{ "id": "small", """,
            """{ "id": "mid", "selector": { "any_tags": ["mid"] }, "indicators": [ { "id": "tax_share", "numerator": [{ "measure": "tax" }], "denominator": [{ "measure": "value_added" }], "weight": 1, "benchmark": { "type": "fixed", "value": 5 } } ] }, { "id": "small", """, StringComparison.Ordinal);
        var profile = Write("bad.profile.json", json);

        var en = CliRunner.Run("profiles", "validate", profile);
        var zh = CliRunner.Run("--lang", "zh", "profiles", "validate", profile);

        Assert.Multiple(() =>
        {
            Assert.That(en.Code, Is.EqualTo(ExitCodes.InvalidProfile));
            Assert.That(en.Stderr + en.Stdout, Does.Contain("$.pools[2].indicators[1].growth.of").And.Contain("is defined differently in $.pools[0].indicators[0] and $.pools[1].indicators[0]"));
            Assert.That(zh.Stderr + zh.Stdout, Does.Contain("$.pools[2].indicators[1].growth.of").And.Contain("定义不同"));
        });
    }
}
