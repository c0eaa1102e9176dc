namespace EnterpriseScoring.Scorecards;

/// <summary>Which end of a peer group's ranking a history rule looks at.</summary>
public enum ScorecardList
{
    /// <summary>The top list (前N名): fewer than N platforms of the group have a higher total; never a vetoed platform.</summary>
    Top = 0,

    /// <summary>The bottom list (末位N名): fewer than N platforms of the group rank strictly below (a vetoed platform ranks
    /// below every ranked one).</summary>
    Bottom = 1,
}
