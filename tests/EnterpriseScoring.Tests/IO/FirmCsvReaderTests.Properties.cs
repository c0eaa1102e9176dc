using System.Globalization;
using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using FsCheck;
using FsCheck.Fluent;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    private static readonly string[] GoodCells = ["1", "\"1,234.5\"", "", "-", "无", " 7 ", "0"];
    private static readonly string[] BadCells = ["abc", "NaN", "-5", "1,2"];

    /// <summary>Builds a file of <paramref name="kinds"/>.Length rows: kind 0 good, 1 bad number, 2 bad id, 3 duplicate, 4 ragged, 5 multi-line good.</summary>
    private static (string Csv, int ExpectedGood) Mix(int[] kinds, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("id,name,land_area,tax\n");
        var good = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            var id = Uscc(10_000 + i);
            switch (kinds[i])
            {
                case 0:
                    sb.Append(CultureInfo.InvariantCulture, $"{id},n{i},{GoodCells[random.Next(GoodCells.Length)]},{GoodCells[random.Next(GoodCells.Length)]}\n");
                    good++;
                    break;
                case 1:
                    sb.Append(CultureInfo.InvariantCulture, $"{id},n{i},{BadCells[random.Next(BadCells.Length)]},1\n");
                    break;
                case 2:
                    sb.Append(CultureInfo.InvariantCulture, $"{id[..^1]}?,n{i},1,1\n");
                    break;
                case 3:
                    // Duplicate of a row that was written earlier (or of itself twice when first).
                    sb.Append(CultureInfo.InvariantCulture, $"{id},n{i},1,1\n{id},dup,1,1\n");
                    good++;
                    break;
                case 4:
                    sb.Append(CultureInfo.InvariantCulture, $"{id},n{i},1\n");
                    break;
                default:
                    sb.Append(CultureInfo.InvariantCulture, $"{id},\"line1\nline2\",1,\"2,000\"\n");
                    good++;
                    break;
            }
        }

        return (sb.ToString(), good);
    }

    [Test]
    public void Read_RandomMixOfRows_RowsReadEqualsLoadedPlusRejected()
    {
        Prop.ForAll(
                Gen.ArrayOf(Gen.Choose(0, 5)).ToArbitrary(),
                Gen.Choose(0, 1000).ToArbitrary(),
                (kinds, seed) =>
                {
                    var (csv, expectedGood) = Mix(kinds, seed);
                    var result = Read(csv);
                    var distinctRejectedLines = result.Rejections.Select(r => r.Line).Distinct().Count();
                    return result.RowsRead == result.Table.Count + result.RejectedRowCount
                        && distinctRejectedLines == result.RejectedRowCount
                        && result.Table.Count == expectedGood
                        && result.RowsRead == kinds.Length + kinds.Count(k => k == 3)
                        && result.Rejections.All(r => r.Severity == IssueSeverity.Error);
                })
            .QuickCheckThrowOnFailure();
    }

    [Test]
    public void Read_SeededRandomMix_LinesOfLoadedAndRejectedRowsPartitionTheRows()
    {
        var random = new Random(20240601);
        for (var trial = 0; trial < 30; trial++)
        {
            var kinds = Enumerable.Range(0, random.Next(0, 60)).Select(_ => random.Next(0, 6)).ToArray();
            var (csv, _) = Mix(kinds, trial);
            var result = Read(csv);
            var loadedLines = result.Table.SourceLines.ToArray();
            var rejectedLines = result.Rejections.Select(r => r.Line).Distinct().ToArray();
            Assert.Multiple(() =>
            {
                Assert.That(loadedLines.Intersect(rejectedLines), Is.Empty);
                Assert.That(loadedLines.Length + rejectedLines.Length, Is.EqualTo(result.RowsRead));
                Assert.That(loadedLines, Is.Ordered.Ascending);
            });
        }
    }

    [Test]
    public void Read_LargeFile_StreamsQuickly()
    {
        const int rows = 100_000;
        var path = Path.Combine(Path.GetTempPath(), $"firms-large-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                writer.Write("id,name,region,land_area,tax,value_added,employees,energy\n");
                for (var i = 0; i < rows; i++)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Uscc(i)},企业{i},区{i % 13},{i % 100 + 0.5},{i % 1000},{i % 77},{i % 500},\n"));
                }
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = FirmCsvReader.Read(path);
            watch.Stop();
            Assert.Multiple(() =>
            {
                Assert.That(result.Table.Count, Is.EqualTo(rows));
                Assert.That(result.Rejections, Is.Empty);
                Assert.That(result.Table.Regions.Categories, Has.Count.EqualTo(13));
                Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
            });
            TestContext.Out.WriteLine($"{rows} rows in {watch.ElapsedMilliseconds} ms");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
