using System.Text;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Tests.Profiles;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore profiles validate</c> and <c>escore score</c> agree: what validation passes, scoring does not choke on.</summary>
public class ProfileRangeCliTests : TempFolderTest
{
    private string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var data in ProfileRangeTests.OutOfRange())
        {
            yield return data;
        }

        yield return new TestCaseData(ProfileRangeTests.Profile(top: "\"description\": \"bad \\ud800\","), "$.description").SetArgDisplayNames("unpaired surrogate");
    }

    [TestCaseSource(nameof(Cases))]
    public void ValidateAndScore_Agree_ExitTwoWithTheJsonPath(string json, string path)
    {
        var profile = Write("p.json", json);

        var validate = CliRunner.Run("profiles", "validate", profile);
        var score = CliRunner.Run("score", "-p", profile, "-i", Sample, "-o", Path.Combine(Folder, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(validate.Code, Is.EqualTo(ExitCodes.InvalidProfile), validate.Stderr);
            Assert.That(score.Code, Is.EqualTo(ExitCodes.InvalidProfile), score.Stderr);
            Assert.That(validate.Stderr, Does.Contain("profile " + path + ":"));
            Assert.That(score.Stderr, Does.Contain("profile " + path + ":"));
        });
    }

    [Test]
    public void Score_AbsurdDataUnderUncappedScoring_RejectsTheFirmInsteadOfFailing()
    {
        var lines = File.ReadAllLines(Sample, Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var tax = Array.IndexOf(header, "tax");
        var cells = lines[1].Split(',');
        cells[tax] = "1.7e308"; // on 1 亩: tax per mu 1.7e308, its score 100 × x / median overflows
        cells[Array.IndexOf(header, "land_area")] = "1";
        lines[1] = string.Join(',', cells);
        var input = Write("city.csv", string.Join('\n', lines) + "\n");
        var profile = Write("p.json", ProfileRangeTests.Profile("\"weight\": 100, \"benchmark\": { \"type\": \"pool_median\" }"));
        var id = cells[Array.IndexOf(header, "id")];

        var (code, _, stderr) = CliRunner.Run("score", "-q", "-p", profile, "-i", input, "-o", Path.Combine(Folder, "out"), "--rejects-exit-code", "1");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Not.EqualTo(ExitCodes.UnexpectedError).And.Not.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stderr, Does.Not.Contain("not finite"));
            var rejects = File.ReadAllText(Path.Combine(Folder, "out", "rejects.csv"));
            Assert.That(rejects, Does.Contain(id).And.Contain("out of range"));
        });
    }
}
