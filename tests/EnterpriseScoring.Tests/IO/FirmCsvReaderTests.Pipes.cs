using System.Diagnostics;
using System.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary>Reading from a path that cannot seek (a named pipe, <c>&lt;(zcat …)</c>): one pass, no line-counting pre-pass.</summary>
public class FirmCsvReaderPipeTests
{
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
            var read = FirmCsvReader.Read(fifo, new FirmCsvReaderOptions { LenientIds = true });
            writer.Wait(TimeSpan.FromSeconds(10));

            Assert.That(read.Table.Count, Is.EqualTo(2));
            Assert.That(read.Table.Ids, Is.EqualTo(new[] { "A", "B" }));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
