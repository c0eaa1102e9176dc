using System.Text;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;
using EnterpriseScoring.Tests.Engine;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>A veto reaches a transition firm through the real <c>escore</c>: results.csv says transition, tier D, and why.</summary>
public class IneligibleVetoCliTests : TempFolderTest
{
    [Test]
    public void Score_TransitionFirmWithALandViolation_IsInDWithTheVetoAsReason()
    {
        var profile = Path.Combine(Folder, "veto.json");
        File.WriteAllText(profile, IneligibleVetoTests.Json.Replace("REACH", string.Empty, StringComparison.Ordinal), new UTF8Encoding(false));
        var input = Path.Combine(Folder, "firms.csv");
        using (var stream = File.Create(input))
        {
            FirmCsvWriter.Write(IneligibleVetoTests.Table(), stream);
        }

        var (code, _, stderr) = CliRunner.Run("score", "-q", "--lenient-ids", "-p", profile, "-i", input, "-o", Path.Combine(Folder, "out"));
        var lines = File.ReadAllLines(Path.Combine(Folder, "out", "results.csv"), Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var n1 = lines.Single(l => l.StartsWith("N1,", StringComparison.Ordinal));
        var n2 = lines.Single(l => l.StartsWith("N2,", StringComparison.Ordinal));
        string Cell(string line, string column) => line.Split(',')[Array.IndexOf(header, column)];

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(Cell(n1, "status"), Is.EqualTo("transition"));
            Assert.That(Cell(n1, "tier"), Is.EqualTo("D"));
            Assert.That(n1, Does.Contain("veto land_violation 严重违法用地 (ForceD): no tier → D"));
            Assert.That(Cell(n2, "tier"), Is.Empty);
            Assert.That(ResultsCsvReader.Read(Path.Combine(Folder, "out", "results.csv")).Single(r => r.Id == "N1").Tier, Is.EqualTo(Tier.D), "the results reader (--prior) sees the veto's tier");
        });
    }
}
