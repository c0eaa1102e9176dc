using System.Text;
using System.Text.Json;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;
using EnterpriseScoring.Results;

namespace EnterpriseScoring.Tests.Results;

/// <summary>The evaluation as JSON (<see cref="EvaluationJson"/>, <see cref="ResultsJsonContext"/>): the documented shape, source generated, read back as written.</summary>
public class EvaluationJsonTests
{
    /// <summary>The keys docs/results-format.md documents, in order.</summary>
    private static readonly string[] DocumentKeys = ["format", "profile", "summary", "pools", "groups", "indicatorIds", "firms"];

    private static readonly string[] GroupKeys =
    [
        "group", "firms", "rated", "statusCounts", "tierCounts", "noTier", "taxPerMu", "valueAddedPerMu", "revenuePerMu", "land", "dLand", "dLandShare",
    ];

    private static readonly string[] FirmKeys =
    [
        "id", "name", "region", "platform", "industry", "sizeClass", "pool", "status", "score", "rank", "poolSize", "percentile",
        "tier", "tierLabel", "tierReason", "indicators", "bonus", "deduction", "year", "statusReason", "sharedParcel",
    ];

    [Test]
    public void ToJson_DocumentedShape_EveryKeyPresent_CodesAsText()
    {
        var evaluation = FlatFixture.Evaluate();
        using var json = JsonDocument.Parse(EvaluationJson.ToJson(evaluation, indented: true));
        var root = json.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(DocumentKeys));
        Assert.That(root.GetProperty("format").GetString(), Is.EqualTo(EvaluationJson.FormatName));
        var profile = root.GetProperty("profile");
        Assert.That(profile.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "name", "jurisdiction", "evaluationYear", "sha256" }));
        Assert.That(profile.GetProperty("name").GetString(), Is.EqualTo(evaluation.Profile.Name));
        Assert.That(profile.GetProperty("sha256").GetString(), Is.EqualTo(ProfileWriter.Sha256(evaluation.Profile)).And.Match("^[0-9a-f]{64}$"));
        Assert.That(root.GetProperty("pools").EnumerateArray().Select(p => p.GetProperty("id").GetString()), Is.EqualTo(evaluation.Pools.Select(p => p.Id)));
        var summary = root.GetProperty("summary");
        Assert.That(summary.GetProperty("firms").GetInt32(), Is.EqualTo(evaluation.Table.Count));
        Assert.That(summary.GetProperty("statusCounts").EnumerateObject().Select(p => p.Name), Is.EqualTo(Enum.GetValues<FirmStatus>().Select(ResultsCsvFormat.StatusCode)));
        Assert.That(summary.GetProperty("tierCounts").EnumerateObject().Sum(p => p.Value.GetInt32()), Is.EqualTo(evaluation.TierCounts.Values.Sum()));

        var firms = root.GetProperty("firms").EnumerateArray().ToList();
        Assert.That(firms, Has.Count.EqualTo(evaluation.Table.Count));
        var flat = evaluation.ToFlatResults();
        for (var i = 0; i < firms.Count; i++)
        {
            Assert.That(firms[i].EnumerateObject().Select(p => p.Name), Is.EqualTo(FirmKeys), "every key, null or not");
            Assert.That(firms[i].GetProperty("id").GetString(), Is.EqualTo(evaluation.Table.Ids[i]), "table order");
            Assert.That(firms[i].GetProperty("status").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(firms[i].GetProperty("indicators").EnumerateArray().Select(e => e.GetProperty("indicatorId").GetString()), Is.EqualTo(flat.IndicatorIds));
        }

        Assert.That(EvaluationJson.ToJson(evaluation), Does.Contain(FlatFixture.FormulaName.Replace("\"", "\\\"", StringComparison.Ordinal)).And.Contain("嘉兴乙"), "text as it is, Chinese unescaped");
    }

    [Test]
    public void Document_ReadBackWithTheContext_EqualsTheFlatRows_NumbersBitForBit()
    {
        var evaluation = FlatFixture.Evaluate();
        var document = JsonSerializer.Deserialize(EvaluationJson.ToJson(evaluation), ResultsJsonContext.Default.EvaluationDocument)!;
        var flat = evaluation.ToFlatResults();
        Assert.That(document.Firms, Is.EqualTo(flat), "record equality: doubles compare bit for bit");
        Assert.That(document.IndicatorIds, Is.EqualTo(flat.IndicatorIds));
        Assert.That(document.Summary.Rated, Is.EqualTo(evaluation.StatusCounts[FirmStatus.Rated]));
        var first = EvaluationJson.ToJson(evaluation);
        Assert.That(EvaluationJson.ToJson(FlatFixture.Evaluate()), Is.EqualTo(first), "deterministic");
    }

    [Test]
    public void PlainJsonSerializer_Evaluation_WritesTheDocument_FirmResult_WritesItsFlatRow()
    {
        var evaluation = FlatFixture.Evaluate();
        var plain = JsonSerializer.Serialize(evaluation); // reflection, default options: no longer throws on LandArea (a span)
        var document = JsonSerializer.Deserialize(plain, ResultsJsonContext.Default.EvaluationDocument)!;
        Assert.That(document.Firms, Is.EqualTo(evaluation.ToFlatResults()));
        Assert.That(document.Format, Is.EqualTo(EvaluationJson.FormatName));

        var result = evaluation.Results[1];
        var single = JsonSerializer.Serialize(result);
        using var parsed = JsonDocument.Parse(single);
        Assert.That(parsed.RootElement.GetProperty("status").GetString(), Is.EqualTo(ResultsCsvFormat.StatusCode(result.Status)), "enums as text");
        Assert.That(JsonSerializer.Deserialize(single, ResultsJsonContext.Default.FlatResult), Is.EqualTo(result.ToFlat()));
        Assert.That(JsonSerializer.Serialize(evaluation.Results.ToList()), Does.StartWith("[{\"id\":"));
        Assert.That(() => JsonSerializer.Deserialize<Evaluation>(plain), Throws.TypeOf<NotSupportedException>().With.Message.Contains("EvaluationDocument"));
    }

    [Test]
    public void Groups_AreTheGroupSummaries_ByPoolRegionPlatformIndustry_EveryKeyPresent()
    {
        var evaluation = FlatFixture.Evaluate();
        using var json = JsonDocument.Parse(EvaluationJson.ToJson(evaluation));
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToList();

        Assert.That(groups.Select(g => g.GetProperty("by").GetString()), Is.EqualTo(new[] { "pool", "region", "platform", "industry" }));
        foreach (var (g, key) in groups.Zip(new[] { GroupKey.Pool, GroupKey.Region, GroupKey.Platform, GroupKey.Industry }))
        {
            var summary = GroupSummary.By(evaluation, key);
            Assert.That(g.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "by", "rows", "total" }));
            var rows = g.GetProperty("rows").EnumerateArray().ToList();
            Assert.That(rows.Select(r => r.GetProperty("group").GetString()), Is.EqualTo(summary.Rows.Select(r => r.Group)));
            foreach (var (row, expected) in rows.Append(g.GetProperty("total")).Zip(summary.Rows.Append(summary.Total)))
            {
                Assert.That(row.EnumerateObject().Select(p => p.Name), Is.EqualTo(GroupKeys), "every key, null or not");
                Assert.That(row.GetProperty("firms").GetInt32(), Is.EqualTo(expected.Firms));
                Assert.That(row.GetProperty("rated").GetInt32(), Is.EqualTo(expected.StatusCounts[FirmStatus.Rated]));
                Assert.That(row.GetProperty("noTier").GetInt32(), Is.EqualTo(expected.Untiered));
                Assert.That(row.GetProperty("tierCounts").EnumerateObject().Select(p => p.Name), Is.EqualTo(evaluation.Profile.Tiers.AllTiers.Select(t => evaluation.Profile.Tiers.CodeOf(t))));
                Assert.That(row.GetProperty("tierCounts").EnumerateObject().Sum(p => p.Value.GetInt32()), Is.EqualTo(expected.Firms - expected.Untiered));
                var tax = row.GetProperty("taxPerMu");
                Assert.That(tax.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "numerator", "denominator", "firms", "exact", "value" }));
                Assert.That(tax.GetProperty("numerator").GetDouble(), Is.EqualTo(expected.TaxPerMu.Numerator), "the sums, bit for bit");
                Assert.That(row.GetProperty("land").GetDouble(), Is.EqualTo(expected.Land));
            }
        }

        Assert.That(groups[0].GetProperty("total").GetProperty("group").GetString(), Is.EqualTo(EvaluationJson.TotalGroup));
        Assert.That(groups[0].GetProperty("total").GetProperty("firms").GetInt32(), Is.EqualTo(evaluation.Table.Count));
    }

    [Test]
    public void Groups_ReadBackWithTheContext_AsWritten()
    {
        var evaluation = FlatFixture.Evaluate();
        var document = JsonSerializer.Deserialize(EvaluationJson.ToJson(evaluation), ResultsJsonContext.Default.EvaluationDocument)!;
        var written = EvaluationJson.ToDocument(evaluation);

        Assert.That(document.Groups.Select(g => (g.By, g.Rows.Count)), Is.EqualTo(written.Groups.Select(g => (g.By, g.Rows.Count))));
        Assert.That(document.Groups.SelectMany(g => g.Rows.Append(g.Total)).Select(r => (r.Group, r.Firms, r.Rated, r.NoTier, r.TaxPerMu, r.ValueAddedPerMu, r.RevenuePerMu, r.Land, r.DLand, r.DLandShare)),
            Is.EqualTo(written.Groups.SelectMany(g => g.Rows.Append(g.Total)).Select(r => (r.Group, r.Firms, r.Rated, r.NoTier, r.TaxPerMu, r.ValueAddedPerMu, r.RevenuePerMu, r.Land, r.DLand, r.DLandShare))));
        Assert.That(document.Groups.SelectMany(g => g.Rows.Append(g.Total)).Select(r => r.TierCounts.ToList()),
            Is.EqualTo(written.Groups.SelectMany(g => g.Rows.Append(g.Total)).Select(r => r.TierCounts.ToList())));
    }

    [Test]
    public void ADocumentWithoutGroups_AnEarlierVersion_ReadsWithNone()
    {
        var evaluation = FlatFixture.Evaluate();
        var node = System.Text.Json.Nodes.JsonNode.Parse(EvaluationJson.ToJson(evaluation))!.AsObject();
        node.Remove("groups");

        var document = JsonSerializer.Deserialize(node.ToJsonString(), ResultsJsonContext.Default.EvaluationDocument)!;

        Assert.That(document.Groups, Is.Empty);
        Assert.That(document.Firms, Is.EqualTo(evaluation.ToFlatResults()));
    }

    [Test]
    public void WritePath_Atomic_SameBytesAsStream()
    {
        var evaluation = FlatFixture.Evaluate();
        var directory = Path.Combine(Path.GetTempPath(), "escore-json-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "evaluation.json");
            EvaluationJson.Write(evaluation, path, indented: true);
            using var stream = new MemoryStream();
            EvaluationJson.Write(evaluation, stream, indented: true);
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(stream.ToArray()));
            Assert.That(Directory.GetFiles(directory), Has.Length.EqualTo(1), "no temporary file left");
            Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Does.StartWith("{\n  \"format\""));
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }
}
