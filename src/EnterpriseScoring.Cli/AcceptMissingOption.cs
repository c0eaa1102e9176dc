using System.CommandLine;
using System.CommandLine.Parsing;

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
        Description = "Accept these measures the profile reads as missing from the input (no column), e.g. cod,nox for a county without emissions data: each then counts as missing for every firm under the policy of what reads it, printed as a warning. Comma-separated or repeated; adds to the profile's accept_missing_measures.",
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
                    result.AddError($"--accept-missing takes measure ids separated by commas (e.g. cod,nox), got '{part}'.");
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
