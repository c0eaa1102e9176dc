namespace EnterpriseScoring.Reporting;

/// <summary>What firms are grouped by in a <see cref="GroupSummary"/>.</summary>
public enum GroupKey
{
    /// <summary>The firm's region.</summary>
    Region = 0,

    /// <summary>The firm's platform (park, development zone).</summary>
    Platform = 1,

    /// <summary>A prefix of the firm's GB/T 4754 industry code (<see cref="GroupSummaryOptions.IndustryPrefixLength"/>).</summary>
    Industry = 2,

    /// <summary>The firm's pool (empty when no pool matched).</summary>
    Pool = 3,
}
