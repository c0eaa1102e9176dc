using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> on the 功效系数 example (seeds/data/efficacy.csv, seeds/README.md "功效系数").</summary>
public class EfficacyCliTests : TempFolderTest
{
    [Test]
    public void Score_GivesTheHandComputedScoresAndTiers()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run(
            "score", "--profile", TestPaths.Seeds("data", "efficacy.profile.json"), "--input", TestPaths.Seeds("data", "efficacy.csv"), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var byId = ResultsCsvReader.Read(Path.Combine(output, "results.csv")).ToDictionary(r => r.Id);
        string[] ids = ["913304007200000173", "9133040072000005XB", "91330400720000025X", "91330400720000041K", "91330400720000033Q"];
        Assert.Multiple(() =>
        {
            Assert.That(ids.Select(id => byId[id].Score!.Value), Is.EqualTo(new[] { 100, 76.8, 75.2, 54, 12 }).Within(1e-9));
            Assert.That(ids.Select(id => byId[id].Tier), Is.EqualTo(new Tier?[] { Tier.A, Tier.B, Tier.B, Tier.C, Tier.C }));
            Assert.That(byId["91330400720000025X"].Indicators["value_added_per_mu"].Score, Is.EqualTo(27.2).Within(1e-9));
        });
    }
}
