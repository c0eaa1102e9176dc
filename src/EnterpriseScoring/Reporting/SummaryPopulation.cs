namespace EnterpriseScoring.Reporting;

/// <summary>Which firms of a group count toward its 亩均 figures and land totals.</summary>
public enum SummaryPopulation
{
    /// <summary>Only rated firms (status rated) — the evaluated population.</summary>
    Rated = 0,

    /// <summary>Every firm with the data, whatever its status (exempt, transition, … included).</summary>
    AllWithData = 1,
}
