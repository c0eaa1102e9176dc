namespace EnterpriseScoring.Analysis;

/// <summary>The outcome of a <see cref="SensitivityAnalysis"/>: per firm its tier probabilities and rank interval, per pool its stability.</summary>
[Reporting.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))]
public sealed record SensitivityResult
{
    /// <summary>The options the draws were made with.</summary>
    public required SensitivityOptions Options { get; init; }

    /// <summary>One entry per row of the evaluated table, in row order.</summary>
    public required IReadOnlyList<FirmStability> Firms { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>One entry per pool of the profile, in profile order.</summary>
    public required IReadOnlyList<PoolStability> Pools { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>The tier set of the evaluated profile: the tiers whose probabilities the reports show, under its codes. <value>The default value is <see cref="Classification.TierSet.Standard"/>.</value></summary>
    public Classification.TierSet Tiers { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Classification.TierSet.Standard;

    /// <summary>What was drawn and what was held, in words.</summary>
    public required IReadOnlyList<string> Notes { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>As an HTML fragment for a notebook cell (text escaped): the notes, stability per pool and the firms nearest a cut-off (the first <see cref="Reporting.EvaluationRendering.DefaultFirmRows"/>, then "… N more firms"); <see cref="SensitivityReport.ToHtml"/> is the full page.</summary>
    public string ToHtml() => Reporting.NotebookViews.Of(this, Reporting.EvaluationRendering.DefaultFirmRows).ToHtml();

    /// <summary>The same as <see cref="ToHtml"/> in Markdown.</summary>
    public string ToMarkdown() => Reporting.NotebookViews.Of(this, Reporting.EvaluationRendering.DefaultFirmRows).ToMarkdown();
}
