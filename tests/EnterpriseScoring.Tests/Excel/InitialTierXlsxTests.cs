using System.Text;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using MiniExcelLibs;

namespace EnterpriseScoring.Tests.Excel;

/// <summary>
/// results.xlsx with manual tier decisions (调档): each 公示名单 gains a last column <c>initial_tier</c> (初评), the same
/// header and place as in results.csv, holding the tier set's codes; without decisions the sheets are unchanged.
/// seeds/data/rounding.csv under seeds/data/tiers.profile.json (A+ / A / B / C).
/// </summary>
public class InitialTierXlsxTests
{
    private static Evaluation Evaluation()
    {
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "tiers.profile.json"));
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "rounding.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        return new Evaluator(profile).Evaluate(read.Table);
    }

    private static List<IDictionary<string, object?>> Rows(Evaluation evaluation, out List<string> header)
    {
        using var stream = new MemoryStream();
        ResultsXlsxWriter.Write(evaluation, stream);
        stream.Position = 0;
        var sheet = MiniExcel.GetSheetNames(stream).First(n => n.StartsWith("公示名单", StringComparison.Ordinal));
        stream.Position = 0;
        List<IDictionary<string, object?>> rows = [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
        header = [.. rows[0].Keys];
        return rows;
    }

    [Test]
    public void WithDecisions_LastColumnIsInitialTier_InTheSetsCodes()
    {
        var evaluation = Evaluation();
        var firm = evaluation.Results.First(r => evaluation.Profile.Tiers.CodeOf(r.Tier) == "B");
        var csv = $"统一社会信用代码,档次,原因,审批人\n{firm.Id},A+,列入重大项目,区政府\n";
        var adjusted = TierAdjustments.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ApplyTo(evaluation);
        Assert.That(adjusted.Problems, Is.Empty);

        var rows = Rows(adjusted.Evaluation, out var header);
        var byId = rows.ToDictionary(r => (string)r["统一社会信用代码"]!);

        Assert.Multiple(() =>
        {
            Assert.That(header[^1], Is.EqualTo("初评等级"), "a Chinese header, as every header of the 公示名单");
            Assert.That(adjusted.Evaluation.ToFlatResults().ColumnNames[^1], Is.EqualTo("initial_tier"), "the flat/CSV column keeps its machine name");
            Assert.That((byId[firm.Id]["等级"], byId[firm.Id]["初评等级"]), Is.EqualTo(("A+", "B")));
            foreach (var result in adjusted.Evaluation.Results.Where(r => r.Id != firm.Id))
            {
                Assert.That(byId[result.Id]["初评等级"], Is.EqualTo(byId[result.Id]["等级"]), result.Id);
            }
        });
    }

    [Test]
    public void WithoutDecisions_NoInitialTierColumn()
    {
        Rows(Evaluation(), out var header);

        Assert.That(header, Does.Not.Contain("初评等级"));
    }
}
