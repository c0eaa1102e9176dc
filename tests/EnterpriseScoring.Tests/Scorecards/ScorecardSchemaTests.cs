using System.Text.Json.Nodes;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>docs/scorecard.schema.json: generated from the scorecard loader's tables, committed, and accepting the built-in scorecards.</summary>
public class ScorecardSchemaTests
{
    [Test]
    public void CommittedSchema_MatchesTheLoader()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "scorecard.schema.json");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            ScorecardSchema.WriteTo(path);
            Assert.Pass("docs/scorecard.schema.json regenerated");
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.That(committed, Is.EqualTo(ScorecardSchema.Generate()),
            "docs/scorecard.schema.json is out of date. Regenerate it: UPDATE_SCHEMA=1 dotnet test tests/EnterpriseScoring.Tests --filter FullyQualifiedName~ScorecardSchemaTests (or call ScorecardSchema.WriteTo(path)).");
    }

    [Test]
    public void Schema_ListsEveryKeyOfTheBuiltInScorecards_AndRejectsOthers()
    {
        var schema = JsonNode.Parse(ScorecardSchema.Generate())!.AsObject();
        Assert.That((string?)schema["$schema"], Does.Contain("2020-12"));
        var rootKeys = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var indicatorKeys = schema["$defs"]!["indicator"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var targetKeys = schema["$defs"]!["target"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(rootKeys, Does.Contain("extends"));
            Assert.That((bool?)schema["additionalProperties"], Is.False);
            Assert.That(schema["required"]!.AsArray().Select(n => (string?)n), Is.EquivalentTo(new[] { "kind", "id", "year", "firm_profile", "indicators" }));
            Assert.That(schema["$defs"]!["method"]!["oneOf"]![0]!["enum"]!.AsArray().Select(n => (string?)n), Does.Contain("efficacy_coefficient"));
            foreach (var name in ScorecardCatalog.Names)
            {
                ScorecardCatalog.TryGetJson(name, out var json);
                var card = JsonNode.Parse(json!)!.AsObject();
                Assert.That(card.Select(p => p.Key), Is.SubsetOf(rootKeys), name);
                foreach (var indicator in card["indicators"]!.AsArray())
                {
                    Assert.That(indicator!.AsObject().Select(p => p.Key), Is.SubsetOf(indicatorKeys), name);
                    foreach (var target in indicator["targets"]?.AsArray() ?? [])
                    {
                        Assert.That(target!.AsObject().Select(p => p.Key), Is.SubsetOf(targetKeys), name);
                    }
                }
            }
        });
    }
}
