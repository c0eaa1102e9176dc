using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace EnterpriseScoring.Tests.IO;

/// <summary>
/// The readers hash the bytes they actually read (<see cref="FirmReadResult.Sha256"/>) and refuse a file that changed
/// while it was read (<see cref="InputFileStream"/>): a truncated, appended or overwritten file never gives a table.
/// </summary>
public class InputFileStreamTests : TempFolderTest
{
    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public void FirmCsvReader_Sha256_IsOfTheBytesReadByPathAndByStream()
    {
        var expected = Sha256(File.ReadAllBytes(Sample));

        var byPath = FirmCsvReader.Read(Sample);
        var withProgress = FirmCsvReader.Read(Sample, null, new Progress<long>());
        using var stream = new MemoryStream(File.ReadAllBytes(Sample));
        var byStream = FirmCsvReader.Read(stream);

        Assert.That(new[] { byPath.Sha256, withProgress.Sha256, byStream.Sha256 }, Has.All.EqualTo(expected));
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "a file open for reading cannot be truncated on Windows")]
    public void FirmCsvReader_FileTruncatedWhileRead_ThrowsInsteadOfGivingASmallerTable()
    {
        var path = Copy(Sample, 20);
        var truncated = false;

        // The progress callback runs on the reading thread after each buffer: the file loses its second half mid-read.
        var progress = new SynchronousProgress(_ =>
        {
            if (!truncated)
            {
                truncated = true;
                using var writer = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                writer.SetLength(writer.Length / 2);
            }
        });

        var ex = Assert.Throws<IOException>(() => FirmCsvReader.Read(path, null, progress));

        Assert.That(ex!.Message, Does.Contain("changed while it was read").And.Contain("its length went from").And.Contain(Path.GetFileName(path)));
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "a file open for reading cannot be written on Windows")]
    public void FirmCsvReader_FileAppendedWhileRead_Throws()
    {
        var path = Copy(Sample, 20);
        var extra = File.ReadAllLines(Sample).Skip(1).Take(100).ToArray();
        var appended = false;
        var progress = new SynchronousProgress(_ =>
        {
            if (!appended)
            {
                appended = true;
                File.AppendAllLines(path, extra);
            }
        });

        var ex = Assert.Throws<IOException>(() => FirmCsvReader.Read(path, null, progress));

        Assert.That(ex!.Message, Does.Contain("changed while it was read"));
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "a file open for reading cannot be written on Windows")]
    public void InputFileStream_OverwrittenInPlaceWithTheSameLength_CompleteThrows()
    {
        var path = Copy(Sample, 1);
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)); // any later write is a later time

        using var stream = InputFileStream.Open(path);
        stream.ReadExactly(new byte[100]);
        using (var writer = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            writer.Position = 200;
            writer.Write("X"u8);
        }

        var ex = Assert.Throws<IOException>(() => stream.Complete());

        Assert.That(ex!.Message, Does.Contain("changed while it was read").And.Contain("it was written to at"));
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "an open file cannot be replaced on Windows")]
    public void InputFileStream_ReplacedByARenameOrDeletedWhileRead_GivesTheHashOfTheVersionRead()
    {
        var path = Copy(Sample, 1);
        var original = File.ReadAllBytes(path);
        var other = Path.Combine(Folder, "other.csv");
        File.WriteAllText(other, "id\n");

        using var replaced = InputFileStream.Open(path);
        replaced.ReadExactly(new byte[100]);
        File.Move(other, path, overwrite: true);

        var deletedPath = Copy(Sample, 1, "deleted.csv");
        using var deleted = InputFileStream.Open(deletedPath);
        File.Delete(deletedPath);

        Assert.Multiple(() =>
        {
            Assert.That(replaced.Complete(), Is.EqualTo(Sha256(original)), "the open file is the version read");
            Assert.That(deleted.Complete(), Is.EqualTo(Sha256(original)));
            Assert.That(replaced.BytesRead, Is.EqualTo(original.Length));
        });
    }

    [Test]
    [Platform(Include = "Linux", Reason = "mkfifo")]
    public void FirmCsvReader_Fifo_IsReadOnceAndHashed()
    {
        var fifo = Path.Combine(Folder, "firms.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var bytes = File.ReadAllBytes(Sample);
        var writer = Task.Run(() => File.WriteAllBytes(fifo, bytes)); // blocks until the reader opens the FIFO

        var result = FirmCsvReader.Read(fifo, null, new Progress<long>());
        Assert.That(writer.Wait(RunningEscore.Patience), Is.True);

        Assert.Multiple(() =>
        {
            Assert.That(result.Sha256, Is.EqualTo(Sha256(bytes)));
            Assert.That(result.RowsRead, Is.EqualTo(2000));
        });
    }

    [Test]
    public void FirmXlsxReader_Sha256_IsOfTheWorkbooksBytesByPathAndByStream()
    {
        var (header, rows) = TestInputs.SampleCity();
        var path = Path.Combine(Folder, "city.xlsx");
        TestInputs.WriteXlsx(path, ("firms", TestInputs.Grid(header, rows.Take(50))));
        var expected = Sha256(File.ReadAllBytes(path));

        var byPath = FirmXlsxReader.Read(path);
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        var byStream = FirmXlsxReader.Read(stream);

        Assert.Multiple(() =>
        {
            Assert.That(byPath.Sha256, Is.EqualTo(expected));
            Assert.That(byStream.Sha256, Is.EqualTo(expected));
            Assert.That(byPath.RowsRead, Is.EqualTo(50));
        });
    }

    [Test]
    public void FirmDbReader_Sha256_IsOfTheRowsRead_NotOfTheQuery()
    {
        var (header, rows) = TestInputs.SampleCity();
        var path = Path.Combine(Folder, "firms.db");
        TestInputs.CreateSqlite(path, "firms", header, rows.Take(100).ToArray());
        TestInputs.CreateSqlite(path, "copy", header, rows.Take(100).ToArray());
        var changed = rows.Take(100).Select(r => r.ToArray()).ToArray();
        changed[42][Array.IndexOf(header, "tax")] = "1234.5";
        TestInputs.CreateSqlite(path, "changed", header, changed);
        using var connection = new SqliteConnection(TestInputs.SqliteConnectionString(path));

        var firms = FirmDbReader.Read(connection, "SELECT * FROM firms").Sha256;
        var sameRowsOtherQuery = FirmDbReader.Read(connection, "SELECT * FROM copy WHERE 1 = 1").Sha256;
        var oneValueChanged = FirmDbReader.Read(connection, "SELECT * FROM changed").Sha256;
        var fewerRows = FirmDbReader.Read(connection, "SELECT * FROM firms LIMIT 99").Sha256;

        Assert.Multiple(() =>
        {
            Assert.That(firms, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(sameRowsOtherQuery, Is.EqualTo(firms));
            Assert.That(oneValueChanged, Is.Not.EqualTo(firms));
            Assert.That(fewerRows, Is.Not.EqualTo(firms));
        });
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The sample's rows <paramref name="times"/> times (several reader buffers at 20; repeated ids do not matter here).</summary>
    private string Copy(string source, int times, string name = "firms.csv")
    {
        var lines = File.ReadAllLines(source, Encoding.UTF8);
        var path = Path.Combine(Folder, name);
        File.WriteAllLines(path, [lines[0], .. Enumerable.Repeat(lines.Skip(1), times).SelectMany(l => l)]);
        return path;
    }

    /// <summary>An <see cref="IProgress{T}"/> that runs on the reporting thread (<see cref="Progress{T}"/> posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
