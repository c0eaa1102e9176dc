using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli;

/// <summary>
/// <c>--max-rejects N|P%</c>: how many rejected rows a run tolerates — a count, or a percentage of the rows read. Up to
/// the limit the run succeeds (see <see cref="RejectPolicy"/> for its exit code); beyond it, it fails with
/// <see cref="ExitCodes.TooManyRejects"/>. The default is <see cref="Default"/>; <c>100%</c> tolerates any number.
/// </summary>
internal readonly record struct RejectLimit(double Value, bool IsPercent)
{
    /// <summary>The default limit, 1% of the rows read: a few bad rows of a large export are tolerated, a broken export is not.</summary>
    public static RejectLimit Default { get; } = new(1, IsPercent: true);

    /// <summary>Creates the option (default <see cref="Default"/>).</summary>
    public static Option<RejectLimit> CreateOption() => new("--max-rejects")
    {
        Description = Descriptions.MaxRejects,
        HelpName = "N|P%",
        CustomParser = Parse,
        DefaultValueFactory = _ => Default,
    };

    /// <summary>Whether <paramref name="rejected"/> of <paramref name="rowsRead"/> rows exceed the limit.</summary>
    public bool IsExceeded(int rejected, int rowsRead) =>
        IsPercent ? rejected > Value / 100.0 * rowsRead : rejected > Value;

    /// <inheritdoc/>
    public override string ToString() =>
        IsPercent ? Value.ToString(CultureInfo.InvariantCulture) + "%" : Value.ToString(CultureInfo.InvariantCulture);

    private static RejectLimit Parse(ArgumentResult result)
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

        result.AddError(Messages.BadMaxRejects(text));
        return Default;
    }
}
