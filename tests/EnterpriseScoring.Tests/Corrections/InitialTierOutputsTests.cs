using System.Text;
using System.Text.Json;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.IO;
using EnterpriseScoring.Parquet;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Results;
using EnterpriseScoring.Tests.Parquet;

namespace EnterpriseScoring.Tests.Corrections;

/// <summary>
/// The initial tier (初评) of an evaluation with manual tier decisions (调档) in the flat rows, their JSON and Parquet — as
/// results.csv's <c>initial_tier</c> column —, and nowhere when there are no decisions (outputs unchanged).
/// </summary>
public class InitialTierOutputsTests
{
    private static Evaluation Evaluation { get; } = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "hand-checkable.profile.json")))
        .Evaluate(FirmCsvReader.Read(TestPaths.Seeds("data", "hand-checkable.csv")).Table);

    private static (Evaluation Adjusted, FirmResult Firm) Adjusted()
    {
        var firm = Evaluation.Results.First(r => r.Status == FirmStatus.Rated && r.Tier is Tier.B);
        var csv = $"统一社会信用代码,档次,原因,审批人,日期\n{firm.Id},A类,列入重大项目,区政府,2025-03-20\n";
        var result = TierAdjustments.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ApplyTo(Evaluation);
        Assert.That(result.Problems, Is.Empty);
        return (result.Evaluation, firm);
    }

    [Test]
    public void FlatRows_HaveTheInitialTier_OnlyWithDecisions()
    {
        var (adjusted, firm) = Adjusted();

        var flat = adjusted.ToFlatResults();

        Assert.Multiple(() =>
        {
            Assert.That(flat.ColumnNames[^1], Is.EqualTo("initial_tier"));
            Assert.That(flat.Single(r => r.Id == firm.Id) is { Tier: "A", InitialTier: "B" });
            Assert.That(flat.Select(r => r.InitialTier), Is.EqualTo(adjusted.Results.Select(r => ResultsCsvFormat.TierCode(r.InitialTier) is { Length: > 0 } code ? code : null)));
            Assert.That(Evaluation.ToFlatResults().ColumnNames, Does.Not.Contain("initial_tier"));
            Assert.That(Evaluation.ToFlatResults().Select(r => r.InitialTier), Is.All.Null);
        });
    }

    [Test]
    public void Json_HasInitialTier_OnlyWithDecisions()
    {
        var (adjusted, firm) = Adjusted();

        var with = JsonSerializer.Serialize(adjusted.ToFlatResults().Single(r => r.Id == firm.Id), ResultsJsonContext.Default.FlatResult);
        var without = JsonSerializer.Serialize(Evaluation.ToFlatResults().Single(r => r.Id == firm.Id), ResultsJsonContext.Default.FlatResult);

        Assert.That(with, Does.Contain("\"initialTier\":\"B\""));
        Assert.That(without, Does.Not.Contain("initialTier"));
    }

    [Test]
    public void Parquet_HasTheInitialTierColumn_WithDecisions()
    {
        var (adjusted, firm) = Adjusted();
        var directory = Directory.CreateTempSubdirectory("escore-initial-tier-").FullName;
        try
        {
            var path = Path.Combine(directory, "results.parquet");
            ResultsParquetWriter.Write(adjusted, path);

            var (names, _, rows) = DuckDbParquet.Read(path);

            Assert.That(names[^1], Is.EqualTo("initial_tier"));
            Assert.That(rows.Single(r => (string?)r[0] == firm.Id)[^1], Is.EqualTo("B"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
