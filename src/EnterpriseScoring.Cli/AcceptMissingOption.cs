using System.CommandLine;
using System.CommandLine.Parsing;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli;

/// <summary>
/// <c>--accept-missing MEASURE[,MEASURE…]</c>: measures the profile reads that the input may lack entirely (no column),
/// in addition to the profile's <c>accept_missing_measures</c>. Without it such a measure is an error (exit code 3).
/// </summary>
internal static class AcceptMissingOption
{
    /// <summary>Creates the option.</summary>
    public static Option<string[]> Create() => new("--accept-missing")
    {
        Description = Descriptions.AcceptMissing,
        HelpName = "MEASURE[,MEASURE…]",
        CustomParser = Parse,
    };

    private static string[] Parse(ArgumentResult result)
    {
        var ids = new List<string>();
        foreach (var token in result.Tokens)
        {
            foreach (var part in token.Value.Split(',', StringSplitOptions.TrimEntries))
            {
                if (part.Length == 0 || part.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
                {
                    result.AddError(Messages.BadAcceptMissing(part));
                    continue;
                }

                if (!ids.Contains(part, StringComparer.Ordinal))
                {
                    ids.Add(part);
                }
            }
        }

        return [.. ids];
    }
}
