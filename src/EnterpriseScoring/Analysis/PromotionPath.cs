namespace EnterpriseScoring.Analysis;

/// <summary>
/// What it takes a firm to move up one tier (提升路径), at today's benchmarks, weights and other firms' totals
/// (<see cref="WhatIfAnalysis.WhatItTakes(string)"/>).
/// </summary>
[Reporting.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))]
public sealed record PromotionPath
{
    /// <summary>The firm's id.</summary>
    public required string FirmId { get; init; }

    /// <summary>Whether the firm can move up, or why not.</summary>
    public required PromotionOutcome Outcome { get; init; }

    /// <summary>The tier set of the evaluation, whose codes the text of the path shows (e.g. A+).</summary>
    /// <value>The default value is <see cref="Classification.TierSet.Standard"/>.</value>
    public Classification.TierSet Tiers { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Classification.TierSet.Standard;

    /// <summary>The firm's tier today (null when none).</summary>
    public Tier? CurrentTier { get; init; }

    /// <summary>The firm's total today (null when not rated).</summary>
    public double? Total { get; init; }

    /// <summary>The cut-off of the next tier (null unless <see cref="PromotionOutcome.Possible"/>).</summary>
    public TierCutOff? CutOff { get; init; }

    /// <summary>Per indicator, the change of one measure that would do it alone (empty unless possible).</summary>
    public required IReadOnlyList<IndicatorLever> Levers { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>
    /// What a smaller evaluated land area alone would take: it moves every per-亩 indicator at once (null unless possible).
    /// </summary>
    public LandLever? Land { get; init; }

    /// <summary>
    /// The smallest uniform improvement of every indicator the firm has a value for (0.1 = 10 %: a higher-is-better value
    /// v becomes v + 10 % × |v|, a lower-is-better one v − 10 % × |v|, not below 0) that would; null when none would or it is not possible.
    /// </summary>
    public double? UniformImprovement { get; init; }

    /// <summary>What is held, overrides and vetoes, and anything a reader must know.</summary>
    public required IReadOnlyList<string> Notes { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>As an HTML fragment for a notebook cell (text escaped): what it takes: the cut-off, each indicator that alone would lift the firm, the uniform improvement and the notes.</summary>
    public string ToHtml() => Reporting.NotebookViews.Of(this).ToHtml();

    /// <summary>The same as <see cref="ToHtml"/> in Markdown.</summary>
    public string ToMarkdown() => Reporting.NotebookViews.Of(this).ToMarkdown();
}
