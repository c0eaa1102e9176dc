using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> and <c>explain</c> on the comparisons example (seeds/data/comparisons.csv, seeds/README.md "Strict and inclusive comparisons").</summary>
public class ComparisonsCliTests : TempFolderTest
{
    private static string Input => TestPaths.Seeds("data", "comparisons.csv");

    private static string Profile => TestPaths.Seeds("data", "comparisons.profile.json");

    [Test]
    public void Score_StrictGreaterThan_LeavesTheFirmExactlyAt5bnToTheQuota()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", Input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var byId = ResultsCsvReader.Read(Path.Combine(output, "results.csv")).ToDictionary(r => r.Id);
        Assert.That(
            new[] { "91340500710000013X", "91340500710000021Q", "9134050071000003XG", "91340500710000048G", "91340500710000056B" }.Select(id => byId[id].Tier),
            Is.EqualTo(new Tier?[] { Tier.A, Tier.B, Tier.A, Tier.B, Tier.D }));
    }

    [Test]
    public void Explain_ShowsTheQuotaTierAndTheOverrideThatMovedIt()
    {
        var (code, stdout, stderr) = CliRunner.Run("explain", "--profile", Profile, "--input", Input, "--id", "91340500710000013X");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("rank 4 → C").And.Contain("override revenue_over_5bn (ForceA): C → A"));
    }
}
