using System.Text;
using EnterpriseScoring.Cli;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// A measure the profile reads that the input lacks entirely is an error (exit 3) naming the column, what needs it and
/// the closest headers found, in <c>score</c>, <c>validate --profile</c> and <c>explain</c> alike; a caller accepts a missing
/// measure explicitly (<c>--accept-missing</c> or the profile's <c>accept_missing_measures</c>) and is told the policy
/// that then applies.
/// </summary>
public class MissingMeasureCliTests : TempFolderTest
{
    private const string Zhejiang = "zhejiang-six-indicators";

    /// <summary>The sample city with one header renamed (the data unchanged).</summary>
    private string SampleCityWithHeader(string from, string to)
    {
        var text = File.ReadAllText(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8).TrimStart('\uFEFF');
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var header = text[..newline].Split(',');
        Assert.That(header, Does.Contain(from));
        header[Array.IndexOf(header, from)] = to;
        var path = Path.Combine(Folder, $"{to}.csv");
        File.WriteAllText(path, string.Join(",", header) + text[newline..], new UTF8Encoding(true));
        return path;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static List<string> Errors(string stderr) => [.. CliRunner.Lines(stderr).Where(l => l.StartsWith("escore: error:", StringComparison.Ordinal))];

    private static List<string> Warnings(string stderr, string containing) =>
        [.. CliRunner.Lines(stderr).Where(l => l.StartsWith("escore: warning:", StringComparison.Ordinal) && l.Contains(containing, StringComparison.Ordinal))];

    [Test]
    public void Score_TaxRenamedTaxx_Exit3_OneMessageNamingTheColumnWhatNeedsItAndTheSuggestion()
    {
        var input = SampleCityWithHeader("tax", "taxx");
        var output = Path.Combine(Folder, "out");

        var (code, stdout, stderr) = CliRunner.Run("score", "--profile", Zhejiang, "--input", input, "--out", output);

        var errors = Errors(stderr);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(errors, Has.Count.EqualTo(1), stderr);
            Assert.That(errors[0], Does.Contain("tax (实缴税金"));
            Assert.That(errors[0], Does.Contain("indicator tax_per_mu (亩均税收)").And.Contain("indicator tax_per_electricity"));
            Assert.That(errors[0], Does.Contain("did you mean 'tax' for 'taxx'?"));
            Assert.That(errors[0], Does.Contain("--accept-missing tax").And.Contain("accept_missing_measures"));
            Assert.That(Directory.Exists(output), Is.False, "nothing is published");
            Assert.That(stdout, Is.Empty);
        });
    }

    [Test]
    public void ValidateAndScore_LandAreaRenamedLandAera_Exit3_TheSameMessage()
    {
        var input = SampleCityWithHeader("land_area", "land_aera");

        var validate = CliRunner.Run("validate", "--profile", Zhejiang, "--input", input);
        var score = CliRunner.Run("score", "--profile", Zhejiang, "--input", input, "--out", Path.Combine(Folder, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(validate.Code, Is.EqualTo(ExitCodes.InputOrUsageError), validate.Stderr);
            Assert.That(score.Code, Is.EqualTo(ExitCodes.InputOrUsageError), score.Stderr);
            Assert.That(Errors(validate.Stderr), Has.Count.EqualTo(1), validate.Stderr);
            Assert.That(Errors(validate.Stderr), Is.EqualTo(Errors(score.Stderr)), "validate --profile reports what score would");
            Assert.That(Errors(score.Stderr).Single(), Does.Contain("land_area (用地面积").And.Contain("land strategy certificate").And.Contain("did you mean 'land_area' for 'land_aera'?"));
        });
    }

    [Test]
    public void Validate_WithoutProfile_WarnsAboutAHeaderCloseToAKnownColumn()
    {
        var input = SampleCityWithHeader("tax", "taxx");

        var (code, stdout, stderr) = CliRunner.Run("validate", "--input", input);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("column 'taxx' is not a known column").And.Contain("did you mean 'tax' (实缴税金)?"));
        });
    }

    [Test]
    public void Score_AcceptMissingOption_RunsAndPrintsThePolicyForEachAcceptedMeasure()
    {
        var input = SampleCityWithHeader("tax", "taxx");
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "--profile", Zhejiang, "--input", input, "--out", output, "--accept-missing", "tax");

        var accepted = Warnings(stderr, "accepted as missing");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(accepted, Has.Count.EqualTo(1), stderr);
            Assert.That(accepted[0], Does.Contain("tax (实缴税金").And.Contain("tax_per_mu").And.Contain("zero (缺失计0分)"));
            Assert.That(File.Exists(Path.Combine(output, "results.csv")), Is.True);
            using var run = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "run.json")));
            Assert.That(run.RootElement.GetProperty("acceptedMissingMeasures").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "tax" }), "run.json records what the run assumed");
        });
    }

    [Test]
    public void ValidateAndScore_ProfileAcceptsAMissingMeasure_RunAndPrintThePolicy()
    {
        var profile = Write("no-emissions.json", """
            { "extends": "zhejiang-six-indicators", "name": "no-emissions", "accept_missing_measures": ["cod", "ammonia_nitrogen", "so2", "nox"] }
            """);
        var (header, rows) = TestInputs.SampleCity();
        string[] emissions = ["cod", "ammonia_nitrogen", "so2", "nox"];
        var keep = Enumerable.Range(0, header.Length).Where(i => !emissions.Contains(header[i])).ToArray();
        var input = Path.Combine(Folder, "no-emissions.csv");
        File.WriteAllLines(input, [string.Join(",", keep.Select(i => header[i])), .. rows.Select(r => string.Join(",", keep.Select(i => r[i])))], new UTF8Encoding(false));

        var validate = CliRunner.Run("validate", "--profile", profile, "--input", input);
        var score = CliRunner.Run("score", "--profile", profile, "--input", input, "--out", Path.Combine(Folder, "out"));
        var strict = CliRunner.Run("validate", "--profile", Zhejiang, "--input", input);

        Assert.Multiple(() =>
        {
            Assert.That(validate.Code, Is.EqualTo(ExitCodes.Success), validate.Stderr);
            Assert.That(score.Code, Is.EqualTo(ExitCodes.Success), score.Stderr);
            foreach (var stderr in new[] { validate.Stderr, score.Stderr })
            {
                var accepted = Warnings(stderr, "accepted as missing");
                Assert.That(accepted, Has.Count.EqualTo(4), stderr);
                Assert.That(accepted, Has.Some.Contains("cod (化学需氧量").And.Some.Contains("value_added_per_emission").And.Some.Contains("fixed score 10"));
            }

            Assert.That(strict.Code, Is.EqualTo(ExitCodes.InputOrUsageError), "without the acceptance the same input is an error");
            Assert.That(Errors(strict.Stderr).Single(), Does.Contain("cod").And.Contain("ammonia_nitrogen").And.Contain("so2").And.Contain("nox"));
        });
    }

    [Test]
    public void Score_ChineseHeaderTypo_SuggestsTheKnownHeader()
    {
        var text = File.ReadAllText(TestPaths.Seeds("data", "hand-checkable.csv"), Encoding.UTF8).Replace("实缴税金(万元)", "实缴税全(万元)", StringComparison.Ordinal);
        var input = Write("typo.csv", text);

        var (code, _, stderr) = CliRunner.Run("score", "--profile", TestPaths.Seeds("data", "hand-checkable.profile.json"), "--input", input, "--out", Path.Combine(Folder, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(Errors(stderr).Single(), Does.Contain("did you mean 'tax' for '实缴税全(万元)'?"));
        });
    }

    [Test]
    public void Score_ColumnPresentButEveryCellBlank_IsNotMissing()
    {
        var input = Write("blank.csv", $"id,size_class,land_area,tax,value_added,employees\n{Uscc(1)},above,10,,100,5\n{Uscc(2)},above,20,,300,9\n");

        var (code, _, stderr) = CliRunner.Run("score", "--profile", TestPaths.Seeds("data", "hand-checkable.profile.json"), "--input", input, "--out", Path.Combine(Folder, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(Errors(stderr), Is.Empty);
        });
    }

    [Test]
    public void Explain_MissingMeasure_Exit3()
    {
        var input = SampleCityWithHeader("tax", "taxx");
        var id = TestInputs.SampleCity().Rows[0][0];

        var (code, _, stderr) = CliRunner.Run("explain", "--profile", Zhejiang, "--input", input, "--id", id);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(Errors(stderr).Single(), Does.Contain("did you mean 'tax' for 'taxx'?"));
        });
    }

    [Test]
    public void AcceptMissing_NotAMeasureId_IsAUsageError()
    {
        var input = SampleCityWithHeader("tax", "taxx");

        var (code, _, stderr) = CliRunner.Run("validate", "--profile", Zhejiang, "--input", input, "--accept-missing", "tax,Not A Measure");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr, Does.Contain("--accept-missing").And.Contain("'Not A Measure'"));
        });
    }

    [Test]
    public void AcceptMissing_AMeasureTheProfileDoesNotRead_IsAWarning()
    {
        var (code, _, stderr) = CliRunner.Run("validate", "--profile", Zhejiang, "--input", TestPaths.Seeds("data", "sample-city.csv"), "--accept-missing", "building_area");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(Warnings(stderr, "building_area"), Has.Count.EqualTo(1).And.Some.Contains("does not read"), stderr);
        });
    }

    [Test]
    public void Score_CustomMeasureOfAnAdjustment_IsReadAsAMeasure_ABadCellRejectsTheRowNotTheColumn()
    {
        // Before, only indicator and condition measures reached the reader: a custom measure read by an adjustment was an
        // ordinary unknown column, ignored as a whole for one bad cell — and every firm silently lost its deduction.
        var profile = Write("violations.json", """
            { "name": "violations", "evaluation_year": 2025, "custom_measures": ["violation_count"],
              "pools": [ { "id": "all",
                "indicators": [ { "id": "tax_per_mu", "weight": 100, "benchmark": { "type": "fixed", "value": 1 } } ],
                "adjustments": { "rules": [ { "type": "per_unit", "id": "violations", "measure": "violation_count",
                  "first_unit_points": -5, "additional_unit_points": -5 } ] } } ] }
            """);
        var input = Write("v.csv", $"id,land_area,tax,violation_count\n{Uscc(1)},10,5,2\n{Uscc(2)},10,5,abc\n{Uscc(3)},10,5,0\n");
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "--max-rejects", "100%", "--rejects-exit-code", "1", "--profile", profile, "--input", input, "--out", output);

        var results = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
            Assert.That(File.ReadAllText(Path.Combine(output, "rejects.csv")), Does.Contain("violation_count,abc,not a number"));
            Assert.That(results.Single(l => l.StartsWith(Uscc(1), StringComparison.Ordinal)), Does.Contain(",rated,40,"), "tax_per_mu scores 50, then 2 violations: −5 − 5");
        });
    }
}
