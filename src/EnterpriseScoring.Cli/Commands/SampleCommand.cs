using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EnterpriseScoring.Cli.Text;
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
            Description = Descriptions.SampleFirms,
            Required = true,
        };
        firms.Validators.Add(result =>
        {
            if (TryGetInt(result, out var value) && (value < 1 || value > SyntheticCity.MaxFirmCount))
            {
                result.AddError(Messages.OutOfRange("--firms", string.Create(CultureInfo.InvariantCulture, $"[1, {SyntheticCity.MaxFirmCount}]"), value.ToString(CultureInfo.InvariantCulture)));
            }
        });

        var seed = new Option<ulong>("--seed", "-s")
        {
            Description = Descriptions.SampleSeed,
            DefaultValueFactory = _ => 1,
        };

        var year = new Option<int>("--year")
        {
            Description = Descriptions.SampleYear,
            DefaultValueFactory = _ => 2025,
        };
        year.Validators.Add(result =>
        {
            if (TryGetInt(result, out var value) && value is < 1995 or > 2200)
            {
                result.AddError(Messages.OutOfRange("--year", "[1995, 2200]", value.ToString(CultureInfo.InvariantCulture)));
            }
        });

        var output = new Option<string>("--out", "-o")
        {
            Description = Descriptions.SampleOut,
            Required = true,
        };

        var chineseHeaders = new Option<bool>("--chinese-headers")
        {
            Description = Descriptions.ChineseHeaders,
        };

        var missingLand = new Option<double>("--missing-land-rate")
        {
            Description = Descriptions.MissingLandRate,
            HelpName = "RATE",
        };
        missingLand.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && !(value is >= 0 and <= 1))
            {
                result.AddError(Messages.OutOfRange("--missing-land-rate", "[0, 1]", result.Tokens[0].Value));
            }
        });

        var platforms = new Option<string?>("--platforms")
        {
            Description = Descriptions.SamplePlatforms,
            HelpName = "FILE",
        };

        var command = new Command("sample", Descriptions.Sample)
        {
            firms, seed, year, output, chineseHeaders, missingLand, platforms,
        };
        command.Validators.Add(result =>
        {
            var registerPath = result.GetValue(platforms);
            var firmsPath = result.GetValue(output);
            if (registerPath is not null && firmsPath is not null && SamePath(registerPath, firmsPath))
            {
                result.AddError(Messages.SamplePlatformsSameFile(registerPath));
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

                parseResult.InvocationConfiguration.Output.WriteLine(Messages.SampleWritten(table.Count, above, options.Seed, options.EvaluationYear, path, stopwatch.ElapsedMilliseconds));
                if (register is not null)
                {
                    parseResult.InvocationConfiguration.Output.WriteLine(Messages.SampleRegisterWritten(register.Platforms.Count, registerPath!));
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
