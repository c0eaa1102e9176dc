using System.Globalization;
using System.Text;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> with a profile's <c>display</c> section, <c>--rounding</c>/<c>--decimals</c> and <c>--display-columns</c>.</summary>
public class DisplayCliTests : TempFolderTest
{
    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public void ProfileTruncatesTotals_DisplayColumnsAreTheTruncatedScores_StandardColumnsUnchanged()
    {
        var profile = Path.Combine(Folder, "lishui.json");
        File.WriteAllText(profile, """
            { "extends": "zhejiang-six-indicators", "name": "lishui-like", "evaluation_year": 2025,
              "display": { "totals": { "decimals": 2, "rounding": "truncate" }, "scores": { "decimals": 3, "rounding": "half_even" } } }
            """);
        var plain = Path.Combine(Folder, "plain");
        var shown = Path.Combine(Folder, "shown");
        Assert.That(CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", Sample, "-o", plain, "-q").Code, Is.EqualTo(ExitCodes.Success));
        var run = CliRunner.Run("score", "-p", profile, "-i", Sample, "-o", shown, "-q", "--display-columns");
        Assert.That(run.Code, Is.EqualTo(ExitCodes.Success), run.Stderr);

        var (header, rows) = Read(Path.Combine(shown, "results.csv"));
        var (plainHeader, plainRows) = Read(Path.Combine(plain, "results.csv"));
        Assert.That(header[..plainHeader.Length], Is.EqualTo(plainHeader));
        Assert.That(header[plainHeader.Length], Is.EqualTo("score_display"));
        var score = Array.IndexOf(header, "score");
        var display = Array.IndexOf(header, "score_display");
        var taxScore = Array.IndexOf(header, "tax_per_mu.score");
        var taxDisplay = Array.IndexOf(header, "tax_per_mu.score_display");
        var differs = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.That(rows[i][..plainHeader.Length], Is.EqualTo(plainRows[i]), "full precision kept");
            if (rows[i][score].Length == 0)
            {
                Assert.That(rows[i][display], Is.Empty);
                continue;
            }

            // Independently: cut the printed decimal after 2 places.
            var printed = decimal.Parse(rows[i][score], NumberStyles.Float, CultureInfo.InvariantCulture);
            var cut = decimal.Truncate(printed * 100) / 100;
            Assert.That(rows[i][display], Is.EqualTo(cut.ToString("F2", CultureInfo.InvariantCulture)), rows[i][0]);
            differs += Math.Round(printed, 2, MidpointRounding.AwayFromZero) != cut ? 1 : 0;
            var s = decimal.Parse(rows[i][taxScore], NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.That(rows[i][taxDisplay], Is.EqualTo(Math.Round(s, 3, MidpointRounding.ToEven).ToString("F3", CultureInfo.InvariantCulture)));
        }

        Assert.That(differs, Is.GreaterThan(100), "truncation differs from rounding for many firms");
    }

    [Test]
    public void RoundingOverride_ChangesSummaryFigures_DecimalsOutOfRangeIsAUsageError()
    {
        var half = Path.Combine(Folder, "half");
        var cut = Path.Combine(Folder, "cut");
        Assert.That(CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", Sample, "-o", half, "-q").Code, Is.EqualTo(ExitCodes.Success));
        var run = CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", Sample, "-o", cut, "-q", "--rounding", "truncate", "--decimals", "1");
        Assert.That(run.Code, Is.EqualTo(ExitCodes.Success), run.Stderr);
        var (header, halfRows) = Read(Path.Combine(half, "summary.csv"));
        var (_, cutRows) = Read(Path.Combine(cut, "summary.csv"));
        var tax = Array.IndexOf(header, "tax_per_mu");
        var compared = 0;
        for (var i = 0; i < halfRows.Count; i++)
        {
            if (halfRows[i][tax].Length == 0)
            {
                continue;
            }

            var h = decimal.Parse(halfRows[i][tax], CultureInfo.InvariantCulture);
            var c = decimal.Parse(cutRows[i][tax], CultureInfo.InvariantCulture);
            Assert.That(c * 10, Is.EqualTo(decimal.Truncate(c * 10)), "one place");
            Assert.That(Math.Abs(c), Is.LessThanOrEqualTo(Math.Abs(h) + 0.005m).And.GreaterThan(Math.Abs(h) - 0.11m));
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(10));
        Assert.That(File.ReadAllText(Path.Combine(cut, "results.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(half, "results.csv"))), "results.csv keeps full precision");

        var bad = CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", Sample, "-o", Path.Combine(Folder, "bad"), "--decimals", "11");
        Assert.That(bad.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
        Assert.That(bad.Stderr, Does.Contain("--decimals"));
        var mode = CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", Sample, "-o", Path.Combine(Folder, "bad"), "--rounding", "floor");
        Assert.That(mode.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
    }

    private static (string[] Header, List<string[]> Rows) Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        return ([.. TestInputs.CsvFields(lines[0])], [.. lines.Skip(1).Select(l => TestInputs.CsvFields(l).ToArray())]);
    }
}
