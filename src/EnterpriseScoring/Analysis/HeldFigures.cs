using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.Analysis;

/// <summary>One firm's indicator figures (and what else a change of its measures moves) for a held what-if.</summary>
internal sealed class HeldFigures
{
    public HeldFigures(int indicators, int overrideRules)
    {
        Values = new double[indicators];
        Numerators = new double[indicators];
        Denominators = new double[indicators];
        Outcomes = new IndicatorOutcome[indicators];
        Scoring = new Scoring.IScoringMethod?[indicators];
        OverrideMatches = new bool[overrideRules];
    }

    /// <summary>Each indicator's value (NaN unless computed).</summary>
    public double[] Values { get; }

    public double[] Numerators { get; }

    public double[] Denominators { get; }

    public IndicatorOutcome[] Outcomes { get; }

    /// <summary>The method that scores each indicator for this firm: its own standard-value row's under a table by industry × size (looked up again from the changed figures), the column's method otherwise; null when no row fits.</summary>
    public Scoring.IScoringMethod?[] Scoring { get; }

    /// <summary>Whether each override rule of the profile matches the firm.</summary>
    public bool[] OverrideMatches { get; }

    /// <summary>The evaluated land area (亩).</summary>
    public double Land { get; set; }

    public double Bonus { get; set; }

    public double Deduction { get; set; }

    /// <summary>Set when, under the changed figures, the firm would take another eligibility rule or pool than today.</summary>
    public string? ClassificationNote { get; set; }
}
