namespace EnterpriseScoring.Classification;

/// <summary>How a percentage of a pool becomes a head count. No published rule exists; <see cref="Round"/> is the default.</summary>
public enum HeadcountRounding
{
    /// <summary>Round half away from zero (20% of 37 = 7.4 → 7; 12.5 → 13).</summary>
    Round = 0,

    /// <summary>Round down: never exceed the percentage.</summary>
    Floor = 1,

    /// <summary>Round up: never fall short of the percentage.</summary>
    Ceiling = 2,
}
