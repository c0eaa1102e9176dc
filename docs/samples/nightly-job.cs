#:project ../../src/EnterpriseScoring/EnterpriseScoring.csproj
#:project ../../src/EnterpriseScoring.Excel/EnterpriseScoring.Excel.csproj
#:project ../../src/EnterpriseScoring.Extensions.DependencyInjection/EnterpriseScoring.Extensions.DependencyInjection.csproj
#:package Microsoft.Extensions.DependencyInjection@11.0.0
#:property ManagePackageVersionsCentrally=false
// Run from the repository root: dotnet run docs/samples/nightly-job.cs
// A nightly job as a host application wires it (docs/embedding.md): the profiles come from a folder through the
// dependency-injection package (a county's profile that extends a built-in one), the firms from a CSV or xlsx export
// (the Excel package picks the reader by extension), and the workbook officials publish from is written with
// results.xlsx's layout. CI runs it against the packed packages too.
using EnterpriseScoring;
using EnterpriseScoring.Excel;
using EnterpriseScoring.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

// The county's profiles: a folder of NAME.json files; this one changes a built-in profile's name and jurisdiction only.
var profiles = Directory.CreateTempSubdirectory("escore-profiles-").FullName;
File.WriteAllText(Path.Combine(profiles, "county-2025.json"), """
    { "extends": "zhejiang-six-indicators", "name": "county-2025", "jurisdiction": "示例县" }
    """);

var services = new ServiceCollection()
    .AddEnterpriseScoring(options => options.ProfileDirectories.Add(profiles))
    .BuildServiceProvider();
var cache = services.GetRequiredService<EvaluatorCache>();
var catalog = services.GetRequiredService<ConfiguredProfileCatalog>();
Console.WriteLine($"profiles offered: {catalog.Names.Count} (county-2025 among them: {catalog.Contains("county-2025")})");

// Read the export (CSV here; an .xlsx path reads the workbook's first sheet) and evaluate with the cached evaluator.
var read = FirmInput.Read("seeds/data/sample-city.csv");
var cached = cache.Get("county-2025");
var evaluation = cached.Evaluator.Evaluate(read.Table);
Console.WriteLine($"{read.Table.Count} firms read, {read.Rejections.Count} rejected; profile {cached.ProfileName} sha256 {cached.ProfileSha256[..12]}…");
Console.WriteLine($"the same evaluator for the next request: {ReferenceEquals(cache.Get("county-2025"), cached)}");
foreach (var tier in new[] { Tier.A, Tier.B, Tier.C, Tier.D })
{
    Console.WriteLine($"  {tier}: {evaluation.Results.Count(r => r.Tier == tier)}");
}

// The workbook, written and its sheets listed.
var workbook = Path.Combine(profiles, "results.xlsx");
ResultsXlsxWriter.Write(evaluation, workbook);
Console.WriteLine($"results.xlsx: {new FileInfo(workbook).Length:N0} bytes, sheets: {string.Join(", ", FirmXlsxReader.GetSheetNames(workbook))}");
Directory.Delete(profiles, recursive: true);
