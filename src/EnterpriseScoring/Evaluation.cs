using System.Collections;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.Engine;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;

namespace EnterpriseScoring;

/// <summary>
/// The result of evaluating a <see cref="FirmTable"/>: one <see cref="FirmResult"/> per input row (nothing is dropped),
/// plus each pool's weights and benchmarks.
/// </summary>
/// <remarks>Immutable and thread-safe. Results are stored column by column and materialised on demand. A notebook
/// (.NET Interactive) shows it as <see cref="Reporting.EvaluationRendering.ToHtmlSummary"/>;
/// <c>JsonSerializer.Serialize(evaluation)</c> writes the evaluation document (<see cref="Results.EvaluationJson"/>).</remarks>
[Reporting.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(Results.EvaluationJsonConverter))]
public sealed class Evaluation
{
    private readonly int[] poolOf;
    private readonly int[] eligibilityOf;
    private readonly int[] positions;
    private readonly PoolColumns[] pools;
    private readonly double[] land;
    private readonly ParcelGroups? parcels;
    private readonly FirmTable? units;
    private readonly SparseColumn<IReadOnlyList<OverrideApplication>>? vetoes;
    private readonly Lazy<Dictionary<string, int>> rowById;

    internal Evaluation(EvaluationProfile profile, FirmTable table, double[] land, int[] poolOf, int[] eligibilityOf, int[] positions, PoolColumns[] pools, SparseColumn<IReadOnlyList<OverrideApplication>>? vetoes, ParcelGroups? parcels = null, FirmTable? units = null)
    {
        this.vetoes = vetoes;
        this.parcels = parcels;
        this.units = units;
        this.eligibilityOf = eligibilityOf;
        Profile = profile;
        Table = table;
        this.land = land;
        this.poolOf = poolOf;
        this.positions = positions;
        this.pools = pools;
        Results = new ResultList(this);
        Pools = (parcels is null ? pools.Select(p => new PoolSummary(p, p.Count, p.RatedCount)).ToArray() : FirmCountsPerPool()).AsValueList();
        rowById = new Lazy<Dictionary<string, int>>(() =>
        {
            var map = new Dictionary<string, int>(table.Count, StringComparer.Ordinal);
            for (var row = 0; row < table.Count; row++)
            {
                map.TryAdd(table.Ids[row], row);
            }

            return map;
        });
    }

    /// <summary>The profile used.</summary>
    public EvaluationProfile Profile { get; }

    /// <summary>The prior-year data the evaluation used (what-if analyses recompute growth indicators with it).</summary>
    internal EvaluationContext Context { get; init; } = EvaluationContext.Empty;

    /// <summary>The evaluated firms.</summary>
    public FirmTable Table { get; }

    /// <summary>One result per table row, in table order.</summary>
    public IReadOnlyList<FirmResult> Results { get; }

    /// <summary>Each pool's weights, benchmarks and counts, in profile order.</summary>
    public IReadOnlyList<PoolSummary> Pools { get; }

    /// <summary>
    /// The manual tier decisions (调档) applied after the rules and quotas (<see cref="EnterpriseScoring.Corrections.TierAdjustments.ApplyTo"/>),
    /// in file order; empty when none. <see cref="TierCounts"/> and every result count the decided tiers.
    /// </summary>
    public IReadOnlyList<AppliedTierAdjustment> TierAdjustments { get; private init; } = ValueList<AppliedTierAdjustment>.Empty;

    /// <summary>The evaluated land area of every row (亩; NaN where unknown).</summary>
    public ReadOnlySpan<double> LandArea => land;

    /// <summary>The evaluated land area, for kernels that keep the array (never written to).</summary>
    internal double[] LandAreaArray => land;

    /// <summary>The number of results with each status.</summary>
    public IReadOnlyDictionary<FirmStatus, int> StatusCounts
    {
        get
        {
            var counts = Enum.GetValues<FirmStatus>().ToDictionary(s => s, _ => 0);
            for (var row = 0; row < Table.Count; row++)
            {
                counts[StatusOf(row)]++;
            }

            return counts;
        }
    }

    /// <summary>The number of results in each tier (firms without a tier are not counted).</summary>
    public IReadOnlyDictionary<Tier, int> TierCounts
    {
        get
        {
            var counts = Enum.GetValues<Tier>().ToDictionary(t => t, _ => 0);
            for (var row = 0; row < Table.Count; row++)
            {
                if (TierOf(row) is { } tier)
                {
                    counts[tier]++;
                }
            }

            return counts;
        }
    }

    /// <summary>The result of the firm with id <paramref name="id"/> (the first, if the id occurs twice), or null.</summary>
    /// <param name="id">统一社会信用代码.</param>
    public FirmResult? Find(string id) => rowById.Value.TryGetValue(id, out var row) ? Results[row] : null;

    /// <summary>The whole computation of the firm with id <paramref name="id"/>.</summary>
    /// <param name="id">统一社会信用代码.</param>
    /// <exception cref="KeyNotFoundException">No firm has that id.</exception>
    public string Explain(string id) =>
        rowById.Value.TryGetValue(id, out var row) ? Explain(row) : throw new KeyNotFoundException($"No firm has id '{id}'.");

    /// <summary>The whole computation of row <paramref name="row"/>, in Chinese and English, for a reviewer to redo by hand.</summary>
    /// <param name="row">The row.</param>
    public string Explain(int row) => Explanation.Write(this, row);

    /// <summary>
    /// The whole computation of the firm with id <paramref name="id"/>; with <paramref name="whatItTakes"/>, followed by the
    /// "what it takes / 提升路径" section (<see cref="Analysis.WhatIfAnalysis.WhatItTakes(string)"/>): per indicator the
    /// change of one measure that alone lifts the firm into the next tier, the uniform improvement that would, the cut-off,
    /// and what is held.
    /// </summary>
    /// <param name="id">统一社会信用代码.</param>
    /// <param name="whatItTakes">Whether to add the what-it-takes section.</param>
    /// <exception cref="KeyNotFoundException">No firm has that id.</exception>
    public string Explain(string id, bool whatItTakes) =>
        whatItTakes ? Explain(id) + Analysis.PromotionPathText.Write(new Analysis.WhatIfAnalysis(this).WhatItTakes(id)) : Explain(id);

    /// <summary>
    /// Every firm's result as a flat record of plain values (<see cref="Results.FlatResult"/>: identity, pool, status code,
    /// total, rank, percentile, tier code and label, reasons, and each indicator's value, benchmark and score), in table order
    /// — results.csv's rows, for LINQ, a DataFrame, JSON or Parquet; with the wide shape's columns.
    /// </summary>
    public Results.FlatResults ToFlatResults() => new(this);

    /// <inheritdoc />
    public override string ToString()
    {
        var counts = StatusCounts;
        return $"Evaluation '{Profile.Name}': {Table.Count} firms, {counts[FirmStatus.Rated]} rated, "
            + $"{Table.Count - counts[FirmStatus.Rated]} not rated, {pools.Length} pools";
    }

    /// <summary>
    /// This evaluation, made on the units of <paramref name="groups"/> (one row per unit), spread back to the rows of
    /// <paramref name="table"/>: each firm points at its unit's pool position, so it shows the unit's figures.
    /// </summary>
    internal Evaluation Spread(FirmTable table, ParcelGroups groups, FirmTable units)
    {
        var n = table.Count;
        var rowLand = new double[n];
        var rowPool = new int[n];
        var rowEligibility = new int[n];
        var rowPosition = new int[n];
        var rowVetoes = vetoes is null ? null : new SparseColumn<IReadOnlyList<OverrideApplication>>();
        for (var row = 0; row < n; row++)
        {
            var unit = groups.UnitOf[row];
            rowLand[row] = land[unit];
            rowPool[row] = poolOf[unit];
            rowEligibility[row] = eligibilityOf[unit];
            rowPosition[row] = positions[unit];
            if (rowVetoes is not null)
            {
                rowVetoes[row] = vetoes![unit];
            }
        }

        return new Evaluation(Profile, table, rowLand, rowPool, rowEligibility, rowPosition, pools, rowVetoes, groups, units) { Context = Context };
    }

    /// <summary>This evaluation with manual tier decisions applied after the rules and quotas (the same columns, not copied).</summary>
    internal Evaluation WithTierAdjustments(IReadOnlyList<AppliedTierAdjustment> applied, IReadOnlyDictionary<int, AppliedTierAdjustment> byRow)
    {
        var merged = new Dictionary<int, AppliedTierAdjustment>(ManualTiers ?? new Dictionary<int, AppliedTierAdjustment>());
        foreach (var (row, decision) in byRow)
        {
            merged[row] = decision;
        }

        return new Evaluation(Profile, Table, land, poolOf, eligibilityOf, positions, pools, vetoes, parcels, units)
        {
            Context = Context,
            TierAdjustments = ReadOnlyCopy.List([.. TierAdjustments, .. applied])!,
            ManualTiers = merged,
        };
    }

    /// <summary>The manual tier decisions by row; null when none.</summary>
    private IReadOnlyDictionary<int, AppliedTierAdjustment>? ManualTiers { get; init; }

    /// <summary>The manual tier decision applied to row <paramref name="row"/>, or null.</summary>
    internal AppliedTierAdjustment? TierAdjustmentOf(int row) =>
        ManualTiers is not null && ManualTiers.TryGetValue(row, out var decision) ? decision : null;

    /// <summary>The evaluated units (one row per shared parcel or single firm) when shared parcels were merged, else null.</summary>
    internal FirmTable? UnitTable => units;

    /// <summary>Whether row <paramref name="row"/> is a firm of a merged shared parcel other than its lead (whose row carries the parcel's figures in sums).</summary>
    internal bool IsParcelFollower(int row) => parcels is not null && parcels.Lead[parcels.UnitOf[row]] != row;

    /// <summary>The row of <see cref="UnitTable"/> holding the parcel's summed figures when row <paramref name="row"/> is the lead of a merged shared parcel; otherwise −1.</summary>
    internal int MergedUnitOf(int row) =>
        parcels is not null && parcels.IsMerged(parcels.UnitOf[row]) && parcels.Lead[parcels.UnitOf[row]] == row ? parcels.UnitOf[row] : -1;

    /// <summary>The parcel row <paramref name="row"/> shares with other firms (evaluated together), or null.</summary>
    internal string? SharedParcelOf(int row) =>
        parcels is not null && parcels.IsMerged(parcels.UnitOf[row]) ? Table.Parcels[row] : null;

    /// <summary>The ids of the firms evaluated together with row <paramref name="row"/>, itself excluded, in ordinal order.</summary>
    internal IReadOnlyList<string> SharedWith(int row)
    {
        if (SharedParcelOf(row) is null)
        {
            return [];
        }

        var members = parcels!.Members(parcels.UnitOf[row]);
        var ids = new List<string>(members.Length - 1);
        foreach (var m in members)
        {
            if (m != row)
            {
                ids.Add(Table.Ids[m]);
            }
        }

        return ids;
    }

    /// <summary>Pool summaries counting firms (rows), not evaluated units, when shared parcels were merged.</summary>
    private PoolSummary[] FirmCountsPerPool()
    {
        var firms = new int[pools.Length];
        var rated = new int[pools.Length];
        for (var row = 0; row < poolOf.Length; row++)
        {
            if (poolOf[row] is var p and >= 0)
            {
                firms[p]++;
                if (pools[p].Status[positions[row]] == FirmStatus.Rated)
                {
                    rated[p]++;
                }
            }
        }

        return pools.Select((p, i) => new PoolSummary(p, firms[i], rated[i])).ToArray();
    }

    internal PoolColumns? PoolOf(int row) => poolOf[row] < 0 ? null : pools[poolOf[row]];

    internal int PositionOf(int row) => positions[row];

    /// <summary>The index of row <paramref name="row"/>'s pool in <see cref="PoolColumnsAt(int)"/>, or −1 when no pool matched.</summary>
    internal int PoolIndexOf(int row) => poolOf[row];

    /// <summary>The index of the eligibility rule that took row <paramref name="row"/> out of rating, or −1.</summary>
    internal int EligibilityIndexOf(int row) => eligibilityOf[row];

    /// <summary>The number of pools.</summary>
    internal int PoolCount => pools.Length;

    internal EligibilityRule? EligibilityOf(int row) => eligibilityOf[row] < 0 ? null : Profile.Eligibility[eligibilityOf[row]];

    internal FirmStatus StatusOf(int row) =>
        EligibilityOf(row) is { } rule ? rule.Outcome
        : PoolOf(row) is { } p ? p.Status[positions[row]]
        : FirmStatus.NotPooled;

    internal string? ReasonOf(int row) =>
        EligibilityOf(row) is { } rule ? $"{rule.Id}: {rule.Label} ({rule.When})"
        : PoolOf(row) is { } p ? p.Reasons[positions[row]]
        : "no pool matches this firm / 不属于任何评价分组";

    /// <summary>The vetoes that reached row <paramref name="row"/> although eligibility took it out of rating (<see cref="OverrideRule.AppliesToIneligible"/>), or null.</summary>
    internal IReadOnlyList<OverrideApplication>? IneligibleVetoesOf(int row) => eligibilityOf[row] >= 0 ? vetoes?[row] : null;

    internal Tier? TierOf(int row) => TierAdjustmentOf(row) is { } decision ? decision.Tier : InitialTierOf(row);

    /// <summary>
    /// Writes <see cref="TierOf"/> of every row into <paramref name="tiers"/> (<c>default(Tier)</c>, 0, for none) in one
    /// pass over the position arrays: a rated firm's tier is read from its pool's column directly, every other row (not
    /// eligible, not pooled) goes through <see cref="InitialTierOf"/>, then the manual decisions are laid over.
    /// </summary>
    /// <param name="tiers">One slot per table row.</param>
    internal void FillTiers(Span<Tier> tiers)
    {
        if (tiers.Length != Table.Count)
        {
            throw new ArgumentException($"One tier per row ({Table.Count}); got {tiers.Length}.", nameof(tiers));
        }

        for (var row = 0; row < tiers.Length; row++)
        {
            if (eligibilityOf[row] < 0 && poolOf[row] >= 0)
            {
                var pool = pools[poolOf[row]];
                var k = positions[row];
                tiers[row] = TierOfStatus(pool.Status[k], pool.Tiers[k]) ?? default;
            }
            else
            {
                tiers[row] = InitialTierOf(row) ?? default;
            }
        }

        foreach (var (row, decision) in ManualTiers ?? new Dictionary<int, AppliedTierAdjustment>())
        {
            tiers[row] = decision.Tier;
        }
    }

    /// <summary>The tier the rules and quotas gave row <paramref name="row"/> (初评), before any manual decision.</summary>
    internal Tier? InitialTierOf(int row)
    {
        if (IneligibleVetoesOf(row) is { Count: > 0 } vetoed)
        {
            return vetoed[^1].To;
        }

        var status = StatusOf(row);
        return TierOfStatus(status, status == FirmStatus.Rated ? PoolOf(row)!.Tiers[positions[row]] : default);
    }

    /// <summary>The tier a status gives: T, UngradedAsB, the pool's tier when rated (none for 0), else none.</summary>
    private static Tier? TierOfStatus(FirmStatus status, Tier rated) => status switch
    {
        FirmStatus.TClass => Tier.T,
        FirmStatus.UngradedAsB => Tier.UngradedAsB,
        FirmStatus.Rated when rated != 0 => rated,
        _ => null,
    };

    internal string? TierReasonOf(int row) =>
        TierAdjustmentOf(row) is { } decision ? InitialTierReasonOf(row) + "; " + decision.Describe(Profile.Tiers) : InitialTierReasonOf(row);

    /// <summary>Why row <paramref name="row"/> got its initial tier (初评), before any manual decision.</summary>
    private string? InitialTierReasonOf(int row)
    {
        var status = StatusOf(row);
        if (IneligibleVetoesOf(row) is { Count: > 0 } vetoed)
        {
            return $"{EligibilityOf(row)!.Id}: {status}, not rated; " + string.Join("; ", vetoed.Select(o => $"veto {o.RuleId} {o.Label} ({o.Action}): {(o.From is { } from ? Profile.Tiers.CodeOf(from) : "no tier")} → {Profile.Tiers.CodeOf(o.To)}" + (o.Note == "no change" ? " (no change)" : " / 一票否决：不参评企业同样适用")));
        }

        if (status is FirmStatus.TClass or FirmStatus.UngradedAsB)
        {
            return ReasonOf(row);
        }

        if (InitialTierOf(row) is null)
        {
            return null;
        }

        var p = PoolOf(row)!;
        var k = positions[row];
        var scheme = p.Profile.Tiering!.Explain(p.Totals[k], p.Ranks[k], p.ScopeSizes[k], p.SchemeTiers[k], Profile.Tiers);
        if (p.TierNotes[k] is null && p.Overrides[k] is null)
        {
            return scheme; // the common case: no list, no join (results writers ask this of every firm)
        }

        var parts = new List<string> { scheme };
        if (p.TierNotes[k] is { } note)
        {
            parts.Add(note);
        }

        foreach (var o in p.Overrides[k] ?? [])
        {
            parts.Add(o.Note is null
                ? $"override {o.RuleId} ({o.Action}): {Profile.Tiers.CodeOf(o.From)} → {Profile.Tiers.CodeOf(o.To)}"
                : $"override {o.RuleId} ({o.Action}): {o.Note}");
        }

        return string.Join("; ", parts);
    }

    internal IReadOnlyList<OverrideApplication> OverridesOf(int row) =>
        StatusOf(row) == FirmStatus.Rated ? PoolOf(row)!.Overrides[positions[row]] ?? [] : IneligibleVetoesOf(row) ?? [];

    internal double? Figure(int row, Func<PoolColumns, int, double> select) =>
        PoolOf(row) is { } p && p.Status[positions[row]] == FirmStatus.Rated ? select(p, positions[row]) : null;

    internal IReadOnlyList<AdjustmentLine> AdjustmentsOf(int row) =>
        PoolOf(row) is { } p ? p.AdjustmentsOf(positions[row]) ?? [] : [];

    internal IReadOnlyList<IndicatorResult> IndicatorsOf(int row)
    {
        if (PoolOf(row) is not { } p)
        {
            return [];
        }

        var k = positions[row];
        var rated = p.Status[k] == FirmStatus.Rated;
        var list = new IndicatorResult[p.Indicators.Count];
        for (var j = 0; j < list.Length; j++)
        {
            var c = p.Indicators[j];
            var indicator = c.Profile.Indicator;
            var computed = c.Outcomes[k] == IndicatorOutcome.Computed;
            list[j] = new IndicatorResult(
                indicator.Id,
                indicator.ChineseName,
                indicator.EnglishName,
                indicator.Unit,
                c.Outcomes[k],
                double.IsNaN(c.Numerators[k]) ? null : c.Numerators[k],
                double.IsNaN(c.Denominators[k]) ? null : c.Denominators[k],
                computed ? c.Values[k] : null,
                computed ? c.ValuesUsed[k] : null,
                c.BenchmarkAt(k)?.Value,
                rated ? c.Normalised[k] : null,
                c.Weight,
                rated ? c.Scores[k] : null,
                rated ? c.Sources[k] : ScoreSource.NotRated)
            {
                BenchmarkGroup = c.FirmBenchmarks?.GroupAt(k),
            };
        }

        return list;
    }

    /// <summary>The finished columns of pool <paramref name="index"/> (profile order): what the results writers and reports read.</summary>
    internal PoolColumns PoolColumnsAt(int index) => pools[index];

    [Reporting.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))]
    private sealed class ResultList(Evaluation evaluation) : IReadOnlyList<FirmResult>
    {
        public int Count => evaluation.Table.Count;

        public FirmResult this[int index] => (uint)index < (uint)Count
            ? new FirmResult(evaluation, index)
            : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<FirmResult> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return new FirmResult(evaluation, i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
