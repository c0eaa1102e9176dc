using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Cli.Commands;

/// <summary><c>escore sample</c>: generates a deterministic synthetic city (<see cref="SyntheticCity"/>) and writes it as CSV,
/// with its platform register (<see cref="SyntheticPlatformRegister"/>) when asked.</summary>
internal static class SampleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var firms = new Option<int>("--firms", "-n")
        {
            Description = "Number of firms to generate.",
            Required = true,
        };
        firms.Validators.Add(result =>
        {
            if (TryGetInt(result, out var value) && (value < 1 || value > SyntheticCity.MaxFirmCount))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--firms must be in [1, {SyntheticCity.MaxFirmCount}], got {value}."));
            }
        });

        var seed = new Option<ulong>("--seed", "-s")
        {
            Description = "Seed: the same seed, count and year give the same file on every machine.",
            DefaultValueFactory = _ => 1,
        };

        var year = new Option<int>("--year")
        {
            Description = "Evaluation year the data describe.",
            DefaultValueFactory = _ => 2025,
        };
        year.Validators.Add(result =>
        {
            if (TryGetInt(result, out var value) && value is < 1995 or > 2200)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--year must be in [1995, 2200], got {value}."));
            }
        });

        var output = new Option<string>("--out", "-o")
        {
            Description = "The CSV file to write (replaced atomically when it exists).",
            Required = true,
        };

        var chineseHeaders = new Option<bool>("--chinese-headers")
        {
            Description = "Write Chinese column headers (用地面积, 实缴税金 …) instead of the canonical ids.",
        };

        var missingLand = new Option<double>("--missing-land-rate")
        {
            Description = "The share of firms whose land area is missing: rows a profile with per-mu indicators rejects. Default 0 (no rejected rows); 0.001 gives the files of escore 0.1.0 (seeds/data/sample-city.csv).",
            HelpName = "RATE",
        };
        missingLand.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && !(value is >= 0 and <= 1))
            {
                result.AddError($"--missing-land-rate must be in [0, 1], got {result.Tokens[0].Value}.");
            }
        });

        var platforms = new Option<string?>("--platforms")
        {
            Description = "Also write the city's platform register (平台名录: levels, a 分园, a merged platform, areas consistent with the firms' land) to this CSV file, for `escore scorecard --platforms`.",
            HelpName = "FILE",
        };

        var command = new Command("sample", "Generate a deterministic synthetic city of firms and write it as CSV.")
        {
            firms, seed, year, output, chineseHeaders, missingLand, platforms,
        };
        command.Validators.Add(result =>
        {
            var registerPath = result.GetValue(platforms);
            var firmsPath = result.GetValue(output);
            if (registerPath is not null && firmsPath is not null && SamePath(registerPath, firmsPath))
            {
                result.AddError($"--platforms and --out name the same file '{registerPath}'.");
            }
        });

        command.SetAction(parseResult =>
        {
            var options = new SyntheticCityOptions
            {
                FirmCount = parseResult.GetValue(firms),
                Seed = parseResult.GetValue(seed),
                EvaluationYear = parseResult.GetValue(year),
                MissingLandRate = parseResult.GetValue(missingLand),
            };
            var path = parseResult.GetRequiredValue(output);
            var writerOptions = new FirmCsvWriterOptions { ChineseHeaders = parseResult.GetValue(chineseHeaders) };

            var stopwatch = Stopwatch.StartNew();
            var table = SyntheticCity.Generate(options);
            var registerPath = parseResult.GetValue(platforms);
            var register = registerPath is null ? null : SyntheticPlatformRegister.Generate(options, table);
            AtomicFile.Write(path, temp => FirmCsvWriter.Write(table, temp, writerOptions));
            if (register is not null)
            {
                AtomicFile.Write(registerPath!, temp => PlatformRegisterCsvWriter.Write(register, temp));
            }

            if (!parseResult.GetValue(globals.Quiet))
            {
                var above = 0;
                foreach (var size in table.SizeClasses)
                {
                    above += size == SizeClass.AboveDesignatedSize ? 1 : 0;
                }

                parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Wrote {table.Count} firms ({above} 规上, {table.Count - above} 规下; seed {options.Seed}, year {options.EvaluationYear}) to {path} in {stopwatch.ElapsedMilliseconds} ms."));
                if (register is not null)
                {
                    parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Wrote the platform register ({register.Platforms.Count} platforms) to {registerPath}."));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>The option's value when its token parses (an unparsable token is already a parse error).</summary>
    private static bool TryGetInt(System.CommandLine.Parsing.OptionResult result, out int value)
    {
        value = 0;
        return result.Tokens.Count == 1
            && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
