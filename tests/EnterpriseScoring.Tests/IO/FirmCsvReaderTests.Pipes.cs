using System.Diagnostics;
using System.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary>Reading from a path that cannot seek (a named pipe, <c>&lt;(zcat …)</c>): one pass, no line-counting pre-pass.</summary>
public class FirmCsvReaderPipeTests
{
    [Test]
    public void Read_WithProgress_ReportsBytesReadUpToTheFileLength_AndReadsTheSameTable()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.Copy(TestPaths.Seeds("data", "sample-city.csv"), path, overwrite: true);
            var reports = new List<long>();

            var withProgress = FirmCsvReader.Read(path, null, new Reports(reports));
            var plain = FirmCsvReader.Read(path);

            Assert.That(reports, Is.Not.Empty.And.Ordered);
            Assert.That(reports[^1], Is.EqualTo(new FileInfo(path).Length));
            Assert.That(withProgress.Table.Ids, Is.EqualTo(plain.Table.Ids));
            Assert.That(withProgress.Rejections, Has.Count.EqualTo(plain.Rejections.Count));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_FromANamedPipe_ReadsEveryRow()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes via mkfifo");
        var dir = Directory.CreateTempSubdirectory("escore-fifo-");
        try
        {
            var fifo = Path.Combine(dir.FullName, "firms.csv");
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
            {
                mkfifo.WaitForExit();
                Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
            }

            var writer = Task.Run(() => File.WriteAllText(fifo, "id,land_area,tax\nA,10,1\nB,5,2\n", Encoding.UTF8));
            var reports = new List<long>();
            var read = FirmCsvReader.Read(fifo, new FirmCsvReaderOptions { LenientIds = true }, new Reports(reports));
            writer.Wait(TimeSpan.FromSeconds(10));

            Assert.That(read.Table.Count, Is.EqualTo(2));
            Assert.That(read.Table.Ids, Is.EqualTo(new[] { "A", "B" }));
            Assert.That(reports, Is.Not.Empty.And.Ordered);
            Assert.That(reports[^1], Is.EqualTo(Encoding.UTF8.GetByteCount("id,land_area,tax\nA,10,1\nB,5,2\n") + 3), "every byte, BOM included");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private sealed class Reports(List<long> values) : IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }
}
