using System.CommandLine;
using System.Text;
using System.Text.Json;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Output;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Cli.Commands;

/// <summary>
/// <c>escore compare</c>: tier migration between two results files (e.g. last year's and this year's); or, with
/// <c>--input</c> and two or more <c>--profile</c>, one table under several profiles or methods (docs/analysis.md).
/// </summary>
internal static class CompareCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var from = new Option<string>("--from") { Description = Descriptions.CompareFrom, HelpName = "RESULTS" };
        var to = new Option<string>("--to") { Description = Descriptions.CompareTo, HelpName = "RESULTS" };
        var list = new Option<bool>("--list") { Description = Descriptions.CompareList };
        var profiles = new Option<string[]>("--profile", "-p") { Description = Descriptions.CompareProfiles, HelpName = "PROFILE" };
        var input = new Option<string>("--input", "-i") { Description = Descriptions.CompareInput, HelpName = "FILE" };
        var output = new Option<string>("--out", "-o") { Description = Descriptions.CompareOut, HelpName = "DIR|FILE" };
        var rawText = RawTextOption.Create();
        var command = new Command("compare", Descriptions.Compare) { from, to, list, profiles, input, output, rawText };
        command.Validators.Add(result =>
        {
            var byFiles = result.GetValue(from) is not null || result.GetValue(to) is not null;
            // --out is the comparison's directory with --profile, the changed firms' CSV file with --from/--to.
            var byProfile = result.GetValue(input) is not null || (!byFiles && result.GetValue(output) is not null) || (result.GetValue(profiles) ?? []).Length > (byFiles ? 1 : 0);
            if (byProfile && byFiles)
            {
                result.AddError((result.GetValue(profiles) ?? []).Length > 1 && result.GetValue(input) is null ? Messages.CompareFilesOneProfile : Messages.CompareBoth);
            }
            else if (byProfile && ((result.GetValue(profiles) ?? []).Length < 2 || result.GetValue(input) is null || result.GetValue(output) is null))
            {
                result.AddError(Messages.CompareProfilesNeed);
            }
            else if (!byProfile && (result.GetValue(from) is null || result.GetValue(to) is null))
            {
                result.AddError(Messages.CompareNeeds);
            }
        });
        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            if (parseResult.GetValue(from) is null)
            {
                return CompareProfiles(context, parseResult.GetValue(profiles)!, parseResult.GetRequiredValue(input), parseResult.GetRequiredValue(output));
            }

            // The tier set of both files: the --profile they were scored with, else the one their run.json records.
            var scoredWith = parseResult.GetValue(profiles) is [var profileArgument] ? ProfileOption.Load(profileArgument) : null;
            var files = ComparedResults.Read(parseResult.GetRequiredValue(from), parseResult.GetRequiredValue(to), scoredWith?.Tiers);
            MigrationMatrix matrix;
            try
            {
                matrix = MigrationMatrix.Between(files.From, files.To, files.Tiers);
            }
            catch (ArgumentException ex)
            {
                // e.g. one firm with two different tiers in one year: a data problem in the files, not a bug.
                throw new CommandException(ExitCodes.InputOrUsageError, ex.Message, ex);
            }

            context.Output.WriteLine(matrix.ToString());
            context.Output.WriteLine(Messages.Migration(matrix.Firms, matrix.Upgraded, matrix.Downgraded, matrix.Unchanged));
            var changed = parseResult.GetValue(list) || parseResult.GetValue(output) is not null
                ? ChangeReasons.Firms(files.From, files.To, files.Tiers, parseResult.GetRequiredValue(from), parseResult.GetRequiredValue(to))
                : [];
            if (parseResult.GetValue(output) is { } changedFile)
            {
                WriteChanged(changedFile, changed, files.Tiers, RawTextOption.Escaping(parseResult.GetValue(rawText)), parseResult.GetRequiredValue(from), parseResult.GetRequiredValue(to));
            }

            if (parseResult.GetValue(list))
            {
                // Levels under the set's codes; the other states under their names (Absent, Unrated, UngradedAsB) as always.
                string Name(MigrationState state) => MigrationMatrix.LevelOf(state) > 0 ? matrix.CodeOf(state) : state.ToString();
                foreach (var f in matrix.States)
                {
                    foreach (var t in matrix.States)
                    {
                        if (f != t && matrix.Ids(f, t) is { Count: > 0 } ids)
                        {
                            context.Output.WriteLine($"{Name(f)} → {Name(t)}: {string.Join(" ", ids)}");
                        }
                    }
                }

                // Every firm whose status, score, rank or tier changed, and why (run.json of each run: its corrections and decisions).
                foreach (var line in ChangeReasons.Lines(changed))
                {
                    context.Output.WriteLine(line);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes the changed firms to <paramref name="path"/> (CSV, atomically), refusing a path that is one of the compared files or the run.json beside one.</summary>
    private static void WriteChanged(string path, IReadOnlyList<ChangedFirm> changed, Classification.TierSet tiers, FormulaEscaping escaping, string fromFile, string toFile)
    {
        string? Full(string p)
        {
            try
            {
                return Path.GetFullPath(p);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return null;
            }
        }

        var target = Full(path);
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (target is not null && new[] { fromFile, toFile, RunRecordFile.Beside(fromFile), RunRecordFile.Beside(toFile) }.Select(Full).Any(f => string.Equals(f, target, comparison)))
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CompareOutIsInput(path));
        }

        ChangedFirmsCsv.Write(path, changed, tiers, escaping);
    }

    /// <summary>Evaluates <paramref name="inputPath"/> under each profile and writes the comparison to <paramref name="outDir"/> atomically.</summary>
    private static int CompareProfiles(CommandContext context, IReadOnlyList<string> profileArguments, string inputPath, string outDir)
    {
        var loaded = profileArguments.Select(ProfileOption.Load).ToArray();
        var units = loaded.Select(p => ProfileMetadata.Of(p) ?? ProfileMetadata.Empty)
            .Select(m => (m.CurrencyUnit, m.AreaUnit, string.Join('\n', m.Columns))).Distinct().ToArray();
        if (units.Length > 1)
        {
            throw new CommandException(ExitCodes.InvalidProfile, Messages.CompareUnits);
        }

        var options = FirmCsvReaderOptions.Default.ForProfile(loaded[0]) with
        {
            ExpectedMeasures = [.. loaded.SelectMany(InputOptions.MeasuresOf).Distinct(StringComparer.Ordinal)],
        };
        var read = FirmSource.File(inputPath, FirmInput.FormatOf(inputPath), null).Read(context.Log, options);
        var evaluators = loaded.Select(p => MissingMeasureCheck.Check(context.Log, p, [], read)).ToArray();
        var comparison = MethodComparison.Of(read.Table, evaluators);
        OutputDirectoryGuard.Check(outDir, [("--input", inputPath), .. profileArguments.Where(File.Exists).Select(p => ("--profile", p))]);
        using var outputLock = OutputLock.Acquire(outDir);
        AtomicDirectory.Publish(outDir, target =>
        {
            using (var stream = File.Create(target.File("comparison-firms.csv")))
            {
                MethodComparisonReport.WriteFirms(comparison, stream);
            }

            using (var stream = File.Create(target.File("comparison.csv")))
            {
                MethodComparisonReport.WriteSummary(comparison, stream);
            }

            File.WriteAllText(target.File("comparison.html"), MethodComparisonReport.ToHtml(comparison), new UTF8Encoding(false));
            File.WriteAllText(target.File("run.json"), RunJson(profileArguments, loaded, inputPath, read), new UTF8Encoding(false));
        });

        foreach (var pair in comparison.Pairs)
        {
            context.Output.WriteLine(Messages.ComparePair(loaded[pair.First].Name, loaded[pair.Second].Name, pair.SameTierShare, pair.TieredUnderBoth, pair.Kappa));
        }

        foreach (var pool in comparison.Pools)
        {
            for (var j = 1; j < loaded.Length; j++)
            {
                context.Output.WriteLine(Messages.ComparePool(pool.PoolId, pool.RatedUnderAll, loaded[0].Name, loaded[j].Name, pool.Spearman[0][j], pool.Kendall[0][j]));
            }
        }

        return ExitCodes.Success;
    }

    private static string RunJson(IReadOnlyList<string> arguments, EvaluationProfile[] profiles, string input, FirmReadResult read)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("tool", EscoreApplication.ToolName);
            json.WriteString("version", EscoreApplication.Version);
            json.WriteString("command", "compare");
            json.WriteStartArray("profiles");
            for (var i = 0; i < profiles.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", profiles[i].Name);
                json.WriteString("argument", arguments[i]);
                json.WriteString("sha256", ProfileOption.Sha256(profiles[i]));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("input");
            json.WriteString("path", input);
            json.WriteString("sha256", read.Sha256);
            json.WriteNumber("rowsRead", read.RowsRead);
            json.WriteNumber("firms", read.Table.Count);
            json.WriteNumber("rejectedRows", read.RejectedRowCount);
            json.WriteEndObject();
            json.WriteStartArray("outputs");
            foreach (var file in new[] { "comparison-firms.csv", "comparison.csv", "comparison.html" })
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
