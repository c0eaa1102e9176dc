using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Reporting;

/// <summary>What goes into an <see cref="HtmlReport"/> besides the evaluation itself.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The default options.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The page title. <value>The default value is the profile name with "亩均效益综合评价".</value></summary>
    public string? Title { get; init; }

    /// <summary>A line under the title, e.g. the input file and run time (the report itself never reads the clock).</summary>
    public string? Subtitle { get; init; }

    /// <summary>Rows rejected while reading the input; each is listed in the report.</summary>
    public IReadOnlyList<RowIssue> InputRejections { get; init; } = [];

    /// <summary>Tier migration from the prior year, shown when given.</summary>
    public MigrationMatrix? Migration { get; init; }

    /// <summary>How the group figures are computed and rounded.</summary>
    public GroupSummaryOptions Summary { get; init; } = GroupSummaryOptions.Default;

    /// <summary>At most this many firms in each of the A and D lists (the rest are counted; results.csv has them all).
    /// <value>The default value is 500.</value></summary>
    public int MaxListedFirms { get; init; } = 500;
}
