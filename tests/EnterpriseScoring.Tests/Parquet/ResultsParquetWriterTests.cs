using EnterpriseScoring.Cli;
using EnterpriseScoring.Parquet;
using EnterpriseScoring.Results;
using EnterpriseScoring.Tests.Cli;
using EnterpriseScoring.Tests.Results;

namespace EnterpriseScoring.Tests.Parquet;

/// <summary>results.parquet: written with Parquet.Net, read back with DuckDB (an independent reader) and compared with the flat rows and results.csv.</summary>
public class ResultsParquetWriterTests : TempFolderTest
{
    [TestCase(1 << 20)]
    [TestCase(3)]
    public void Fixture_ReadByDuckDb_EveryValueAsTheFlatRows_TypedColumns(int rowGroupSize)
    {
        var evaluation = FlatFixture.Evaluate();
        var path = Path.Combine(Folder, "results.parquet");
        ResultsParquetWriter.Write(evaluation, path, new ResultsParquetWriterOptions { RowGroupSize = rowGroupSize });

        var flat = evaluation.ToFlatResults();
        var (names, types, rows) = DuckDbParquet.Read(path);
        Assert.That(names, Is.EqualTo(flat.ColumnNames));
        Assert.That(types, Is.EqualTo(flat.Columns.Select(c => c.Kind switch { FlatColumnKind.Text => "VARCHAR", FlatColumnKind.Number => "DOUBLE", _ => "INTEGER" })));
        AssertSame(flat, rows, "fixture");
        Assert.That(rows.Select(r => (string?)r[1]), Does.Contain(FlatFixture.FormulaName), "text as it is");
        Assert.That(Directory.GetFiles(Folder), Has.Length.EqualTo(1), "no temporary file left");
    }

    [Test]
    public void Metadata_FormatProfileYear()
    {
        var evaluation = FlatFixture.Evaluate();
        var path = Path.Combine(Folder, "results.parquet");
        ResultsParquetWriter.Write(evaluation, path);
        Assert.That(DuckDbParquet.Scalar(path, "SELECT decode(value) FROM parquet_kv_metadata({0}) WHERE decode(key) = 'escore.format'"), Is.EqualTo(ResultsParquetWriter.FormatName));
        Assert.That(DuckDbParquet.Scalar(path, "SELECT decode(value) FROM parquet_kv_metadata({0}) WHERE decode(key) = 'escore.profile'"), Is.EqualTo(evaluation.Profile.Name));
    }

    [Test]
    public void SameEvaluation_SameBytes_FileStreamAndNonSeekableStream()
    {
        var path = Path.Combine(Folder, "results.parquet");
        ResultsParquetWriter.Write(FlatFixture.Evaluate(), path);
        var again = Path.Combine(Folder, "again.parquet");
        ResultsParquetWriter.Write(FlatFixture.Evaluate(), again);
        Assert.That(File.ReadAllBytes(again), Is.EqualTo(File.ReadAllBytes(path)));

        using var forwardOnly = new ForwardOnlyStream();
        ResultsParquetWriter.Write(FlatFixture.Evaluate(), forwardOnly);
        Assert.That(forwardOnly.Written.ToArray(), Is.EqualTo(File.ReadAllBytes(path)));

        var zstd = Path.Combine(Folder, "zstd.parquet");
        ResultsParquetWriter.Write(FlatFixture.Evaluate(), zstd, new ResultsParquetWriterOptions { Compression = ParquetCompression.Zstd });
        AssertSame(FlatFixture.Evaluate().ToFlatResults(), DuckDbParquet.Read(zstd).Rows, "zstd");
    }

    [Test]
    public void RowGroupSize_LessThanOne_Throws() =>
        Assert.That(() => new ResultsParquetWriterOptions { RowGroupSize = 0 }, Throws.TypeOf<ArgumentOutOfRangeException>());

    /// <summary>The CLI path on the built-in sample: <c>--format csv,parquet</c> adds results.parquet (listed in run.json), whose rows are results.csv's.</summary>
    [Test]
    public void ScoreFormatParquet_SampleCity_ResultsParquetIsResultsCsv()
    {
        var output = Path.Combine(Folder, "out");
        var run = CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", TestPaths.Seeds("data", "sample-city.csv"), "-o", output, "-q", "--format", "csv,parquet", "--raw-text");
        Assert.That(run.Code, Is.EqualTo(ExitCodes.Success), run.Stderr);
        Assert.That(File.Exists(Path.Combine(output, "results.xlsx")), Is.False, "xlsx only when asked");
        var runJson = File.ReadAllText(Path.Combine(output, "run.json"));
        Assert.That(runJson, Does.Contain("\"results.parquet\""));

        var (header, csvRows) = FlatResultsCsv.Parse(File.ReadAllBytes(Path.Combine(output, "results.csv")));
        var (names, _, rows) = DuckDbParquet.Read(Path.Combine(output, "results.parquet"));
        Assert.That(names, Is.EqualTo(header.Where(h => h != "consequences")));
        Assert.That(rows, Is.Not.Empty);
        Assert.That(csvRows.Skip(rows.Count).Select(r => r[Array.IndexOf(header, "status_reason")]), Has.All.StartWith("input line "), "results.csv's further rows are the rows rejected on input");
        var index = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
        var compared = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < names.Length; c++)
            {
                var expected = csvRows[r][index[names[c]]];
                var actual = FlatResultsCsv.Cell(rows[r][c]);
                if (expected != actual)
                {
                    Assert.Fail($"row {r} column {names[c]}: results.csv '{expected}', results.parquet '{actual}'");
                }

                compared++;
            }
        }

        Assert.That(compared, Is.EqualTo(rows.Count * names.Length));
        var plain = CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", TestPaths.Seeds("data", "sample-city.csv"), "-o", Path.Combine(Folder, "plain"), "-q");
        Assert.That(plain.Code, Is.EqualTo(ExitCodes.Success), plain.Stderr);
        Assert.That(File.Exists(Path.Combine(Folder, "plain", "results.parquet")), Is.False, "parquet only when asked");
        Assert.That(File.ReadAllText(Path.Combine(Folder, "plain", "run.json")), Does.Not.Contain("results.parquet"));
    }

    [Test]
    public void ScoreFormat_UnknownName_ListsParquet()
    {
        var run = CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", TestPaths.Seeds("data", "sample-city.csv"), "-o", Path.Combine(Folder, "x"), "-q", "--format", "csv,arrow");
        Assert.That(run.Code, Is.Not.EqualTo(ExitCodes.Success));
        Assert.That(run.Stderr, Does.Contain("parquet").And.Contain("arrow"));
    }

    /// <summary>Asserts that DuckDB's rows are the flat rows: text and integers exactly, doubles bit for bit, nulls where the flat rows have them.</summary>
    private static void AssertSame(FlatResults flat, List<object?[]> rows, string context)
    {
        Assert.That(rows, Has.Count.EqualTo(flat.Count), context);
        for (var r = 0; r < flat.Count; r++)
        {
            var expected = flat.WideRow(r);
            for (var c = 0; c < expected.Length; c++)
            {
                var (e, a) = (expected[c], rows[r][c]);
                var same = (e, a) switch
                {
                    (null, null) => true,
                    (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
                    (int x, int y) => x == y,
                    (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
                    _ => false,
                };
                if (!same)
                {
                    Assert.Fail($"{context}: row {r} column {flat.Columns[c].Name}: flat {e ?? "null"} ({e?.GetType().Name}), DuckDB {a ?? "null"} ({a?.GetType().Name})");
                }
            }
        }
    }

    /// <summary>A write-only stream that cannot seek (an HTTP response body).</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Written.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
