// A library consumer published trimmed and Native AOT by .ci/run (see the project file). Two modes:
//   TrimmedConsumer <repository root> <output folder>
//       loads every built-in profile (ProfileCatalog) and every seed profile file (ProfileLoader, with extends), evaluates
//       seeds/data/sample-city.csv under each and writes, per profile, results.csv (with consequences), summary.md,
//       report.html, explain.txt and the profile written back as profile.json.
//   TrimmedConsumer --time-load <built-in name>
//       prints the milliseconds (wall and CPU) of the first ProfileCatalog.Get in this process (a fresh process per measurement).
using System.Diagnostics;
using System.Globalization;
using System.Text;
using EnterpriseScoring;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;

if (args is ["--time-load", var builtIn])
{
    // Wall time, and the CPU time of the process over the same span (less sensitive to other processes on the machine).
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    var loaded = ProfileCatalog.Get(builtIn);
    stopwatch.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{loaded.Name} {stopwatch.Elapsed.TotalMilliseconds:0.0} ms (cpu {cpu.TotalMilliseconds:0} ms)"));
    return 0;
}

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: TrimmedConsumer <repository root> <output folder> | --time-load <built-in profile>");
    return 2;
}

var root = args[0];
var output = args[1];
var sample = FirmCsvReader.Read(Path.Combine(root, "seeds", "data", "sample-city.csv")).Table;
var cases = ProfileCatalog.Names.Select(n => (Name: n, Profile: ProfileCatalog.Get(n))).ToList();
foreach (var file in Directory.GetFiles(Path.Combine(root, "seeds", "profiles"), "*.json").Order(StringComparer.Ordinal))
{
    cases.Add(("seed-" + Path.GetFileNameWithoutExtension(file), ProfileLoader.Load(file)));
}

foreach (var (name, profile) in cases)
{
    var folder = Directory.CreateDirectory(Path.Combine(output, name)).FullName;
    var evaluation = new Evaluator(profile).Evaluate(sample);
    var prior = new List<PriorResult>();
    for (var row = 0; row < sample.Count; row += 5)
    {
        prior.Add(new PriorResult { Year = profile.EvaluationYear - 1, Id = sample.Ids[row], Status = FirmStatus.Rated, Tier = row % 3 == 0 ? Tier.D : Tier.C });
    }

    var schedule = profile.Consequences ?? KnownConsequenceSchedules.Shandong;
    var consequences = Consequences.ForEvaluation(evaluation, TierHistory.Build(prior, evaluation), schedule);
    ResultsCsvWriter.Write(evaluation, Path.Combine(folder, "results.csv"), new ResultsCsvWriterOptions { Consequences = consequences });
    var utf8 = new UTF8Encoding(false);
    File.WriteAllText(Path.Combine(folder, "summary.md"), evaluation.ToMarkdown(), utf8);
    File.WriteAllText(Path.Combine(folder, "report.html"), evaluation.ToHtml(), utf8);
    var explain = new StringBuilder();
    for (var row = 0; row < sample.Count; row += 25)
    {
        explain.Append(evaluation.Explain(row)).Append('\n');
    }

    File.WriteAllText(Path.Combine(folder, "explain.txt"), explain.ToString(), utf8);
    File.WriteAllText(Path.Combine(folder, "profile.json"), ProfileWriter.ToJson(profile), utf8);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {evaluation.Results.Count} firms"));
}

return 0;
