using EnterpriseScoring.IO;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Samples;

/// <summary>The committed seeds/data/sample-city.csv is exactly what the documented command produces.</summary>
public class SeedSampleTests
{
    [Test]
    public void SampleCityCsv_MatchesTheGenerator()
    {
        var path = TestPaths.Seeds("data", "sample-city.csv");
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 2000, Seed = 20251231, EvaluationYear = 2025, MissingLandRate = SyntheticCityOptions.LegacyMissingLandRate });
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(table, stream);

        var expected = System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n");
        var actual = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path)).ReplaceLineEndings("\n");

        Assert.That(actual, Is.EqualTo(expected), "regenerate with the command in seeds/data/README.md");
    }
}
