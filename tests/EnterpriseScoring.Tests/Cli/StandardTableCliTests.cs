using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore score</c> and <c>escore explain</c> on the standard-value table example (seeds/data/standard-table.csv,
/// seeds/README.md "功效系数 by industry × size").
/// </summary>
public class StandardTableCliTests : TempFolderTest
{
    private static readonly string Profile = TestPaths.Seeds("data", "standard-table.profile.json");
    private static readonly string Input = TestPaths.Seeds("data", "standard-table.csv");

    [Test]
    public void Score_GivesTheHandComputedScoresAndTiers()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", Input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var byId = ResultsCsvReader.Read(Path.Combine(output, "results.csv")).ToDictionary(r => r.Id);
        // 丁 (C 全行业, ≥ 优秀), 甲 (C26 × large, 良好), 乙 (C26 全行业, 平均), 丙 (C 全行业, 较低), 己 (C26 × large, 较低), 戊 (no row: missing → 0).
        string[] ids = ["91330400720000041K", "913304007200000173", "91330400720000025X", "91330400720000033Q", "91330402710000013H", "9133040072000005XB"];
        Assert.Multiple(() =>
        {
            Assert.That(ids.Select(id => byId[id].Score!.Value), Is.EqualTo(new[] { 100, 90, 70, 50, 44, 0 }).Within(1e-9));
            Assert.That(ids.Select(id => byId[id].Rank), Is.EqualTo(new int?[] { 1, 2, 3, 4, 5, 6 }));
            Assert.That(ids.Select(id => byId[id].Tier), Is.EqualTo(new Tier?[] { Tier.A, Tier.B, Tier.B, Tier.B, Tier.C, Tier.D }));
        });
    }

    [TestCase("913304007200000173", "industry 行业 C2614, size 规模 large 大型 (revenue ≥ 40000); row 行 C26 × large 化学原料和化学制品制造业: 优秀 40, 良好 30, 平均 20, 较低 10, 较差 5")]
    [TestCase("91330400720000025X", "size 规模 medium 中型 (revenue ≥ 2000); row 行 C26 × 全行业 化学原料和化学制品制造业: 优秀 30, 良好 22, 平均 15, 较低 8, 较差 4")]
    [TestCase("91330400720000041K", "size 规模 none 无 (revenue missing or below every class: 全行业 rows only); row 行 C × 全行业 制造业")]
    [TestCase("9133040072000005XB", "industry 行业 E4710, size 规模 medium 中型 (revenue ≥ 2000); no row fits and no default standards 无适用标准值: the value counts as missing")]
    public void Explain_NamesTheRowUsed(string id, string expected)
    {
        var (code, stdout, stderr) = CliRunner.Run("explain", "--profile", Profile, "--input", Input, "--id", id);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain(expected));
    }

    [Test]
    public void Explain_FirmWithoutARow_SaysWhyItsValueIsMissing()
    {
        var (_, stdout, _) = CliRunner.Run("explain", "--profile", Profile, "--input", Input, "--id", "9133040072000005XB");

        Assert.That(stdout, Does.Contain("no row of the standard-value table fits the firm's industry and size").And.Contain("0 (missing"));
    }
}
