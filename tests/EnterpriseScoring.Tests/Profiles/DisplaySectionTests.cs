using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>A profile's <c>display</c> section: loading, defaults, problems, writing back, and what it does to the outputs.</summary>
public class DisplaySectionTests
{
    /// <summary>丽水's lists truncate the total (73.7156 → 73.71); scores half even to 1 place; figures as published elsewhere.</summary>
    internal const string Lishui = """
        {
          "name": "lishui-display", "evaluation_year": 2025,
          "pools": [{ "id": "all", "indicators": [{ "id": "tax_per_mu", "weight": 100, "benchmark": { "type": "fixed", "value": 100 } }] }],
          "display": {
            "scores": { "decimals": 1, "rounding": "half_even" },
            "totals": { "decimals": 2, "rounding": "truncate" }
          }
        }
        """;

    [Test]
    public void Section_Loads_PartsNotGivenAreTwoPlacesHalfUp()
    {
        var profile = ProfileLoader.Parse(Lishui);
        Assert.That(profile.Display.Totals, Is.EqualTo(new DisplayPrecision(2, SummaryRounding.Truncate)));
        Assert.That(profile.Display.Scores, Is.EqualTo(new DisplayPrecision(1, SummaryRounding.HalfEven)));
        Assert.That(profile.Display.Figures, Is.EqualTo(DisplayPrecision.Default));
        Assert.That(profile.Display.Totals.Format(73.7156), Is.EqualTo("73.71"));
    }

    [Test]
    public void NoSection_IsTheDefault_AndIsNotWritten()
    {
        var profile = ProfileLoader.Load("zhejiang-six-indicators");
        Assert.That(profile.Display, Is.SameAs(DisplayFormat.Default));
        Assert.That(ProfileWriter.ToJson(profile), Does.Not.Contain("\"display\""));
    }

    [Test]
    public void Section_RoundTripsThroughTheWriter()
    {
        var profile = ProfileLoader.Parse(Lishui);
        var json = ProfileWriter.ToJson(profile);
        Assert.That(json, Does.Contain("\"rounding\": \"truncate\"").And.Contain("\"rounding\": \"half_even\"").And.Not.Contain("\"figures\""));
        Assert.That(ProfileLoader.Parse(json).Display, Is.EqualTo(profile.Display));
        var none = profile with { Display = DisplayFormat.Default with { Figures = new DisplayPrecision(3, SummaryRounding.None) } };
        Assert.That(ProfileLoader.Parse(ProfileWriter.ToJson(none)).Display, Is.EqualTo(none.Display));
    }

    [Test]
    public void BadSection_IsOneProfileExceptionWithEveryPath()
    {
        var json = Lishui.Replace("\"decimals\": 1", "\"decimals\": 11", StringComparison.Ordinal).Replace("\"truncate\"", "\"floor\"", StringComparison.Ordinal);
        var e = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(json))!;
        Assert.That(e.Message, Does.Contain("$.display.scores.decimals"));
        Assert.That(e.Message, Does.Contain("$.display.totals.rounding"));
    }

    [Test]
    public void Lishui_TruncatedTotalInTheDisplayColumns_FullPrecisionInTheStandardOnes()
    {
        var profile = ProfileLoader.Parse(Lishui);
        // tax 73.7156 on 1 亩 against a fixed benchmark of 100 at weight 100: total 73.7156 (and 12.345 for the second firm).
        var table = FirmTable.FromFirms(
        [
            new Firm { Id = "a", Name = "丽水甲", SizeClass = SizeClass.AboveDesignatedSize, Measures = new Dictionary<string, double> { ["tax"] = 73.7156, ["land_area"] = 1 } },
            new Firm { Id = "b", Name = "丽水乙", SizeClass = SizeClass.AboveDesignatedSize, Measures = new Dictionary<string, double> { ["tax"] = 24.69, ["land_area"] = 2 } },
        ]);
        var evaluation = new Evaluator(profile).Evaluate(table);
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream, new ResultsCsvWriterOptions { DisplayColumns = true });
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.That(header[^2..], Is.EqualTo(new[] { "score_display", "tax_per_mu.score_display" }));
        var a = lines.Single(l => l.StartsWith("a,", StringComparison.Ordinal)).Split(',');
        var b = lines.Single(l => l.StartsWith("b,", StringComparison.Ordinal)).Split(',');
        Assert.That(double.Parse(a[Array.IndexOf(header, "score")], CultureInfo.InvariantCulture), Is.EqualTo(73.7156).Within(1e-12), "results.csv keeps full precision");
        Assert.That(a[^2..], Is.EqualTo(new[] { "73.71", "73.7" }));
        Assert.That(b[^2..], Is.EqualTo(new[] { "12.34", "12.3" }), "12.345: truncated total, half-even score (12.345 → 12.3 at 1 place)");

        using var plain = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, plain);
        Assert.That(System.Text.Encoding.UTF8.GetString(plain.ToArray()), Does.Not.Contain("_display"), "no display columns unless asked");
    }
}
