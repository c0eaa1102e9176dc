namespace EnterpriseScoring;

/// <summary>Whether more of an indicator is better (tax per mu) or worse (energy per unit of output).</summary>
public enum Direction
{
    /// <summary>Higher is better (效益型).</summary>
    HigherIsBetter = 0,

    /// <summary>Lower is better (成本型).</summary>
    LowerIsBetter = 1,
}
