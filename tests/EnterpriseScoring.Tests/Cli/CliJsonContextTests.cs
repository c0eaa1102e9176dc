using System.Text.Json;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>The tool's JSON goes through the source-generated <see cref="CliJsonContext"/>, with the keys and order run.json always had.</summary>
public class CliJsonContextTests
{
    [Test]
    public void Options_ResolveThroughTheGeneratedContextOnly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CliJson.Options.TypeInfoResolverChain, Is.EqualTo(new[] { CliJsonContext.Default }));
            Assert.That(CliJson.Indented.TypeInfoResolverChain, Is.EqualTo(new[] { CliJsonContext.Default }));
        });
    }

    [Test]
    public void RunRecord_KeepsTheKeysAndOrderOfRunJson()
    {
        var run = new RunRecord(
            "escore", "1.0.0", "0.1.0", "20260101T000000Z-abcdef12", "2026-01-01T00:00:00.0000000+00:00", 2025,
            new RunProfile("linhai-2014", "linhai-2014", "浙江省临海市", 2025, "p"),
            new RunInput("xlsx", "firms.xlsx (sheet 'S')", "S", null, "i", null),
            [new RunPriorFile("prior.csv", "q", 3, [2023, 2024])],
            new RunCounts(10, 9, 8, 0, 2, 1, 1, 0, 0),
            new Dictionary<string, int> { ["R"] = 8 },
            new Dictionary<string, int> { ["A"] = 8 },
            new Dictionary<string, long> { ["profile"] = 5 },
            new Dictionary<string, long> { ["results.csv"] = 1 },
            ["results.csv"],
            [],
            ["cod"],
            "10%",
            null,
            0);
        var json = JsonSerializer.Serialize(run, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<RunRecord>)CliJson.Indented.GetTypeInfo(typeof(RunRecord)));
        using var doc = JsonDocument.Parse(json);
        string[] Keys(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];
        var root = doc.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(Keys(root), Is.EqualTo(new[]
            {
                "tool", "version", "library", "runId", "startedAt", "year", "profile", "input", "prior", "counts", "statusCounts", "tierCounts",
                "timingsMs", "writeTimingsMs", "outputs", "notes", "acceptedMissingMeasures", "maxRejects", "exitCode",
            }));
            Assert.That(Keys(root.GetProperty("profile")), Is.EqualTo(new[] { "name", "argument", "jurisdiction", "evaluationYear", "sha256" }));
            Assert.That(Keys(root.GetProperty("input")), Is.EqualTo(new[] { "kind", "source", "sheet", "sha256" }));
            Assert.That(Keys(root.GetProperty("prior")[0]), Is.EqualTo(new[] { "path", "sha256", "firms", "years" }));
            Assert.That(Keys(root.GetProperty("counts")), Is.EqualTo(new[] { "read", "loaded", "rated", "notRated", "rejected", "rejectedOnInput", "rejectedByEvaluation", "warnings", "blankRowsSkipped" }));
            Assert.That(Keys(root.GetProperty("timingsMs")), Is.EqualTo(new[] { "profile" }));
            Assert.That(json, Does.Contain("\"jurisdiction\": \"浙江省临海市\""), "readable Chinese");
        });
    }

    [Test]
    public void JsonLogLine_WritesEveryKindOfFieldTheToolLogs()
    {
        var stderr = new StringWriter();
        var log = new CliLog(stderr, LogFormat.Json, quiet: false, verbose: false, interactive: false, clock: () => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        log.Info("read 台州", ("rows", 12), ("milliseconds", 34L), ("stage", "read"), ("year", (int?)null), ("share", 0.5), ("ok", true));
        Assert.That(stderr.ToString().TrimEnd(), Is.EqualTo(
            "{\"time\":\"2026-01-02T03:04:05.000+00:00\",\"level\":\"info\",\"message\":\"read 台州\",\"rows\":12,\"milliseconds\":34,\"stage\":\"read\",\"year\":null,\"share\":0.5,\"ok\":true}"));
    }
}
