using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring;

/// <summary>
/// The finished results of one pool, column by column: what <see cref="Evaluation"/>, the explanation, the results
/// writers (IO) and the reports (Reporting) read. Positions index <see cref="Rows"/> (the pool's table rows, ascending).
/// </summary>
/// <remarks>
/// This is the stable, deliberately internal contract between the engine and its readers: the engine fills its own
/// working state and hands over this read-only view when the pool is done (the same arrays, no copy), so a reader never
/// sees — or depends on — the engine's passes, scratch columns or setters. Spans and plain arrays keep the writers free
/// of per-row allocation. Immutable once built; safe to read from many threads.
/// </remarks>
internal sealed class PoolColumns
{
    private readonly int[] rows;
    private readonly FirmStatus[] status;
    private readonly SparseColumn<string> reasons;
    private readonly double[] aggregates;
    private readonly double[] bonus;
    private readonly double[] deduction;
    private readonly double[] totals;
    private readonly int[] ranks;
    private readonly double[] percentiles;
    private readonly int[] scopeSizes;
    private readonly Tier[] schemeTiers;
    private readonly Tier[] tiers;
    private readonly SparseColumn<string> tierNotes;
    private readonly SparseColumn<IReadOnlyList<OverrideApplication>> overrides;
    private readonly AdjustmentLines adjustments;

    /// <summary>Wraps a finished pool's columns (not copied: the engine no longer writes them).</summary>
    public PoolColumns(
        PoolProfile profile,
        int[] rows,
        IndicatorColumns[] indicators,
        FirmStatus[] status,
        SparseColumn<string> reasons,
        (double[] Aggregates, double[] Bonus, double[] Deduction, double[] Totals) figures,
        (int[] Ranks, double[] Percentiles, int[] ScopeSizes) ranking,
        (Tier[] SchemeTiers, Tier[] Tiers, SparseColumn<string> Notes, SparseColumn<IReadOnlyList<OverrideApplication>> Overrides) tiering,
        AdjustmentLines adjustments,
        (int RatedCount, WeightingResult? Weighting, string WeightNote) pool)
    {
        Profile = profile;
        this.rows = rows;
        Indicators = indicators;
        this.status = status;
        this.reasons = reasons;
        (aggregates, bonus, deduction, totals) = figures;
        (ranks, percentiles, scopeSizes) = ranking;
        (schemeTiers, tiers, tierNotes, overrides) = tiering;
        this.adjustments = adjustments;
        (RatedCount, Weighting, WeightNote) = pool;
    }

    /// <summary>The pool's profile.</summary>
    public PoolProfile Profile { get; }

    /// <summary>The table rows in the pool, ascending; position <c>k</c> is row <c>Rows[k]</c>.</summary>
    public ReadOnlySpan<int> Rows => rows;

    /// <summary>The number of firms (positions) in the pool.</summary>
    public int Count => rows.Length;

    /// <summary>Each indicator's columns, in the pool's indicator order.</summary>
    public IReadOnlyList<IndicatorColumns> Indicators { get; }

    /// <summary>Each firm's status in the pool (rated, rejected, excluded).</summary>
    public ReadOnlySpan<FirmStatus> Status => status;

    /// <summary>Why each firm is not rated (set only for those).</summary>
    public ReadOnlySparseColumn<string> Reasons => new(reasons);

    /// <summary>The indicator total of each rated firm (before adjustments).</summary>
    public ReadOnlySpan<double> Aggregates => aggregates;

    /// <summary>The counted bonus points of each rated firm.</summary>
    public ReadOnlySpan<double> Bonus => bonus;

    /// <summary>The counted deduction points of each rated firm.</summary>
    public ReadOnlySpan<double> Deduction => deduction;

    /// <summary>The total of each rated firm (aggregate + bonus − deduction).</summary>
    public ReadOnlySpan<double> Totals => totals;

    /// <summary>The rank of each rated firm in its ranking scope.</summary>
    public ReadOnlySpan<int> Ranks => ranks;

    /// <summary>The percentile of each rated firm in its ranking scope.</summary>
    public ReadOnlySpan<double> Percentiles => percentiles;

    /// <summary>The number of rated firms in each firm's ranking scope.</summary>
    public ReadOnlySpan<int> ScopeSizes => scopeSizes;

    /// <summary>The tier the scheme gave (after limits and re-flow), before overrides.</summary>
    public ReadOnlySpan<Tier> SchemeTiers => schemeTiers;

    /// <summary>The final tier (0 when the pool has no tier scheme or the firm is not rated).</summary>
    public ReadOnlySpan<Tier> Tiers => tiers;

    /// <summary>Remarks on the scheme tier: moved by limits, re-flowed.</summary>
    public ReadOnlySparseColumn<string> TierNotes => new(tierNotes);

    /// <summary>The override rules that matched each firm.</summary>
    public ReadOnlySparseColumn<IReadOnlyList<OverrideApplication>> Overrides => new(overrides);

    /// <summary>The bonus and deduction lines of position <paramref name="position"/> (built on demand), or <see langword="null"/> when no rule applied.</summary>
    /// <param name="position">The position in the pool.</param>
    public IReadOnlyList<AdjustmentLine>? AdjustmentsOf(int position) => adjustments[position];

    /// <summary>The number of rated firms.</summary>
    public int RatedCount { get; }

    /// <summary>The computed weights and diagnostics, when the pool computes weights.</summary>
    public WeightingResult? Weighting { get; }

    /// <summary>How the weights were obtained.</summary>
    public string WeightNote { get; }
}
