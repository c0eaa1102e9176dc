using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace EnterpriseScoring.Cli;

/// <summary>
/// <c>--max-rejects N|P%</c>: how many rejected rows a run tolerates. Up to the limit the run succeeds with exit code
/// <see cref="ExitCodes.SuccessWithRejects"/>; beyond it, it fails with <see cref="ExitCodes.TooManyRejects"/>.
/// Without the option any number is tolerated.
/// </summary>
internal readonly record struct RejectLimit(double Value, bool IsPercent)
{
    /// <summary>Creates the option.</summary>
    public static Option<RejectLimit?> CreateOption() => new("--max-rejects")
    {
        Description = "Fail (exit code 5) when more rows are rejected than this: a count (0 = none tolerated) or a percentage of the rows read (2.5%). Default: no limit.",
        HelpName = "N|P%",
        CustomParser = Parse,
    };

    /// <summary>Whether <paramref name="rejected"/> of <paramref name="rowsRead"/> rows exceed the limit.</summary>
    public bool IsExceeded(int rejected, int rowsRead) =>
        IsPercent ? rejected > Value / 100.0 * rowsRead : rejected > Value;

    /// <inheritdoc/>
    public override string ToString() =>
        IsPercent ? Value.ToString(CultureInfo.InvariantCulture) + "%" : Value.ToString(CultureInfo.InvariantCulture);

    private static RejectLimit? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Empty;
        var percent = text.EndsWith('%');
        var number = percent ? text[..^1] : text;
        if (percent
            ? double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100
            : int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0)
        {
            return new RejectLimit(double.Parse(number, CultureInfo.InvariantCulture), percent);
        }

        result.AddError($"--max-rejects must be a count ≥ 0 or a percentage 0%…100%, got '{text}'.");
        return null;
    }
}
