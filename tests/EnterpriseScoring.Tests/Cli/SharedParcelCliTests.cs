using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> and <c>explain</c> on the shared-parcel example (seeds/data/shared-parcel.csv, seeds/README.md "Shared parcels").</summary>
public class SharedParcelCliTests : TempFolderTest
{
    private static string Input => TestPaths.Seeds("data", "shared-parcel.csv");

    private static string Profile => TestPaths.Seeds("data", "shared-parcel.profile.json");

    [Test]
    public void Score_WritesOneRowPerFirm_WithTheParcelsSharedResult_AndSummariesCountTheParcelOnce()
    {
        var output = Path.Combine(Folder, "out");

        var (code, stdout, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", Input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var results = ResultsCsvReader.Read(Path.Combine(output, "results.csv"));
        var byId = results.ToDictionary(r => r.Id);
        var summary = File.ReadAllLines(Path.Combine(output, "summary.csv"));
        var header = summary[0].TrimStart('\uFEFF').Split(',');
        var poolRow = summary.Single(l => l.StartsWith("pool,above,", StringComparison.Ordinal)).Split(',');
        string Cell(string column) => poolRow[Array.IndexOf(header, column)];

        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(9));
            Assert.That(new[] { "9133040271000011XP", "91330402710000128P", "91330402710000136J" }.Select(id => byId[id].SharedParcel), Is.All.EqualTo("330402-001"));
            Assert.That(new[] { "91330402710000128P", "91330402710000136J" }.Select(id => byId[id].Score), Is.All.EqualTo(byId["9133040271000011XP"].Score));
            Assert.That(byId["91330402710000187T"].SharedParcel, Is.Empty, "named its parcel alone");
            Assert.That(byId["913304027100001528"].Tier, Is.EqualTo(Tier.C));
            Assert.That(stdout, Does.Contain("above      9"));
            Assert.That(Cell("firms"), Is.EqualTo("9"));
            Assert.That(double.Parse(Cell("land"), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(125), "each parcel's land once");
            Assert.That(Cell("tax_per_mu"), Is.EqualTo("6"), "750 / 125, the engine's own benchmark");
        });

        var prior = PriorYearContext.FromResults(results).GetPrior("above", "tax_per_mu")!;
        Assert.That(prior.Values.Length, Is.EqualTo(6), "read back from results.csv, each parcel counts once");
    }

    [Test]
    public void Score_ResultsDatabase_KeepsTheSharedParcelColumn()
    {
        var db = Path.Combine(Folder, "results.db");

        var (code, _, stderr) = CliRunner.Run(
            "score", "--profile", Profile, "--input", Input, "--out", Path.Combine(Folder, "out"), "--results-db", "sqlite", "--results-connection", db);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}");
        check.Open();
        using var query = check.CreateCommand();
        query.CommandText = "SELECT COUNT(*), COUNT(DISTINCT shared_parcel), SUM(CASE WHEN tier = 'C' THEN 1 ELSE 0 END) FROM escore_results";
        using var reader = query.ExecuteReader();
        reader.Read();
        Assert.That((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)), Is.EqualTo((9L, 2L, 3L)));
    }

    [Test]
    public void Explain_ATenant_ShowsTheParcelAndItsFirms()
    {
        var (code, stdout, stderr) = CliRunner.Run("explain", "--profile", Profile, "--input", Input, "--id", "91330402710000136J");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("合并评价 Shared parcel 330402-001: evaluated as one firm with 9133040271000011XP, 91330402710000128P"));
        Assert.That(stdout, Does.Contain("tax / land = 200 / 20 = 10"));
    }
}
