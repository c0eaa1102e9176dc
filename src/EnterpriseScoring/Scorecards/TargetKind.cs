namespace EnterpriseScoring.Scorecards;

/// <summary>What a scorecard target asks of an indicator's value.</summary>
public enum TargetKind
{
    /// <summary>At least the value (≥ T): higher is better.</summary>
    Floor = 0,

    /// <summary>At most the value (≤ T): lower is better (D类企业用地占比, 存量土地 …).</summary>
    Ceiling = 1,

    /// <summary>Between the value and <see cref="ScorecardTarget.Upper"/> (inclusive).</summary>
    Band = 2,

    /// <summary>A floor that grows by the value each year from <see cref="ScorecardTarget.FromYear"/>: T × (year − from + 1) ("≥ 1万亩 per year"); the indicator must be the cumulative figure.</summary>
    Cumulative = 3,
}
