#:project ../../src/EnterpriseScoring/EnterpriseScoring.csproj
// Run from the repository root: dotnet run docs/samples/analyst.cs
// The analyst's common tasks in a script (docs/analysts.md): load, evaluate, look, change weights, compare, export.
using EnterpriseScoring;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;
using EnterpriseScoring.Results;
using EnterpriseScoring.Weighting;

// Load a county export and a built-in profile.
var firms = FirmCsvReader.Read("seeds/data/sample-city.csv").Table;
var profile = ProfileCatalog.Get("zhejiang-six-indicators");

// Evaluate and look: tiers and 亩均 figures per pool, weights and benchmarks, the first 10 firms.
var evaluation = new Evaluator(profile).Evaluate(firms);
Console.WriteLine(evaluation.ToTextSummary(maxFirms: 10));

// One firm's whole computation, and the D list as Markdown.
var weakest = evaluation.Results.Where(r => r.Tier == Tier.D).OrderBy(r => r.Total).First();
Console.WriteLine(weakest.Explain());
Console.WriteLine(evaluation.Results.Where(r => r.Tier == Tier.D).ToMarkdown(maxFirms: 5));

// Change weights in one expression: entropy weights and quota bands 10/70/15/5 in the 规上 pool.
var variant = profile
    .WithWeighting("above_size", KnownWeightingMethods.Entropy)
    .WithBands("above_size", 10, 70, 15, 5);
var entropy = new Evaluator(variant with { Name = "zhejiang-entropy" }).Evaluate(firms);
Console.WriteLine(entropy.Pools.Single(p => p.Id == "above_size").Weighting);

// Compare: who moves between tiers, and how far the rankings agree.
Console.WriteLine(MigrationMatrix.Between(PriorResults.FromEvaluation(evaluation), entropy));
Console.WriteLine(MethodComparison.Of([evaluation, entropy]).ToMarkdown());

// Export: results.csv's rows as plain objects, and the whole evaluation as JSON (into a temporary folder).
var flat = entropy.ToFlatResults();
var dList = flat.Where(r => r.Tier == "D").OrderBy(r => r.Score).ToList();
Console.WriteLine($"{dList.Count} firms in D under entropy weights; lowest {dList[0].Id} {dList[0].Name}, 亩均税收 {dList[0].Indicator("tax_per_mu")?.Value:0.##} 万元/亩");
var json = Path.Combine(Path.GetTempPath(), $"evaluation-{Environment.ProcessId}.json");
EvaluationJson.Write(entropy, json, indented: true);
Console.WriteLine($"evaluation.json: {new FileInfo(json).Length:N0} bytes");
File.Delete(json);
