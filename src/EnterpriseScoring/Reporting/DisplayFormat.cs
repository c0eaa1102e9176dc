namespace EnterpriseScoring.Reporting;

/// <summary>
/// How a profile's numbers are shown where people read them — the report, results.xlsx, summary.csv and results.csv's
/// optional display columns: the precision of indicator scores, of totals, and of group figures (亩均税收 … of a
/// region). results.csv's own columns always keep full precision (the data). A profile states it in its
/// <c>display</c> section; <see cref="EvaluationProfile.Display"/> carries it.
/// </summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>). Thread-safe.</remarks>
public sealed record DisplayFormat
{
    /// <summary>Everything to 2 places, rounded half away from zero: the outputs of a profile without a <c>display</c> section.</summary>
    public static DisplayFormat Default { get; } = new();

    /// <summary>Indicator scores (<c>&lt;indicator&gt;.score</c>). <value>The default value is <see cref="DisplayPrecision.Default"/>.</value></summary>
    public DisplayPrecision Scores { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = DisplayPrecision.Default;

    /// <summary>Totals (<c>score</c>, the 综合得分). <value>The default value is <see cref="DisplayPrecision.Default"/>.</value></summary>
    public DisplayPrecision Totals { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = DisplayPrecision.Default;

    /// <summary>Group figures: the 亩均 ratios of a summary (<see cref="GroupSummary"/>). <value>The default value is <see cref="DisplayPrecision.Default"/>.</value></summary>
    public DisplayPrecision Figures { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = DisplayPrecision.Default;

    /// <summary>The same precision for scores, totals and figures (e.g. a command-line override).</summary>
    /// <param name="precision">The precision.</param>
    /// <exception cref="ArgumentNullException"><paramref name="precision"/> is null.</exception>
    public static DisplayFormat All(DisplayPrecision precision)
    {
        ArgumentNullException.ThrowIfNull(precision);
        return new DisplayFormat { Scores = precision, Totals = precision, Figures = precision };
    }

    /// <summary>The group-summary options that show figures as <see cref="Figures"/> says (other options as <paramref name="options"/>, or the defaults).</summary>
    /// <param name="options">The options to start from; <see langword="null"/> for <see cref="GroupSummaryOptions.Default"/>.</param>
    public GroupSummaryOptions SummaryOptions(GroupSummaryOptions? options = null) =>
        (options ?? GroupSummaryOptions.Default) with { Rounding = Figures.Rounding, Decimals = Figures.Decimals };
}
