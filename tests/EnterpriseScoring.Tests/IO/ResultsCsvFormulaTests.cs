using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.IO;

/// <summary>
/// results.csv and formula injection through the library: text cells that would start a spreadsheet formula are
/// quote-prefixed in every row (also in rows formatted on other cores), numbers never are, <see cref="ResultsCsvReader"/>
/// gives the original text back, and <see cref="FormulaEscaping.None"/> writes the text as it is.
/// </summary>
public class ResultsCsvFormulaTests
{
    private static readonly string[] Payloads =
    [
        "=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\t=1+1", "'quoted", "''=twice", "＝1+1", "\0x",
    ];

    /// <summary>A synthetic city of 20,000 firms (several formatting chunks) with payload names, regions and parcels spread over the rows.</summary>
    private static readonly Lazy<(Evaluation Evaluation, Dictionary<int, string> Names)> City = new(() =>
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 20_000, Seed = 5 });
        var names = new Dictionary<int, string>();
        var firms = new List<Firm>(table.Count);
        for (var row = 0; row < table.Count; row++)
        {
            var f = table.GetFirm(row);
            var payload = row % 2_000 == 0 ? Payloads[row / 2_000 % Payloads.Length] : null;
            if (payload is not null)
            {
                names[row] = payload;
            }

            firms.Add(new Firm
            {
                Id = f.Id,
                Name = payload ?? f.Name,
                Region = row == 15_000 ? "=1+2" : f.Region,
                Platform = row == 12_345 ? "@evil" : f.Platform,
                IndustryCode = f.IndustryCode,
                SizeClass = f.SizeClass,
                StartYear = f.StartYear,
                Parcel = f.Parcel,
                Measures = row % 1_000 == 1 ? NegativeTax(f.Measures) : f.Measures,
                Tags = f.Tags,
            });
        }

        return (new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(FirmTable.FromFirms(firms)), names);
    });

    /// <summary>The measures with a refund: tax −5 (万元), which the evaluation carries into negative figures.</summary>
    private static Dictionary<string, double> NegativeTax(IReadOnlyDictionary<string, double> measures) =>
        new(measures) { [KnownMeasures.Tax.Id] = -5 };

    private static byte[] Write(Evaluation evaluation, ResultsCsvWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream, options);
        return stream.ToArray();
    }

    private static List<string[]> Records(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = CsvHelper.CsvReader.Create(stream, CsvHelper.CsvReaderOptions.Default with { Separator = ',', HasHeader = true }, true);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }

    [Test]
    public void Write_PayloadsInEveryChunk_QuotePrefixed_ReadBackAsTheOriginal()
    {
        var (evaluation, names) = City.Value;
        var rejections = new[] { new RowIssue(20_005, "@id", "tax", "x", RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error) };

        var bytes = Write(evaluation, new ResultsCsvWriterOptions { InputRejections = rejections });
        var records = Records(bytes);
        var prior = ResultsCsvReader.Read(new MemoryStream(bytes));

        Assert.Multiple(() =>
        {
            foreach (var (row, name) in names)
            {
                Assert.That(records[row][1], Is.EqualTo(FormulaGuard.Escape(name)), $"row {row}");
                Assert.That(records[row][1][0], Is.EqualTo('\''), $"row {row}");
                Assert.That(prior[row].Name, Is.EqualTo(name), $"row {row}");
            }

            Assert.That(records[15_000][2], Is.EqualTo("'=1+2"));
            Assert.That(prior[15_000].Region, Is.EqualTo("=1+2"));
            Assert.That(records[12_345][3], Is.EqualTo("'@evil"));
            Assert.That(prior[12_345].Platform, Is.EqualTo("@evil"));
            Assert.That(records[^1][0], Is.EqualTo("'@id"), "the rejected row's id");
            Assert.That(prior[^1].Id, Is.EqualTo("@id"));
        });
    }

    [Test]
    public void Write_NegativeFigures_StayNumbers()
    {
        var (evaluation, _) = City.Value;
        var records = Records(Write(evaluation));
        var negative = records.SelectMany(r => r).Where(c => c.StartsWith('-')).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(negative, Is.Not.Empty, "the synthetic city has negative figures (e.g. taxes refunded)");
            Assert.That(negative, Has.All.Matches<string>(c => double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)));
            Assert.That(records.SelectMany(r => r).Where(c => c.StartsWith("'-", StringComparison.Ordinal)), Has.All.EqualTo("'-2+3"), "only the text payload is prefixed");
        });
    }

    [Test]
    public void Write_FormulaEscapingNone_TextAsItIs_NoPayload_SameBytesEitherWay()
    {
        var (evaluation, names) = City.Value;
        var raw = Records(Write(evaluation, new ResultsCsvWriterOptions { FormulaEscaping = FormulaEscaping.None }));
        var plain = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 3_000, Seed = 5 }));

        Assert.Multiple(() =>
        {
            foreach (var (row, name) in names)
            {
                Assert.That(raw[row][1], Is.EqualTo(name), $"row {row}");
            }

            Assert.That(raw[15_000][2], Is.EqualTo("=1+2"));
            Assert.That(Write(plain), Is.EqualTo(Write(plain, new ResultsCsvWriterOptions { FormulaEscaping = FormulaEscaping.None })), "nothing to protect: the same bytes");
        });
    }
}
