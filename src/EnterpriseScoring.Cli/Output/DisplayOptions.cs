using System.CommandLine;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Cli.Output;

/// <summary>
/// How <c>escore score</c> shows numbers: <c>--rounding truncate|half_up|half_even</c> and <c>--decimals N</c> override the
/// profile's <c>display</c> section for scores, totals and group figures alike (each given part replaces that part of
/// every precision); <c>--display-columns</c> adds the rounded display columns to results.csv.
/// </summary>
internal sealed class DisplayOptions
{
    /// <summary>The rounding names, as in a profile's <c>display</c> section.</summary>
    private static readonly Dictionary<string, SummaryRounding> Modes = new(StringComparer.Ordinal)
    {
        ["half_up"] = SummaryRounding.Round,
        ["half_even"] = SummaryRounding.HalfEven,
        ["truncate"] = SummaryRounding.Truncate,
    };

    /// <summary><c>--rounding</c>.</summary>
    public Option<string?> Rounding { get; } = new Option<string?>("--rounding")
    {
        Description = Descriptions.Rounding,
        HelpName = "MODE",
    }.AcceptOnlyFromAmong([.. Modes.Keys]);

    /// <summary><c>--decimals</c>.</summary>
    public Option<int?> Decimals { get; } = new("--decimals")
    {
        Description = Descriptions.Decimals,
        HelpName = "N",
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int?>() is < 0 or > 10)
                {
                    result.AddError(Messages.BadDecimals);
                }
            },
        },
    };

    /// <summary><c>--display-columns</c>.</summary>
    public Option<bool> DisplayColumns { get; } = new("--display-columns")
    {
        Description = Descriptions.DisplayColumns,
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Options.Add(Rounding);
        command.Options.Add(Decimals);
        command.Options.Add(DisplayColumns);
    }

    /// <summary>The profile's display format with <c>--rounding</c> and <c>--decimals</c> applied.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="display">The profile's display format.</param>
    public DisplayFormat Resolve(ParseResult parseResult, DisplayFormat display)
    {
        var rounding = parseResult.GetValue(Rounding) is { } name ? Modes[name] : (SummaryRounding?)null;
        var decimals = parseResult.GetValue(Decimals);
        DisplayPrecision Apply(DisplayPrecision p) => new(decimals ?? p.Decimals, rounding ?? p.Rounding);
        return rounding is null && decimals is null
            ? display
            : new DisplayFormat { Scores = Apply(display.Scores), Totals = Apply(display.Totals), Figures = Apply(display.Figures) };
    }
}
