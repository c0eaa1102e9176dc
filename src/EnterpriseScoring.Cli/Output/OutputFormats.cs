using System.CommandLine;
using System.CommandLine.Parsing;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli.Output;

/// <summary>
/// <c>--format csv|xlsx|parquet[,…]</c> of <c>escore score</c>: <c>csv</c> (the default) writes results.csv, rejects.csv
/// and summary.csv — always written, they are the data that <c>--prior</c> and the results database read —; <c>xlsx</c>
/// adds results.xlsx (the 公示名单 workbook), <c>parquet</c> results.parquet (results.csv's rows, typed). <c>--format xlsx</c>
/// and <c>--format csv,xlsx</c> are the same run.
/// </summary>
internal static class OutputFormats
{
    /// <summary>The format names.</summary>
    private static readonly string[] Names = ["csv", "xlsx", "parquet"];

    /// <summary>Creates the option; its value is the formats named (lower case, each once).</summary>
    public static Option<string[]> Create() => new("--format")
    {
        Description = Descriptions.Format,
        HelpName = "csv|xlsx|parquet[,…]",
        CustomParser = Parse,
    };

    /// <summary>Whether <paramref name="formats"/> (the option's value, null when not given) asks for results.xlsx.</summary>
    public static bool Xlsx(string[]? formats) => formats?.Contains("xlsx", StringComparer.Ordinal) == true;

    /// <summary>Whether <paramref name="formats"/> (the option's value, null when not given) asks for results.parquet.</summary>
    public static bool Parquet(string[]? formats) => formats?.Contains("parquet", StringComparer.Ordinal) == true;

    private static string[] Parse(ArgumentResult result)
    {
        var formats = new List<string>();
        foreach (var token in result.Tokens)
        {
            foreach (var part in token.Value.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!Names.Contains(part, StringComparer.OrdinalIgnoreCase))
                {
                    result.AddError(Messages.BadFormat(Names, part));
                    continue;
                }

                var name = part.ToLowerInvariant();
                if (!formats.Contains(name))
                {
                    formats.Add(name);
                }
            }
        }

        return [.. formats];
    }
}
