using System.Text.Json.Nodes;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore</c> on the header-alias example (seeds/data/columns.csv, seeds/README.md "Header aliases").</summary>
public class ColumnsCliTests : TempFolderTest
{
    [Test]
    public void Score_ReadsRdExpenseInYuan_AndRunJsonSaysWhichHeaderFedWhichMeasure()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run(
            "score", "--profile", TestPaths.Seeds("data", "columns.profile.json"), "--input", TestPaths.Seeds("data", "columns.csv"), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var byId = ResultsCsvReader.Read(Path.Combine(output, "results.csv")).ToDictionary(r => r.Id);
        var columns = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!["input"]!["columns"]!.AsArray();
        var rd = columns.Single(c => (string?)c!["measure"] == "rd_spending")!;
        Assert.Multiple(() =>
        {
            Assert.That(byId["913304007200000173"].Indicators["rd_intensity"].Value, Is.EqualTo(0.03).Within(1e-12));
            Assert.That(byId["91330400720000025X"].Tier, Is.EqualTo(Tier.A));
            Assert.That((string?)rd["header"], Is.EqualTo("rd_expense"));
            Assert.That((bool?)rd["alias"], Is.True);
            Assert.That((string?)rd["sourceUnit"], Is.EqualTo("元"));
            Assert.That((double?)rd["factor"], Is.EqualTo(0.0001));
            Assert.That(columns.Where(c => (string?)c!["measure"] != "rd_spending").Select(c => c!["alias"]), Is.All.Null, "only the aliased column is marked");
        });
    }

    [Test]
    public void Explain_ListsTheAliasedColumn()
    {
        var (code, stdout, stderr) = CliRunner.Run(
            "explain", "--profile", TestPaths.Seeds("data", "columns.profile.json"), "--input", TestPaths.Seeds("data", "columns.csv"), "--id", "913304007200000173");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("column 7 'rd_expense' → rd_spending (header alias; 元 → 万元, × 0.0001)").And.Contain("300 / 10000 = 0.03"));
    }
}
