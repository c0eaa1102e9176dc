using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> on the pollution-equivalents example (seeds/data/pollution.csv, seeds/README.md "Pollution equivalents").</summary>
public class PollutionCliTests : TempFolderTest
{
    [Test]
    public void Score_BlankPollutantsNotEmitted_GivesTheHandComputedTiers()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run(
            "score", "--profile", TestPaths.Seeds("data", "pollution.profile.json"), "--input", TestPaths.Seeds("data", "pollution.csv"), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var byId = ResultsCsvReader.Read(Path.Combine(output, "results.csv")).ToDictionary(r => r.Id);
        Assert.That(
            new[] { "913304007200000173", "91330400720000025X", "91330400720000033Q", "91330400720000041K", "9133040072000005XB" }.Select(id => byId[id].Tier),
            Is.EqualTo(new Tier?[] { Tier.B, Tier.A, Tier.C, Tier.C, Tier.B }));
    }
}
