using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore score --profile FILE</c> with a standard-value table read from a CSV file and size classes over two measures
/// (seeds/data/size-2017.*, seeds/README.md "Size classes over two measures"): the scores, the explanation, and the file's
/// digest in run.json.
/// </summary>
public class StandardTableFileCliTests : TempFolderTest
{
    private static readonly string Profile = TestPaths.Seeds("data", "size-2017.profile.json");
    private static readonly string Input = TestPaths.Seeds("data", "size-2017.csv");
    private static readonly string Table = TestPaths.Seeds("data", "size-2017.standards.csv");

    private static JsonNode RunJson(string output) => JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!;

    [Test]
    public void Score_GivesTheHandComputedScores_AndRecordsTheTableFile()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", Input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var results = ResultsCsvReader.Read(Path.Combine(output, "results.csv"));
        var file = RunJson(output)["profile"]!["files"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            // 甲 large (C26 × 大型), 乙 medium (C26 × 中型), 丙 small (C26 全行业), 丁 微型 (C 全行业), 戊 从业人员 blank (C26 全行业), 己 small (C × 小型).
            Assert.That(results.Select(r => r.Score!.Value), Is.EqualTo(new[] { 90, 85, 70, 80, 40, 50 }).Within(1e-9));
            Assert.That(results.Select(r => r.Tier), Is.EqualTo(new Tier?[] { Tier.A, Tier.B, Tier.B, Tier.B, Tier.D, Tier.C }));
            Assert.That((string?)file["path"], Is.EqualTo("size-2017.standards.csv"));
            Assert.That((string?)file["sha256"], Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Table)))));
            Assert.That((long?)file["bytes"], Is.EqualTo(new FileInfo(Table).Length));
        });
    }

    [TestCase("91330400720000033Q", "size 规模 small 小型 (employees ≥ 20 且 revenue ≥ 300); row 行 C26 × 全行业")]
    [TestCase("9133040072000005XB", "size 规模 none 无 (employees missing, a class needs every measure: 全行业 rows only); row 行 C26 × 全行业")]
    [TestCase("91330400720000041K", "size 规模 none 无 (below every class: 全行业 rows only); row 行 C × 全行业 制造业")]
    [TestCase("913304007200000173", "size 规模 large 大型 (employees ≥ 1000 且 revenue ≥ 40000); row 行 C26 × large")]
    public void Explain_NamesTheSizeClassAndItsThresholds(string id, string expected)
    {
        var (code, stdout, stderr) = CliRunner.Run("explain", "--profile", Profile, "--input", Input, "--id", id);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain(expected));
    }

    [Test]
    public void AnEditedTable_ChangesTheRecordedDigests()
    {
        var profile = Path.Combine(Folder, "p.json");
        File.Copy(Profile, profile);
        File.Copy(Table, Path.Combine(Folder, "size-2017.standards.csv"));
        var (first, second) = (Path.Combine(Folder, "out1"), Path.Combine(Folder, "out2"));

        var one = CliRunner.Run("score", "--profile", profile, "--input", Input, "--out", first);
        File.WriteAllText(Path.Combine(Folder, "size-2017.standards.csv"), File.ReadAllText(Table).Replace("15,12,9,6,3", "15,12,9,6,2", StringComparison.Ordinal));
        var two = CliRunner.Run("score", "--profile", profile, "--input", Input, "--out", second);

        Assert.That((one.Code, two.Code), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), one.Stderr + two.Stderr);
        Assert.Multiple(() =>
        {
            Assert.That((string?)RunJson(second)["profile"]!["sha256"], Is.Not.EqualTo((string?)RunJson(first)["profile"]!["sha256"]));
            Assert.That((string?)RunJson(second)["profile"]!["files"]![0]!["sha256"], Is.Not.EqualTo((string?)RunJson(first)["profile"]!["files"]![0]!["sha256"]));
        });
    }

    [Test]
    public void ABadTable_IsAnInvalidProfile_NamingEveryBadLine()
    {
        var profile = Path.Combine(Folder, "p.json");
        File.Copy(Profile, profile);
        File.WriteAllText(Path.Combine(Folder, "size-2017.standards.csv"), "行业代码,规模,优秀值,良好值,平均值,较低值,较差值\nC26,大型,40,30,x,10,5\nC,特大型,15,12,9,6,3\n");

        var (code, _, stderr) = CliRunner.Run("score", "--profile", profile, "--input", Input, "--out", Path.Combine(Folder, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InvalidProfile), stderr);
            Assert.That(stderr, Does.Contain("line 2, column '平均值', value 'x': not a number"));
            Assert.That(stderr, Does.Contain("line 3, column '规模', value '特大型'"));
        });
    }

    [Test]
    public void ProfilesShow_PrintsATextThatCarriesTheTable_AndCompilesWithoutFileAccess()
    {
        var (code, stdout, stderr) = CliRunner.Run("profiles", "show", Profile);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var fromText = EnterpriseScoring.Profiles.ProfileLoader.Parse(stdout);
        var loaded = EnterpriseScoring.Profiles.ProfileLoader.Load(Profile);
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.Contain("\"file_base64\""));
            Assert.That(EnterpriseScoring.Profiles.ProfileWriter.Sha256(fromText), Is.EqualTo(EnterpriseScoring.Profiles.ProfileWriter.Sha256(loaded)));
            Assert.That(Sources(fromText), Is.EqualTo(Sources(loaded)), "the same file path, digest and length");
        });

        static IEnumerable<EnterpriseScoring.Scoring.StandardTableFile?> Sources(EvaluationProfile profile) =>
            profile.Pools.SelectMany(p => p.Indicators).Select(i => (i.Scoring as EnterpriseScoring.Scoring.EfficacyCoefficientScoring)?.Options.Table?.Source);
    }
}
