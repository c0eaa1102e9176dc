namespace EnterpriseScoring.Analysis;

/// <summary>A firm's figures, total, rank and tier with some of its measures changed (<see cref="WhatIfAnalysis.Evaluate"/>).</summary>
[Reporting.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))]
public sealed record WhatIfResult
{
    /// <summary>The firm's id.</summary>
    public required string FirmId { get; init; }

    /// <summary>What was held as it is, and what was computed again.</summary>
    public required WhatIfMode Mode { get; init; }

    /// <summary>The firm's status with the change (rated, or why not).</summary>
    public required FirmStatus Status { get; init; }

    /// <summary>Why the firm would not be rated, or null.</summary>
    public string? Reason { get; init; }

    /// <summary>Each indicator, today and with the change, in the pool's order.</summary>
    public required IReadOnlyList<WhatIfIndicator> Indicators { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>The total with the change (null when not rated).</summary>
    public double? Total { get; init; }

    /// <summary>The rank in the ranking scope with the change (null when not rated).</summary>
    public int? Rank { get; init; }

    /// <summary>The number of rated firms in the ranking scope.</summary>
    public int? ScopeSize { get; init; }

    /// <summary>The tier with the change (null when none).</summary>
    public Tier? Tier { get; init; }

    /// <summary>Today's total.</summary>
    public double? BaselineTotal { get; init; }

    /// <summary>Today's rank.</summary>
    public int? BaselineRank { get; init; }

    /// <summary>Today's tier.</summary>
    public Tier? BaselineTier { get; init; }

    /// <summary>What was held and anything a reader must know (e.g. the change would move the firm to another pool).</summary>
    public required IReadOnlyList<string> Notes { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>As an HTML fragment for a notebook cell (text escaped): today and with the change: total, rank and tier, then each indicator's value and score.</summary>
    public string ToHtml() => Reporting.NotebookViews.Of(this).ToHtml();

    /// <summary>The same as <see cref="ToHtml"/> in Markdown.</summary>
    public string ToMarkdown() => Reporting.NotebookViews.Of(this).ToMarkdown();
}
