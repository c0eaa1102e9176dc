using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Reporting;

/// <summary>What goes into an <see cref="HtmlReport"/> besides the evaluation itself.</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Validated where used: <see cref="HtmlReport"/> throws <see cref="ArgumentOutOfRangeException"/> for a negative limit.</remarks>
public sealed record HtmlReportOptions
{
    /// <summary>The default options.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The page title. <value>The default value is <see cref="HtmlReport.DefaultTitle(EvaluationProfile)"/>:
    /// <c>{jurisdiction}{year}年度工业企业亩均效益综合评价</c> from the profile.</value></summary>
    public string? Title { get; init; }

    /// <summary>A line under the title, e.g. the input file and run time (the report itself never reads the clock).
    /// <value>The default value is <see langword="null"/>: no line.</value></summary>
    public string? Subtitle { get; init; }

    /// <summary>Rows rejected while reading the input; each is listed in the report.
    /// <value>The default value is empty.</value></summary>
    public IReadOnlyList<RowIssue> InputRejections { get; init => field = ReadOnlyCopy.List(value); } = ValueList<RowIssue>.Empty;

    /// <summary>Tier migration from the prior year, shown when given.
    /// <value>The default value is <see langword="null"/>: no migration section.</value></summary>
    public MigrationMatrix? Migration { get; init; }

    /// <summary>How the group figures are computed and rounded.
    /// <value>The default value is <see langword="null"/>: as the profile's <see cref="EvaluationProfile.Display"/> says
    /// (<see cref="DisplayFormat.SummaryOptions"/>). Indicator scores and totals are always shown as the profile's display says.</value></summary>
    public GroupSummaryOptions? Summary { get; init; }

    /// <summary>At most this many firms in each tier's list (D, C, A), and in each list of movers (the rest are counted; results.csv has them all).
    /// <value>The default value is 500.</value></summary>
    public int MaxListedFirms { get; init; } = 500;

    /// <summary>
    /// At most this many rows in each list of rejected rows — those rejected at input (<see cref="InputRejections"/>) and
    /// the firms the evaluation rejected or excluded — followed by <c>… and n more</c> (rejects.csv and results.csv have
    /// them all), so that 300,000 bad rows do not make a 57 MB report. 0 lists none and counts them.
    /// <value>The default value is 500.</value></summary>
    public int MaxListedRejections { get; init; } = 500;

    /// <summary>
    /// At most this many groups (regions, platforms, industries, pools) in each group table and tier chart, followed by
    /// <c>… and n more groups</c> (summary.csv has them all); the total row still covers every firm. A city has tens of
    /// regions and platforms: the cap only bounds input with an unbounded number of distinct values.
    /// <value>The default value is 200.</value></summary>
    public int MaxListedGroups { get; init; } = 200;

    /// <summary>
    /// The most characters of one firm-provided text in the report's tables (ids, names, group labels, rejected columns and
    /// values): a longer one keeps its first characters followed by <c>…(n chars)</c> (<see cref="IO.TextExcerpt.Of"/>).
    /// Reasons for rejections, which are the library's words but may quote input, are shortened at
    /// <see cref="IO.TextExcerpt.DefaultMaxCellLength"/> characters; tier reasons come from the profile and are shown whole.
    /// <value>The default value is 200 (<see cref="IO.TextExcerpt.DefaultMaxLength"/>).</value></summary>
    public int MaxTextLength { get; init; } = IO.TextExcerpt.DefaultMaxLength;

    /// <summary>
    /// Each firm's consequences (差别电价, quota cuts) as results.csv carries them (<see cref="Policies.Consequences.ForEvaluation(Evaluation, IEnumerable{Policies.PriorResult})"/>).
    /// When <see langword="null"/> and the profile has a schedule, the report computes them without prior years and says so.
    /// <value>The default value is <see langword="null"/>.</value>
    /// </summary>
    public Policies.EvaluationConsequences? Consequences { get; init; }

    /// <summary>
    /// The prior year's results (e.g. the latest <c>--prior</c> file): with <see cref="Migration"/>, the report shows each
    /// region's change in 亩均税收 and 亩均增加值.
    /// <value>The default value is empty.</value>
    /// </summary>
    public IReadOnlyList<Policies.PriorResult> Prior { get; init => field = ReadOnlyCopy.List(value); } = ValueList<Policies.PriorResult>.Empty;

    /// <summary>How many best and worst firms each region shows (by percentile in their pool); 0 leaves the section out.
    /// <value>The default value is 3.</value></summary>
    public int RegionExtremes { get; init; } = 3;

    /// <summary>
    /// Open every list (A, C, movers, group tables, rejections) so that a printed copy contains them all.
    /// <value>The default value is <see langword="false"/>: long lists start closed and a browser prints only the open ones.</value>
    /// </summary>
    public bool ExpandLists { get; init; }
}
