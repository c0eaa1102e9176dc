using EnterpriseScoring.Profiles.Json;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Profiles;

/// <summary>The <c>display</c> part of a profile: decimal places and rounding of scores, totals and group figures.</summary>
internal sealed partial class ProfileCompiler
{
    private DisplayFormat? Display(DisplayDto d, string path)
    {
        var scores = Precision(d.Scores, path + ".scores");
        var totals = Precision(d.Totals, path + ".totals");
        var figures = Precision(d.Figures, path + ".figures");
        return scores is null || totals is null || figures is null ? null : new DisplayFormat { Scores = scores, Totals = totals, Figures = figures };
    }

    private DisplayPrecision? Precision(PrecisionDto? d, string path)
    {
        if (d is null)
        {
            return DisplayPrecision.Default;
        }

        var decimals = d.Decimals ?? DisplayPrecision.Default.Decimals;
        if (decimals is < 0 or > 10)
        {
            Problem(path + ".decimals", $"{decimals} decimal places is outside 0–10", "e.g. 2 for 73.72");
            return null;
        }

        return new DisplayPrecision(decimals, Rounding(d.Rounding ?? DisplayRoundingKind.HalfUp));
    }

    /// <summary>The object model's mode of a profile rounding name.</summary>
    internal static SummaryRounding Rounding(DisplayRoundingKind kind) => kind switch
    {
        DisplayRoundingKind.HalfUp => SummaryRounding.Round,
        DisplayRoundingKind.HalfEven => SummaryRounding.HalfEven,
        DisplayRoundingKind.Truncate => SummaryRounding.Truncate,
        _ => SummaryRounding.None,
    };

    /// <summary>The profile rounding name of a mode (the inverse of <see cref="Rounding(DisplayRoundingKind)"/>).</summary>
    internal static DisplayRoundingKind RoundingKind(SummaryRounding rounding) => rounding switch
    {
        SummaryRounding.Round => DisplayRoundingKind.HalfUp,
        SummaryRounding.HalfEven => DisplayRoundingKind.HalfEven,
        SummaryRounding.Truncate => DisplayRoundingKind.Truncate,
        _ => DisplayRoundingKind.None,
    };
}
