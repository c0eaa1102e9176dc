using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Tests.IO;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.Validation;

/// <summary>The CSV reader and <see cref="FirmValidator"/> apply the same rules to the same values.</summary>
public class SharedRulesTests
{
    private static readonly double[] Samples = [0, 1.5, -1, -0.001, 1e6, double.NaN, double.PositiveInfinity];

    [Test]
    public void ReaderAndValidator_SameFirms_ReportSameIssueCodes()
    {
        var random = new Random(11);
        var measures = KnownMeasures.All.ToArray();
        for (var trial = 0; trial < 200; trial++)
        {
            var id = random.Next(4) == 0 ? "BAD-" + trial.ToString(CultureInfo.InvariantCulture) : CsvTestData.Uscc(trial);
            var values = measures.ToDictionary(m => m.Id, _ => Samples[random.Next(Samples.Length)]);
            int? year = random.Next(3) switch
            {
                0 => null,
                1 => random.Next(1800, 2200),
                _ => 2000,
            };
            var firm = new Firm { Id = id, Measures = values, StartYear = year };

            var expected = new FirmValidator().Validate(firm).Errors
                .Select(e => ((RowIssueCode)e.CustomState, e.PropertyName))
                .OrderBy(e => e.PropertyName, StringComparer.Ordinal)
                .ToList();

            var header = "id,start_year," + string.Join(",", measures.Select(m => m.Id));
            var row = $"{id},{year?.ToString(CultureInfo.InvariantCulture)}," + string.Join(",", measures.Select(m => values[m.Id].ToString("R", CultureInfo.InvariantCulture)));
            var result = CsvTestData.Read(header + "\n" + row + "\n");
            var actual = result.Rejections
                .Select(e => (e.Code, e.Column))
                .OrderBy(e => e.Column, StringComparer.Ordinal)
                .ToList();

            Assert.That(actual, Is.EqualTo(expected), row);
        }
    }

    [Test]
    public void Reader_AliasTargetTagWithoutName_Throws()
    {
        var options = new FirmCsvReaderOptions { HeaderAliases = new Dictionary<string, string> { ["x"] = "tag:" } };
        Assert.That(() => CsvTestData.Read($"id,x\n{CsvTestData.Uscc(1)},1\n", options), Throws.InstanceOf<FirmDataException>());
    }

    [Test]
    public void Reader_NonAsciiDelimiter_ThrowsArgumentException()
    {
        var options = new FirmCsvReaderOptions { Delimiter = '，' };
        Assert.That(() => CsvTestData.Read("id\n", options), Throws.ArgumentException);
    }

    [Test]
    public void Reader_NullStream_ThrowsArgumentNullException()
    {
        Assert.That(() => FirmCsvReader.Read((Stream)null!), Throws.ArgumentNullException);
    }
}
