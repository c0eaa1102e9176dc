using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> and <c>escore explain</c> on the industry-relative example (seeds/data/industry.csv, seeds/README.md "Industry-relative benchmarks").</summary>
public class IndustryCliTests : TempFolderTest
{
    [Test]
    public void Score_WritesEachFirmsOwnBenchmarkAndTheHandComputedScores()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run(
            "score", "--profile", TestPaths.Seeds("data", "industry.profile.json"), "--input", TestPaths.Seeds("data", "industry.csv"), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var byId = ResultsCsvReader.Read(Path.Combine(output, "results.csv")).ToDictionary(r => r.Id);
        string[] ids = ["9133040072000101XE", "91330400720001028E", "913304007200010369", "913304007200010444", "91330400720001052Y", "91330400720001060R", "91330400720001079N", "91330400720001087H"];
        Assert.Multiple(() =>
        {
            Assert.That(ids.Select(id => byId[id].Indicators["tax_per_mu"].Benchmark!.Value), Is.EqualTo(new[] { 20, 20, 20, 12.5, 12.5, 12.5, 16, 16 }).Within(1e-12));
            Assert.That(ids.Select(id => byId[id].Score!.Value), Is.EqualTo(new[] { 150, 75, 100, 96, 72, 160, 156.25, 37.5 }).Within(1e-9));
            Assert.That(ids.Select(id => byId[id].Tier), Is.EqualTo(new Tier?[] { Tier.B, Tier.C, Tier.B, Tier.B, Tier.C, Tier.A, Tier.A, Tier.D }));
        });
    }

    [Test]
    public void Explain_ShowsTheGroupItsSizeAndTheFallback()
    {
        var (code, stdout, stderr) = CliRunner.Run(
            "explain", "--profile", TestPaths.Seeds("data", "industry.profile.json"), "--input", TestPaths.Seeds("data", "industry.csv"), "--id", "91330400720001079N");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("industry group C17 of 1 < 3 firms: pool figure used"));
    }
}
