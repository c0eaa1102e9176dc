using System.Text;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>A stray quote in the sample city loses nothing: rows in = loaded + rejected.</summary>
public class StrayQuoteCliTests
{
    [Test]
    public void Validate_SampleCityWithAStrayQuote_Reads2000Rows()
    {
        var lines = File.ReadAllText(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8).Split('\n');
        var fields = lines[10].Split(',');
        fields[1] = "\"" + fields[1];
        lines[10] = string.Join(',', fields);
        var path = Path.Combine(Path.GetTempPath(), $"stray-quote-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false));
            var (code, stdout, stderr) = CliRunner.Run("validate", "--input", path, "--rejects-exit-code", "1");
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
                Assert.That(stdout, Does.Contain("Rows read:  2,000"));
                Assert.That(stdout, Does.Contain("Loaded:     1,999"));
                Assert.That(stdout, Does.Contain("UnbalancedQuote: 1"));
                Assert.That(stdout, Does.Contain("unterminated quote opened on line 11"));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
