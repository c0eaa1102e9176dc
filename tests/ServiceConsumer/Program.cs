// A consumer shaped like a service (a park management system's back end), published trimmed and Native AOT by .ci/run from
// the packed feed: services.AddEnterpriseScoring with the built-in profiles and a profile folder (seeds/data's worked examples, NAME.profile.json; its scorecard profile is
// listed but not evaluated), the profile catalog and
// the evaluator cache resolved from a validated service provider, a logger factory of its own (abstractions only), the
// sample city read through the Excel package's FirmInput (CSV, and the xlsx given as the third argument), every profile
// evaluated and written as results.csv and results.xlsx (the workbook's parts dumped as text: the zip's entry times are
// not compared). Usage:
//   ServiceConsumer <repository root> <output folder> [<the sample city as xlsx>]
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using EnterpriseScoring.Excel;
using EnterpriseScoring.Extensions.DependencyInjection;
using EnterpriseScoring.IO;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

if (args.Length is not (2 or 3))
{
    Console.Error.WriteLine("usage: ServiceConsumer <repository root> <output folder> [<sample city as xlsx>]");
    return 2;
}

var root = args[0];
var output = Directory.CreateDirectory(args[1]).FullName;
var log = new StringBuilder();
var services = new ServiceCollection();
services.AddSingleton<ILoggerFactory>(new TextLoggerFactory(log));
services.AddEnterpriseScoring(options =>
{
    options.ProfileDirectories.Add(Path.Combine(root, "seeds", "data")); // NAME.profile.json: the worked examples
    options.IncludeBuiltInProfiles = true;
});
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
var catalog = provider.GetRequiredService<ConfiguredProfileCatalog>();
var evaluators = provider.GetRequiredService<EvaluatorCache>();

var read = await FirmInput.ReadAsync(Path.Combine(root, "seeds", "data", "sample-city.csv"));
var utf8 = new UTF8Encoding(false);
if (args.Length == 3)
{
    // The same firms from a workbook must give the same table: ids and every measure of every row.
    var fromXlsx = await FirmInput.ReadAsync(args[2]);
    File.WriteAllText(Path.Combine(output, "xlsx-input.txt"), Describe(fromXlsx.Table) == Describe(read.Table) ? "same firms as the CSV\n" : "DIFFERENT from the CSV\n", utf8);
}

foreach (var name in catalog.Names.Where(n => !n.Contains('.', StringComparison.Ordinal) || n.EndsWith(".profile", StringComparison.Ordinal)))
{
    // Every profile, those naming a standard-value table file too (seeds/data's size-2017): the catalog's text carries the table.
    var cached = evaluators.Get(name);
    if (!ReferenceEquals(cached, evaluators.Get(name)))
    {
        throw new InvalidOperationException($"{name}: the evaluator cache compiled the same profile twice");
    }

    var evaluation = cached.Evaluator.Evaluate(read.Table);
    var folder = Directory.CreateDirectory(Path.Combine(output, name)).FullName;
    ResultsCsvWriter.Write(evaluation, Path.Combine(folder, "results.csv"));
    using var workbook = new MemoryStream();
    ResultsXlsxWriter.Write(evaluation, workbook, new ResultsXlsxWriterOptions { RunId = "service-consumer", ProfileSha256 = cached.ProfileSha256 });
    workbook.Position = 0;
    using var zip = new ZipArchive(workbook, ZipArchiveMode.Read);
    var parts = new StringBuilder();
    foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        parts.Append("== ").Append(entry.FullName).Append('\n').Append(reader.ReadToEnd()).Append('\n');
    }

    File.WriteAllText(Path.Combine(folder, "results.xlsx.txt"), parts.ToString(), utf8);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {evaluation.Results.Count} firms, profile {cached.ProfileSha256[..12]}"));
}

// The log without its elapsed times (the one part that differs from run to run).
File.WriteAllText(Path.Combine(output, "log.txt"), Regex.Replace(log.ToString(), @" in [0-9.]+ ms", " in … ms"), utf8);
return 0;

static string Describe(EnterpriseScoring.FirmTable table)
{
    var text = new StringBuilder();
    for (var row = 0; row < table.Count; row++)
    {
        text.Append(table.Ids[row]);
        foreach (var column in table.MeasureColumns)
        {
            text.Append(',').Append(column.Measure.Id).Append('=').Append(column[row]?.ToString("R", CultureInfo.InvariantCulture) ?? "");
        }

        text.Append('\n');
    }

    return text.ToString();
}

/// <summary>Log lines as text ("level category: message"), in the order written; what the library logs must survive trimming.</summary>
internal sealed class TextLoggerFactory(StringBuilder text) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new TextLogger(text, categoryName);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private sealed class TextLogger(StringBuilder text, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            lock (text)
            {
                text.Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception)).Append('\n');
            }
        }
    }
}
