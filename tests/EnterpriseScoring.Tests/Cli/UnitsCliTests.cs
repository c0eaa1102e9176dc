using System.Globalization;
using System.Text;
using EnterpriseScoring.Cli;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>The profile's units and measures reach the reader: <c>currency_unit</c>, <c>area_unit</c>, <c>custom_measures</c>.</summary>
public class UnitsCliTests : TempFolderTest
{
    private string File(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A profile reading tax, land and the custom measure export_value, with the given units (null = default).</summary>
    private string Profile(string file, string? currency, string? area)
    {
        var units = (currency is null ? string.Empty : $"\"currency_unit\": \"{currency}\", ") + (area is null ? string.Empty : $"\"area_unit\": \"{area}\", ");
        return File(file, "{ \"name\": \"units-test\", \"evaluation_year\": 2025, " + units + """
            "custom_measures": ["export_value"],
            "pools": [ { "id": "all",
              "indicators": [
                { "id": "tax_per_mu", "weight": 60, "benchmark": { "type": "pool_mean", "mean": "ratio_of_sums" } },
                { "id": "export_share", "numerator": [{ "measure": "export_value" }], "denominator": [{ "measure": "tax" }],
                  "weight": 40, "benchmark": { "type": "fixed", "value": 1 } } ],
              "tiering": { "scheme": "quota_bands", "a": 20, "b": 40, "c": 30, "d": 10 } } ] }
            """);
    }

    /// <summary>
    /// Six firms, in 万元/亩 or in 元/㎡ (land multiples of 3 亩, so ㎡ converts back exactly); the custom measure
    /// export_value is never converted, so it is written the same either way.
    /// </summary>
    private string Firms(string file, bool yuanAndSquareMetres, bool withExport = true)
    {
        var sb = new StringBuilder(withExport ? "id,land_area,tax,export_value\n" : "id,land_area,tax\n");
        for (var i = 1; i <= 6; i++)
        {
            double mu = 3 * i, tax = 7 * i + (i % 3), export = 5 * i;
            var land = yuanAndSquareMetres ? 2000 * i : mu; // 3 亩 = 2000 ㎡
            var money = yuanAndSquareMetres ? 10000 : 1;
            sb.Append(CultureInfo.InvariantCulture, $"{Uscc(i)},{land},{tax * money}");
            sb.Append(withExport ? string.Create(CultureInfo.InvariantCulture, $",{export}\n") : "\n");
        }

        return File(file, sb.ToString());
    }

    [Test]
    public void Validate_ProfileUnits_ConvertAndAreListed()
    {
        var (code, stdout, stderr) = CliRunner.Run("validate", "--profile", Profile("p.json", "元", "㎡"), "--input", Firms("f.csv", true));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("→ land_area (measure, ㎡ → 亩 ×0.0015)"));
            Assert.That(stdout, Does.Contain("→ tax (measure, 元 → 万元 ×0.0001)"));
            Assert.That(stdout, Does.Contain("→ export_value (custom measure)"), "custom measures are not converted");
        });
    }

    [Test]
    public void Score_ProfileUnits_GiveTheSameResultsAsCanonicalInput()
    {
        var canonical = Path.Combine(Folder, "canonical");
        var converted = Path.Combine(Folder, "converted");
        var first = CliRunner.Run("score", "-q", "-p", Profile("p1.json", null, null), "-i", Firms("f1.csv", false), "-o", canonical);
        var second = CliRunner.Run("score", "-q", "-p", Profile("p2.json", "元", "㎡"), "-i", Firms("f2.csv", true), "-o", converted);
        Assert.That((first.Code, second.Code), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), first.Stderr + second.Stderr);
        Assert.That(
            System.IO.File.ReadAllText(Path.Combine(converted, "results.csv")),
            Is.EqualTo(System.IO.File.ReadAllText(Path.Combine(canonical, "results.csv"))));
    }

    [Test]
    public void Validate_BadCellInAProfileMeasure_RejectsTheRowInsteadOfDroppingTheColumn()
    {
        var input = File("f.csv", $"id,land_area,tax,export_value\n{Uscc(1)},3,7,5\n{Uscc(2)},6,8,abc\n");
        var withProfile = CliRunner.Run("validate", "--profile", Profile("p.json", null, null), "--input", input, "--max-rejects", "1", "--rejects-exit-code", "1");
        var without = CliRunner.Run("validate", "--input", input);
        Assert.Multiple(() =>
        {
            Assert.That(withProfile.Code, Is.EqualTo(ExitCodes.SuccessWithRejects), withProfile.Stderr);
            Assert.That(withProfile.Stdout, Does.Contain("→ export_value (custom measure)"));
            Assert.That(withProfile.Stdout, Does.Contain("line 3, id '" + Uscc(2) + "', column 'export_value', value 'abc': not a number"));
            Assert.That(without.Code, Is.EqualTo(ExitCodes.Success), "without a profile the column is only ignored");
            Assert.That(without.Stdout, Does.Contain("Ignored:    export_value"));
        });
    }

    [Test]
    public void ValidateAndScore_MeasureTheProfileNeedsIsMissing_Exit3_OrAWarningWhenAccepted()
    {
        var profile = Profile("p.json", null, null);
        var input = Firms("f.csv", false, withExport: false);
        var validate = CliRunner.Run("validate", "--profile", profile, "--input", input);
        var score = CliRunner.Run("score", "--profile", profile, "--input", input, "--out", Path.Combine(Folder, "out"));
        foreach (var (code, _, stderr) in new[] { validate, score })
        {
            var errors = CliRunner.Lines(stderr).Where(l => l.StartsWith("escore: error:", StringComparison.Ordinal)).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
                Assert.That(errors, Has.Count.EqualTo(1), stderr);
                Assert.That(errors.Single(), Does.Contain("export_value, needed by indicator export_share").And.Not.Contain("tax ("));
            });
        }

        var accepted = CliRunner.Run("validate", "--profile", profile, "--input", input, "--accept-missing", "export_value");
        var lines = CliRunner.Lines(accepted.Stderr).Where(l => l.Contains("accepted as missing", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(accepted.Code, Is.EqualTo(ExitCodes.Success), accepted.Stderr);
            Assert.That(lines, Has.Count.EqualTo(1), accepted.Stderr);
            Assert.That(lines.Single(), Does.Contain("export_value").And.Contain("export_share is missing for every firm"));
        });

        var complete = CliRunner.Run("validate", "--profile", profile, "--input", Firms("g.csv", false));
        Assert.That(complete.Stderr, Does.Not.Contain("accepted as missing").And.Not.Contain("error"));
    }
    /// <summary>
    /// <c>--year</c> runs a copy of the profile for another year: the copy keeps the profile's units (元, ㎡), so the
    /// results equal those of canonical input run for the same year, and run.json's profile hash is the hash of the
    /// same profile saved with that year (units and all).
    /// </summary>
    [Test]
    public void Score_WithYear_KeepsTheProfileUnitsAndHashesTheWholeProfile()
    {
        var canonical = Path.Combine(Folder, "canonical");
        var converted = Path.Combine(Folder, "converted");
        var first = CliRunner.Run("score", "-q", "-p", Profile("p1.json", null, null), "-i", Firms("f1.csv", false), "-o", canonical, "--year", "2024");
        var second = CliRunner.Run("score", "-q", "-p", Profile("p2.json", "元", "㎡"), "-i", Firms("f2.csv", true), "-o", converted, "--year", "2024");
        Assert.That((first.Code, second.Code), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), first.Stderr + second.Stderr);
        Assert.That(
            System.IO.File.ReadAllText(Path.Combine(converted, "results.csv")),
            Is.EqualTo(System.IO.File.ReadAllText(Path.Combine(canonical, "results.csv"))));

        var sameProfileFor2024 = File("p2-2024.json", System.IO.File.ReadAllText(Path.Combine(Folder, "p2.json")).Replace("\"evaluation_year\": 2025", "\"evaluation_year\": 2024", StringComparison.Ordinal));
        var validate = CliRunner.Run("profiles", "validate", sameProfileFor2024);
        using var run = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(converted, "run.json")));
        var hash = run.RootElement.GetProperty("profile").GetProperty("sha256").GetString();
        Assert.That(validate.Stdout, Does.Contain("sha256 " + hash), validate.Stdout + validate.Stderr);
    }
}
