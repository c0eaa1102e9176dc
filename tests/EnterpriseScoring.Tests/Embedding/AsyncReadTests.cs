using System.Diagnostics;
using System.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace EnterpriseScoring.Tests.Embedding;

/// <summary>
/// The asynchronous readers: the same result as the synchronous ones (table, rejections, hash), only asynchronous reads of
/// the caller's stream, progress, and prompt cancellation.
/// </summary>
public class AsyncReadTests : TempFolderTest
{
    private static readonly string SampleCity = TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public async Task CsvReadAsync_AsyncOnlyStream_SameResultAsRead()
    {
        var bytes = await File.ReadAllBytesAsync(SampleCity);
        var expected = FirmCsvReader.Read(new MemoryStream(bytes));
        var reported = new List<long>();

        var actual = await FirmCsvReader.ReadAsync(new AsyncOnlyStream(bytes), progress: new SynchronousProgress(reported.Add));

        AssertSameRead(actual, expected);
        Assert.That(reported, Is.Not.Empty.And.Ordered);
        Assert.That(reported[^1], Is.EqualTo(bytes.Length));
    }

    [Test]
    public async Task CsvReadAsync_Path_SameResultAsRead()
    {
        var expected = FirmCsvReader.Read(SampleCity);
        var actual = await FirmCsvReader.ReadAsync(SampleCity);
        AssertSameRead(actual, expected);
    }

    [Test]
    public async Task CsvReadAsync_BadHeader_ThrowsTheReadersError()
    {
        var bytes = Encoding.UTF8.GetBytes("name,tax\nA,1\n");
        var error = await Assert.ThrowsAsync<MissingColumnException>(() => FirmCsvReader.ReadAsync(new AsyncOnlyStream(bytes)));
        Assert.That(error!.Message, Does.Contain("id"));
    }

    [Test]
    public async Task CsvReadAsync_CancelledDuringAnEndlessUpload_StopsPromptly()
    {
        // An upload that never ends (the sample city's rows repeat): only cancellation stops the read.
        var bytes = await File.ReadAllBytesAsync(SampleCity);
        var headerEnd = Array.IndexOf(bytes, (byte)'\n') + 1;
        using var cts = new CancellationTokenSource();
        long seen = 0;
        var progress = new SynchronousProgress(read =>
        {
            seen = read;
            if (read > 4L * bytes.Length)
            {
                cts.Cancel();
            }
        });

        var watch = Stopwatch.StartNew();
        var read = FirmCsvReader.ReadAsync(new AsyncOnlyStream(bytes, headerEnd), progress: progress, cancellationToken: cts.Token);
        var error = await Assert.CatchAsync<OperationCanceledException>(() => read);
        var afterCancel = watch.Elapsed;

        Assert.Multiple(() =>
        {
            Assert.That(error!.CancellationToken, Is.EqualTo(cts.Token));
            Assert.That(seen, Is.LessThan(4L * bytes.Length + (2 << 20)), "the producer stops at the pipe's bound once cancelled");
            Assert.That(afterCancel, Is.LessThan(TimeSpan.FromSeconds(30)));
        });
    }

    [Test]
    public async Task CsvReadAsync_PathCancelledBeforehand_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.CatchAsync<OperationCanceledException>(() => FirmCsvReader.ReadAsync(SampleCity, cancellationToken: cts.Token));
    }

    [Test]
    public async Task XlsxReadAsync_AsyncOnlyStream_SameResultAsRead()
    {
        var (header, rows) = TestInputs.SampleCity();
        var path = Path.Combine(Folder, "firms.xlsx");
        TestInputs.WriteXlsx(path, ("Sheet1", TestInputs.Grid(header, rows)));
        var expected = FirmXlsxReader.Read(path);

        var bytes = await File.ReadAllBytesAsync(path);
        var fromStream = await FirmXlsxReader.ReadAsync(new AsyncOnlyStream(bytes));
        var fromPath = await FirmXlsxReader.ReadAsync(path);
        var viaInput = await FirmInput.ReadAsync(path);

        AssertSameRead(fromStream, expected);
        AssertSameRead(fromPath, expected);
        AssertSameRead(viaInput, expected);
    }

    [Test]
    public async Task DbReadAsync_Sqlite_SameResultAsRead_AndReportsRows()
    {
        var (header, rows) = TestInputs.SampleCity();
        var path = Path.Combine(Folder, "firms.db");
        TestInputs.CreateSqlite(path, "firms", header, rows);
        await using var connection = new SqliteConnection(TestInputs.SqliteConnectionString(path));
        var expected = FirmDbReader.Read(connection, "SELECT * FROM firms");
        var reported = new List<long>();

        var actual = await FirmDbReader.ReadAsync(connection, "SELECT * FROM firms", progress: new SynchronousProgress(reported.Add));

        AssertSameRead(actual, expected);
        Assert.Multiple(() =>
        {
            Assert.That(reported[^1], Is.EqualTo(rows.Length));
            Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Closed), "a connection it opened is closed again");
        });
    }

    [Test]
    public async Task DbReadAsync_Cancelled_ThrowsAndClosesTheConnection()
    {
        var (header, rows) = TestInputs.SampleCity();
        var path = Path.Combine(Folder, "firms.db");
        TestInputs.CreateSqlite(path, "firms", header, rows);
        using var connection = new SqliteConnection(TestInputs.SqliteConnectionString(path));
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress(n =>
        {
            if (n >= 1000)
            {
                cts.Cancel();
            }
        });

        await Assert.CatchAsync<OperationCanceledException>(() => FirmDbReader.ReadAsync(connection, "SELECT * FROM firms", progress: progress, cancellationToken: cts.Token));
        Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Closed));
    }

    private static void AssertSameRead(FirmReadResult actual, FirmReadResult expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.RowsRead, Is.EqualTo(expected.RowsRead));
            Assert.That(actual.Sha256, Is.EqualTo(expected.Sha256));
            Assert.That(actual.Columns, Is.EqualTo(expected.Columns));
            Assert.That(actual.Rejections, Is.EqualTo(expected.Rejections));
            Assert.That(actual.Warnings, Is.EqualTo(expected.Warnings));
        });
        TestInputs.AssertSameFirms(expected.Table, actual.Table);
    }
}
