using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace EnterpriseScoring.Notebook.Tests;

/// <summary>
/// docs/notebooks/quickstart.ipynb run cell by cell in a real .NET Interactive C# kernel (in process), the library
/// referenced from this build: every cell runs, and the values render as the library's HTML tables through the
/// convention-based formatter (no notebook dependency in the library). The cells are read from the .ipynb, so the
/// notebook and this test cannot drift.
/// </summary>
[NonParallelizable]
public sealed class QuickstartNotebookTests
{
    private const string Html = "text/html";
    private const string PlainText = "text/plain";

    private readonly List<CellRun> runs = [];
    private CSharpKernel kernel = null!;

    [OneTimeSetUp]
    public async Task RunTheNotebook()
    {
        var clock = Stopwatch.StartNew();
        kernel = new CSharpKernel();
        await Submit($"#r \"{typeof(Evaluation).Assembly.Location}\"");
        foreach (var source in CodeCells(Path.Combine(RepositoryRoot(), "docs", "notebooks", "quickstart.ipynb")))
        {
            // The package directive is the notebook user's; here the library comes from this build (the #r above).
            var code = string.Join('\n', source.Split('\n').Where(line => !line.TrimStart().StartsWith("#r \"nuget:", StringComparison.Ordinal) && !line.TrimStart().StartsWith("#i \"nuget:", StringComparison.Ordinal)));
            if (code.Trim().Length > 0)
            {
                runs.Add(await Submit(code));
            }
        }

        TestContext.Progress.WriteLine($"quickstart.ipynb: {runs.Count} code cells in a C# kernel in {clock.Elapsed.TotalSeconds:0.0} s (kernel start included)");
    }

    [OneTimeTearDown]
    public void DisposeKernel() => kernel?.Dispose();

    [Test]
    public void EveryCell_Runs()
    {
        Assert.That(runs, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var run in runs)
            {
                Assert.That(run.Failure, Is.Null, "cell:\n" + run.Code);
            }
        });
    }

    [Test]
    public async Task Evaluation_RendersAsBoundedHtmlTables()
    {
        var html = Output(Cell("evaluation"), Html);
        var firms = (int)(await Value("evaluation.Results.Count"))!;
        var pools = (string[])(await Value("evaluation.Pools.Select(p => p.Id).ToArray()"))!;

        Assert.That(html, Does.StartWith("<style>").And.Contain("<table>"));
        Assert.That(html, Does.Contain((string)(await Value("System.Net.WebUtility.HtmlEncode(evaluation.ToString())"))!));
        foreach (var pool in pools)
        {
            Assert.That(html, Does.Contain("<td>" + pool + "</td>"));
        }

        Assert.That(html, Does.Contain($"… {firms - 20} more firms"), "a large evaluation lists 20 firms, then says how many more");
        Assert.That(CountOf(html, "<tr>"), Is.LessThan(20 + 60), "bounded output");
        Assert.That(Output(Cell("evaluation"), PlainText), Does.Contain("企业 Firms").And.Contain($"… {firms - 20} more firms"));
    }

    [Test]
    public async Task Profile_RendersPoolsAndIndicators()
    {
        var html = Output(Cell("profile"), Html);
        var indicators = (string[])(await Value("profile.Pools[0].Indicators.Select(i => i.Indicator.Id).ToArray()"))!;

        Assert.That(html, Does.Contain("<table>"));
        foreach (var id in indicators)
        {
            Assert.That(html, Does.Contain(id));
        }
    }

    [Test]
    public async Task Firm_RendersItsIndicatorsAndTheExplanation()
    {
        var html = Output(Cell("firm"), Html);
        var id = (string)(await Value("firm.Id"))!;
        var total = (string)(await Value("firm.Total!.Value.ToString(\"0.####\", System.Globalization.CultureInfo.InvariantCulture)"))!;
        var explanation = (string)(await Value("System.Net.WebUtility.HtmlEncode(firm.Explain())"))!;

        Assert.That(html, Does.Contain(id).And.Contain("<td class=\"n\">" + total + "</td>"));
        Assert.That(html, Does.Contain("<details><summary>计算过程 Explanation</summary><pre>" + explanation + "</pre></details>"));
        Assert.That(Output(Cell("firm"), PlainText), Is.EqualTo((string)(await Value("firm.Explain()"))!), "plain text is the explanation");
    }

    [Test]
    public async Task ListOfFirms_RendersAsOneTable()
    {
        var html = Output(Cell("evaluation.Results.Where(r => r.Tier == Tier.A).OrderByDescending(r => r.Total).ToList()"), Html);
        var count = (int)(await Value("evaluation.Results.Count(r => r.Tier == Tier.A)"))!;
        var best = (string)(await Value("evaluation.Results.Where(r => r.Tier == Tier.A).OrderByDescending(r => r.Total).First().Id"))!;

        Assert.That(html, Does.Contain("<table>").And.Contain(best));
        Assert.That(CountOf(html, "<tr>") - 1, Is.EqualTo(Math.Min(count, 20)));
        if (count > 20)
        {
            Assert.That(html, Does.Contain($"… {count - 20} more firms"));
        }
    }

    [Test]
    public void AnalysisResults_RenderAsHtmlTables()
    {
        Assert.Multiple(() =>
        {
            foreach (var last in new[] { "GroupSummary.By(evaluation, GroupKey.Region)", "new WhatIfAnalysis(evaluation).WhatItTakes(firm.Id)", "entropy.Pools.Single(p => p.Id == \"above_size\").Weighting", "MigrationMatrix.Between(PriorResults.FromEvaluation(evaluation), entropy)", "MethodComparison.Of([evaluation, entropy])" })
            {
                var html = Output(Cell(last), Html);
                Assert.That(html, Does.Contain("<div class=\"escore-view\">").And.Contain("<table>"), last);
                Assert.That(Output(Cell(last), PlainText), Is.Not.Empty.And.Not.Contain("EnterpriseScoring."), last + ": readable text, not a type name");
            }
        });
        Assert.That(Output(Cell("entropy.Pools.Single(p => p.Id == \"above_size\").Weighting"), PlainText), Does.StartWith("entropy:"));
    }

    [Test]
    public async Task HostileFirmName_IsEscapedEverywhere()
    {
        const string Hostile = "<script>alert('x')</script>&<b>";
        var csv = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "seeds", "data", "hand-checkable.csv"))).Split('\n');
        var name = csv[1].Split(',')[1];
        var text = string.Join('\n', csv).Replace(name, Hostile, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"escore-hostile-{Environment.ProcessId}.csv");
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false));
        try
        {
            var run = await Submit($$"""
                var hostileTable = EnterpriseScoring.IO.FirmCsvReader.Read(@"{{path}}").Table;
                var hostileProfile = new ProfileBuilder("hostile", 2025)
                    .Pool("all", "<all>", pool => pool
                        .Indicator(EnterpriseScoring.Indicators.KnownIndicators.TaxPerMu, 60, EnterpriseScoring.Benchmarks.KnownBenchmarks.PoolMeanRatioOfSums)
                        .Indicator(EnterpriseScoring.Indicators.KnownIndicators.ValueAddedPerMu, 40, EnterpriseScoring.Benchmarks.KnownBenchmarks.PoolMeanRatioOfSums)
                        .QuotaBands(20, 40, 30, 10))
                    .Build();
                var hostile = new Evaluator(hostileProfile).Evaluate(hostileTable);
                hostile
                """);
            Assert.That(run.Failure, Is.Null);
            var outputs = new List<string> { Output(run, Html) };
            outputs.Add(Output(await Submit("hostile.Results[0]"), Html));
            outputs.Add(Output(await Submit("hostile.Results.Where(r => r.Name.Contains(\"script\")).ToList()"), Html));
            outputs.Add(Output(await Submit("GroupSummary.By(hostile, GroupKey.Pool)"), Html));
            outputs.Add(Output(await Submit("hostileProfile"), Html));
            const string Escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&lt;b&gt;";
            foreach (var html in outputs)
            {
                Assert.That(html, Does.Contain("<table>").And.Not.Contain("<script>").And.Not.Contain("<b>").And.Not.Contain("<all>"));
            }

            Assert.That(outputs[0], Does.Contain(Escaped), "the evaluation lists the firm, its name escaped");
            Assert.That(outputs[1], Does.Contain(Escaped), "the firm's own view");
            Assert.That(outputs[2], Does.Contain(Escaped), "a list of firms");
            Assert.That(outputs[4], Does.Contain("&lt;all&gt;"), "the profile's pool name");
        }

        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Export_FlatRowsAreTheEvaluations_AndTheJsonIsWritten()
    {
        var run = Cell(".Select(r => new { r.Id, r.Name, r.Pool, r.Score, TaxPerMu = r.Indicator(\"tax_per_mu\")?.Value })");
        Assert.That(run.Failure, Is.Null, run.Code);
        Assert.That(await Value("flat.Count"), Is.EqualTo(await Value("evaluation.Results.Count")));
        Assert.That(await Value("flat.Count(r => r.Tier == \"D\")"), Is.EqualTo(await Value("evaluation.Results.Count(r => r.Tier == Tier.D)")));
        var lowest = (string)(await Value("evaluation.Results.Where(r => r.Tier == Tier.D).OrderBy(r => r.Total).First().Id"))!;
        Assert.That(string.Join("\n", run.Values.Select(v => v.Value)), Does.Contain(lowest), "the D list shown starts with the lowest total");
        var json = (string)(await Value("System.IO.File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetTempPath(), \"evaluation.json\"))"))!;
        Assert.That(json, Does.Contain("escore-evaluation/1").And.Contain(lowest));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The run of the notebook cell whose last line is <paramref name="lastLine"/>.</summary>
    private CellRun Cell(string lastLine) =>
        runs.SingleOrDefault(r => r.Code.TrimEnd().Split('\n')[^1].Trim() == lastLine)
        ?? throw new AssertionException($"quickstart.ipynb has no code cell ending in '{lastLine}'");

    private static string Output(CellRun run, string mimeType)
    {
        Assert.That(run.Failure, Is.Null, run.Code);
        var values = run.Values.Where(v => v.MimeType == mimeType).Select(v => v.Value).ToArray();
        Assert.That(values, Has.Length.EqualTo(1), $"one {mimeType} value for:\n{run.Code}\n(got: {string.Join(", ", run.Values.Select(v => v.MimeType))})");
        return values[0];
    }

    private async Task<object?> Value(string expression)
    {
        var result = await kernel.SendAsync(new SubmitCode(expression));
        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        Assert.That(failed, Is.Null, () => expression + ": " + failed!.Message);
        return result.Events.OfType<ReturnValueProduced>().Single().Value;
    }

    private async Task<CellRun> Submit(string code)
    {
        var result = await kernel.SendAsync(new SubmitCode(code));
        var values = result.Events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).ToArray();
        return new CellRun(code, values, result.Events.OfType<CommandFailed>().FirstOrDefault()?.Message);
    }

    private static IEnumerable<string> CodeCells(string notebook)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(notebook));
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() == "code")
            {
                var source = cell.GetProperty("source");
                yield return source.ValueKind == JsonValueKind.Array ? string.Concat(source.EnumerateArray().Select(s => s.GetString())) : source.GetString()!;
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnterpriseScoring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EnterpriseScoring.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }

    private sealed record CellRun(string Code, IReadOnlyList<FormattedValue> Values, string? Failure);
}
