using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> on the per-band rounding example (seeds/data/rounding.csv, seeds/README.md "Rounding per band").</summary>
public class RoundingCliTests : TempFolderTest
{
    [Test]
    public void Score_DFlooredOnItsOwn_RemainderMovedUp()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run(
            "score", "--profile", TestPaths.Seeds("data", "rounding.profile.json"), "--input", TestPaths.Seeds("data", "rounding.csv"), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var results = ResultsCsvReader.Read(Path.Combine(output, "results.csv"));
        var counts = results.GroupBy(r => r.Tier).ToDictionary(g => g.Key!.Value, g => g.Count());
        Assert.Multiple(() =>
        {
            Assert.That(counts, Is.EqualTo(new Dictionary<Tier, int> { [Tier.A] = 6, [Tier.B] = 12, [Tier.C] = 11, [Tier.D] = 1 }));
            Assert.That(results.Single(r => r.Tier == Tier.D).Indicators["tax_per_mu"].Value, Is.EqualTo(1)); // the lowest 亩均税收
        });
    }
}
