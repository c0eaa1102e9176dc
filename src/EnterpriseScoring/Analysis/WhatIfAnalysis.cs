using System.Collections.Concurrent;
using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.Analysis;

/// <summary>
/// What-if questions on a finished <see cref="Evaluation"/>: a firm's total, rank and tier with some of its measures
/// changed (<see cref="Evaluate"/>), and what it takes to move up one tier (<see cref="WhatItTakes(string)"/>, 提升路径).
/// </summary>
/// <remarks>
/// Both answer at today's benchmarks, scoring fits, weights and other firms' totals (<see cref="WhatIfMode.Held"/>)
/// unless a what-if asks for <see cref="WhatIfMode.Refitted"/>. Thread-safe. docs/analysis.md explains the rules.
/// </remarks>
/// <example>
/// <code>
/// var analysis = new WhatIfAnalysis(evaluation);
/// var path = analysis.WhatItTakes("91330000MA0000001X");
/// var moved = analysis.Evaluate("91330000MA0000001X", [new MeasureChange(KnownMeasures.Tax, path.Levers[0].RequiredValue)]);
/// </code>
/// </example>
public sealed class WhatIfAnalysis
{
    private readonly Evaluator? evaluator;
    private readonly EvaluationContext? context;
    private readonly HeldEvaluation held;
    private readonly Dictionary<string, int> rowById;
    private readonly ConcurrentDictionary<string, (TierCutOff? CutOff, Tier? Best)> cutOffs = new(StringComparer.Ordinal);

    /// <summary>Prepares what-ifs on <paramref name="evaluation"/>.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="evaluator">The evaluator that made it, for <see cref="WhatIfMode.Refitted"/> (its options, such as accepted missing measures); a new one of the evaluation's profile when null.</param>
    /// <param name="context">The prior-year data the evaluation used, for <see cref="WhatIfMode.Refitted"/>; none when null.</param>
    public WhatIfAnalysis(Evaluation evaluation, Evaluator? evaluator = null, EvaluationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        Evaluation = evaluation;
        this.evaluator = evaluator;
        this.context = context;
        held = new HeldEvaluation(evaluation);
        rowById = new Dictionary<string, int>(evaluation.Table.Count, StringComparer.Ordinal);
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            rowById.TryAdd(evaluation.Table.Ids[row], row);
        }
    }

    /// <summary>The evaluation asked about.</summary>
    public Evaluation Evaluation { get; }

    /// <summary>The firm <paramref name="firmId"/> with <paramref name="changes"/> applied to its measures.</summary>
    /// <param name="firmId">The firm's id.</param>
    /// <param name="changes">The new values of some of its measures.</param>
    /// <param name="mode">What is held (<see cref="WhatIfMode.Held"/>: everything but the firm) or re-fitted.</param>
    /// <exception cref="KeyNotFoundException">No firm has that id.</exception>
    /// <exception cref="ArgumentException">A measure the input has no column for; a held what-if of a firm that is not rated; a land measure or a missing value for a firm of a shared parcel under <see cref="WhatIfMode.Held"/>.</exception>
    public WhatIfResult Evaluate(string firmId, IReadOnlyList<MeasureChange> changes, WhatIfMode mode = WhatIfMode.Held)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var row = RowOf(firmId);
        return mode == WhatIfMode.Refitted ? Refit(row, changes) : Held(row, changes);
    }

    /// <summary>
    /// The firm <paramref name="firmId"/> with its evaluated land area (亩) set to <paramref name="landArea"/> instead of the
    /// one its land measures give, everything else held (<see cref="WhatIfMode.Held"/>): every per-亩 indicator, the
    /// override rules and the classification note read the new area. This is how <see cref="LandLever.RequiredArea"/> is checked.
    /// </summary>
    /// <param name="firmId">The firm's id.</param>
    /// <param name="landArea">The evaluated land area, 亩 (an area below <see cref="Land.LandAreaLimits.MinimumMu"/> rejects the firm for its per-亩 indicators).</param>
    /// <exception cref="KeyNotFoundException">No firm has that id.</exception>
    /// <exception cref="ArgumentException">The firm is not rated, or it shares a parcel (its unit's area is the parcel's).</exception>
    public WhatIfResult EvaluateWithLandArea(string firmId, double landArea) => Held(RowOf(firmId), [], landArea);

    /// <summary>What it takes firm <paramref name="firmId"/> to move up one tier (提升路径).</summary>
    /// <param name="firmId">The firm's id.</param>
    /// <exception cref="KeyNotFoundException">No firm has that id.</exception>
    public PromotionPath WhatItTakes(string firmId) => WhatItTakes(RowOf(firmId));

    /// <summary>What it takes the firm of row <paramref name="row"/> to move up one tier.</summary>
    /// <param name="row">The row of <see cref="Evaluation"/>'s table.</param>
    public PromotionPath WhatItTakes(int row)
    {
        var result = Evaluation.Results[row];
        var notes = new List<string>();
        PromotionPath Path(PromotionOutcome outcome) => new() { FirmId = result.Id, Outcome = outcome, Tiers = Evaluation.Profile.Tiers, CurrentTier = result.Tier, Total = result.Total, Levers = [], Notes = notes };
        if (result.Status != FirmStatus.Rated)
        {
            notes.Add($"not rated ({result.Status}): no tier to move from / 未参评");
            return Path(PromotionOutcome.NotRated);
        }

        if (result.Tier is not { } tier)
        {
            notes.Add("the pool has no tier scheme (ranks only) / 该分组不分档");
            return Path(PromotionOutcome.NoTiers);
        }

        if (tier == Evaluation.Profile.Tiers.Levels[0])
        {
            notes.Add("already in the top tier / 已为最高档");
            return Path(PromotionOutcome.TopTier);
        }

        var figures = held.Figures(row, []);
        var vetoes = Evaluation.Profile.Overrides.Where((rule, r) => figures.OverrideMatches[r] && rule.IsVeto).ToList();
        foreach (var veto in vetoes)
        {
            notes.Add($"veto {veto.Id} {veto.Label} ({veto.Action}) holds the firm whatever its figures / 一票否决：提升数据不能解除");
        }

        var (cutOff, best) = CutOffOf(row, figures);
        if (cutOff is null)
        {
            notes.Add(vetoes.Count > 0
                ? "no total lifts the firm: it is vetoed (一票否决) and cannot move up by improving its numbers / 否决项企业不能通过提升指标升档"
                : $"no total lifts the firm above {Evaluation.Profile.Tiers.CodeOf(best)}: an override holds its tier / 规则锁定档次");
            return Path(PromotionOutcome.CannotMoveUp);
        }

        notes.Add(HeldNote);
        notes.Add(CutOffNote(cutOff, Evaluation.PoolOf(row)!.Profile, Evaluation.Profile.Tiers));
        var levers = Evaluation.PoolOf(row)!.Indicators.Select((_, j) => Lever(row, j, figures, cutOff)).ToArray();
        var land = LandLeverOf(row, figures, cutOff);
        var uniform = UniformImprovement(row, figures, cutOff);
        if (uniform is null)
        {
            notes.Add("no uniform improvement of the indicators lifts the firm (capped scores, missing values) / 各指标同比例提升也不能升档");
        }

        return Path(PromotionOutcome.Possible) with { CutOff = cutOff, Levers = levers, Land = land, UniformImprovement = uniform };
    }

    /// <summary>What a held what-if holds, for notes.</summary>
    internal const string HeldNote = "held: benchmarks, scoring fits, weights, imputed averages and every other firm's total as they are / 基准值、权重及其他企业得分保持不变";

    private static string CutOffNote(TierCutOff cutOff, Pools.PoolProfile pool, Classification.TierSet tiers)
    {
        var total = Internal.ExplainFormat.Num(cutOff.Total);
        var target = tiers.CodeOf(cutOff.Target);
        return cutOff.FirmId is { } firm
            ? $"cut-off for {target}: the total of {firm}, the last firm inside band {target} ({pool.Tiering?.Name}), {total}; the firm must {(cutOff.Inclusive ? "reach it (a tie is settled in its favour by the boundary-tie rule)" : "exceed it (a tie is settled against it by the boundary-tie rule)")} / 进入{target}档的分数线"
            : $"cut-off for {target}: {total} ({pool.Tiering?.Name}); the firm must reach it / 进入{target}档的分数线";
    }

    /// <summary>Whether <paramref name="tier"/> is a better level of the tier set than <paramref name="than"/> (by level, not by enum value: E and F come after T and ungraded).</summary>
    private static bool IsBetter(Tier tier, Tier than) =>
        Classification.TierSet.LevelOf(tier) is > 0 and var level && level < Classification.TierSet.LevelOf(than);

    private int RowOf(string firmId)
    {
        ArgumentNullException.ThrowIfNull(firmId);
        return rowById.TryGetValue(firmId, out var row) ? row : throw new KeyNotFoundException($"No firm has id '{firmId}'.");
    }

    private WhatIfResult Held(int row, IReadOnlyList<MeasureChange> changes, double? landArea = null)
    {
        var baseline = Evaluation.Results[row];
        if (baseline.Status != FirmStatus.Rated)
        {
            throw new ArgumentException($"Firm {baseline.Id} is not rated ({baseline.Status}): a held what-if needs a rated firm; use WhatIfMode.Refitted.", nameof(changes));
        }

        var figures = held.Figures(row, changes, landArea);
        var score = held.Score(row, figures);
        var notes = new List<string> { HeldNote };
        if (landArea is { } area)
        {
            notes.Add($"evaluated land area set to {Internal.ExplainFormat.Num(area)} 亩 (strategy {Evaluation.Profile.Land.Name}) / 用地面积按设定值计算");
        }

        if (figures.ClassificationNote is { } note)
        {
            notes.Add(note);
        }

        var placement = score.Status == FirmStatus.Rated ? held.Place(row, score.Total, figures.OverrideMatches) : null;
        var indicators = baseline.Indicators.Select((b, j) => new WhatIfIndicator(
            b.IndicatorId,
            b.ChineseName,
            figures.Outcomes[j],
            figures.Outcomes[j] == IndicatorOutcome.Computed ? figures.Values[j] : null,
            score.Status == FirmStatus.Rated ? score.Scores[j] : null,
            b.Value,
            b.Score)).ToArray();
        return new WhatIfResult
        {
            FirmId = baseline.Id,
            Mode = WhatIfMode.Held,
            Status = score.Status,
            Reason = score.Reason,
            Indicators = indicators,
            Total = placement is null ? null : score.Total,
            Rank = placement?.Rank,
            ScopeSize = placement?.ScopeSize,
            Tier = placement?.Tier,
            BaselineTotal = baseline.Total,
            BaselineRank = baseline.Rank,
            BaselineTier = baseline.Tier,
            Notes = notes,
        };
    }

    private WhatIfResult Refit(int row, IReadOnlyList<MeasureChange> changes)
    {
        var table = Evaluation.Table;
        foreach (var change in changes)
        {
            if (!table.HasMeasure(change.Measure))
            {
                throw new ArgumentException($"The input has no column for measure '{change.Measure.Id}': it cannot be changed.", nameof(changes));
            }
        }

        var builder = new FirmTableBuilder(table.Measures, table.Count);
        for (var r = 0; r < table.Count; r++)
        {
            var firm = table.GetFirm(r);
            if (r == row)
            {
                var measures = new Dictionary<string, double>(firm.Measures, StringComparer.Ordinal);
                foreach (var change in changes)
                {
                    if (change.Value is { } value)
                    {
                        measures[change.Measure.Id] = value;
                    }
                    else
                    {
                        measures.Remove(change.Measure.Id);
                    }
                }

                firm = firm.WithMeasures(measures);
            }

            builder.Add(firm, table.SourceLines.Length > r ? table.SourceLines[r] : 0);
        }

        var evaluation = (evaluator ?? new Evaluator(Evaluation.Profile)).Evaluate(builder.Build(), context);
        var baseline = Evaluation.Results[row];
        var after = evaluation.Results[row];
        var indicators = after.Indicators.Select((a, j) => new WhatIfIndicator(
            a.IndicatorId, a.ChineseName, a.Outcome, a.Value, a.Score,
            baseline.Indicators.Count > j ? baseline.Indicators[j].Value : null,
            baseline.Indicators.Count > j ? baseline.Indicators[j].Score : null)).ToArray();
        return new WhatIfResult
        {
            FirmId = baseline.Id,
            Mode = WhatIfMode.Refitted,
            Status = after.Status,
            Reason = after.Reason,
            Indicators = indicators,
            Total = after.Total,
            Rank = after.Rank,
            ScopeSize = after.PoolSize,
            Tier = after.Tier,
            BaselineTotal = baseline.Total,
            BaselineRank = baseline.Rank,
            BaselineTier = baseline.Tier,
            Notes = ["re-fitted: the whole table evaluated again with the firm's changed figures (benchmarks, weights, other firms' scores and the cut-offs may move) / 全部重新计算"],
        };
    }

    /// <summary>
    /// The smallest total that gives the firm a better tier, every other firm's total held, found by bisection over the
    /// engine's own ranking and tiering of the scope; firms of one scope with the same tiers and override matches share it.
    /// </summary>
    private (TierCutOff? CutOff, Tier? Best) CutOffOf(int row, HeldFigures figures)
    {
        var result = Evaluation.Results[row];
        var current = result.Tier!.Value;
        var pool = Evaluation.PoolOf(row)!;
        // A firm tied with others leaves a tie group behind when it moves, which can change where the group falls: such a
        // firm shares its cut-off only with the firms of its own total.
        var own = result.Total!.Value;
        var tied = held.OtherTotals(row).Contains(own) ? "|tied " + BitConverter.DoubleToInt64Bits(own).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var key = $"{Evaluation.PoolIndexOf(row)}|{held.ScopeKey(row)}|{current}|{pool.SchemeTiers[Evaluation.PositionOf(row)]}|{string.Concat(figures.OverrideMatches.Select(m => m ? '1' : '0'))}{tied}";
        return cutOffs.GetOrAdd(key, _ =>
        {
            bool Better(double total) => held.Place(row, total, figures.OverrideMatches).Tier is { } t && IsBetter(t, current);
            var total = result.Total!.Value;
            var others = held.OtherTotals(row);
            var top = others.Length == 0 ? total : Math.Max(total, others.Max());
            var reach = Math.Max(1, Math.Abs(top));
            var hi = top + reach;
            for (var k = 0; !Better(hi); k++)
            {
                if (k == 60)
                {
                    return (null, held.Place(row, hi, figures.OverrideMatches).Tier);
                }

                reach *= 2;
                hi = top + reach;
            }

            var lo = Math.Min(total, others.Length == 0 ? total : others.Min()) - 1;
            var needed = DoubleBisection.Boundary(lo, hi, Better);
            var target = held.Place(row, needed, figures.OverrideMatches).Tier!.Value;
            if (held.FirmWithTotal(row, needed) is { } tied)
            {
                return (new TierCutOff(target, needed, true, tied, needed), target);
            }

            var below = Math.BitDecrement(needed);
            return held.FirmWithTotal(row, below) is { } beaten
                ? (new TierCutOff(target, below, false, beaten, needed), target)
                : (new TierCutOff(target, needed, true, null, needed), target);
        });
    }

    /// <summary>Whether the firm, with <paramref name="changes"/>, reaches the cut-off's tier (its overrides computed again when they change).</summary>
    private bool Reaches(int row, IReadOnlyList<MeasureChange> changes, HeldFigures baseline, TierCutOff cutOff, out HeldScore score) =>
        Reaches(row, held.Figures(row, changes), baseline, cutOff, out score);

    /// <summary>Whether the firm, with <paramref name="figures"/>, reaches the cut-off's tier (its overrides computed again when they change).</summary>
    private bool Reaches(int row, HeldFigures figures, HeldFigures baseline, TierCutOff cutOff, out HeldScore score)
    {
        score = held.Score(row, figures);
        if (score.Status != FirmStatus.Rated)
        {
            return false;
        }

        return figures.OverrideMatches.AsSpan().SequenceEqual(baseline.OverrideMatches)
            ? score.Total >= cutOff.Needed
            : held.Place(row, score.Total, figures.OverrideMatches).Tier is { } t && (t == cutOff.Target || IsBetter(t, cutOff.Target));
    }

    private IndicatorLever Lever(int row, int j, HeldFigures baseline, TierCutOff cutOff)
    {
        var pool = Evaluation.PoolOf(row)!;
        var indicator = pool.Indicators[j].Profile.Indicator;
        var (measure, raises) = LeverOf(pool, j);
        IndicatorLever Cannot(string reason, double? current = null) => new()
        {
            IndicatorId = indicator.Id,
            ChineseName = indicator.ChineseName,
            Measure = measure,
            CurrentValue = current,
            CanDoAlone = false,
            Reason = reason,
            AlsoMoves = measure is null ? [] : AlsoMoves(pool, j, measure),
        };

        if (measure is null)
        {
            return Cannot("no measure of its own to change (a custom indicator, or land only) / 无可调整的数据项");
        }

        double? current = Evaluation.Table.GetMeasure(measure).TryGet(row, out var v) ? v : null;
        var up = raises == (indicator.Direction == Direction.HigherIsBetter);
        if (current is null && !up)
        {
            return Cannot($"{measure.Id} is not reported: there is nothing to reduce / 未填报", current);
        }

        var x0 = current ?? 0;
        HeldScore last = null!;
        bool Test(double x) => Reaches(row, [new MeasureChange(measure, x)], baseline, cutOff, out last);
        if (current is null && Test(0))
        {
            // Not reported today (scored by the missing-value policy): reporting it, even as 0, is enough.
            return new IndicatorLever
            {
                IndicatorId = indicator.Id,
                ChineseName = indicator.ChineseName,
                Measure = measure,
                RequiredValue = 0,
                Change = 0,
                CanDoAlone = true,
                Reason = $"{measure.Id} is not reported today: reporting it (even 0) is enough / 填报即可",
                AlsoMoves = AlsoMoves(pool, j, measure),
            };
        }

        double pass, fail = x0;
        var found = false;
        if (up)
        {
            var step = Math.Max(Math.Abs(x0), 1);
            pass = x0 + step;
            for (var k = 0; k < 64 && !(found = Test(pass)); k++)
            {
                fail = pass;
                step *= 2;
                pass = x0 + step;
            }
        }
        else
        {
            pass = x0 / 2;
            for (var k = 0; k < 64 && x0 > 0 && !(found = Test(pass)); k++)
            {
                fail = pass;
                pass = k == 62 ? 0 : pass / 2;
            }
        }

        if (!found)
        {
            var ceiling = last?.Status == FirmStatus.Rated ? last.Scores[j] : (double?)null;
            return Cannot(
                (up ? $"no increase of {measure.Id} alone lifts the total to {Internal.ExplainFormat.Num(cutOff.Needed)}" : $"no decrease of {measure.Id} (down to 0) alone lifts the total to {Internal.ExplainFormat.Num(cutOff.Needed)}")
                + (ceiling is { } c ? $": the indicator's score stops at {Internal.ExplainFormat.Num(c)} (capped) / 该指标得分已封顶" : " / 单项不能达到"),
                current);
        }

        var required = DoubleBisection.Boundary(fail, pass, Test);
        return new IndicatorLever
        {
            IndicatorId = indicator.Id,
            ChineseName = indicator.ChineseName,
            Measure = measure,
            CurrentValue = current,
            RequiredValue = required,
            Change = required - x0,
            CanDoAlone = true,
            AlsoMoves = AlsoMoves(pool, j, measure),
        };
    }

    /// <summary>
    /// The measure that moves indicator <paramref name="j"/>: among its terms (numerator first) the first that no other
    /// indicator of the pool reads, else its first numerator measure, else its first denominator measure; and whether
    /// raising it raises the indicator's value.
    /// </summary>
    private static (Measure? Measure, bool Raises) LeverOf(PoolColumns pool, int j)
    {
        if (pool.Indicators[j].Profile.Indicator is not RatioIndicator ratio)
        {
            return (null, false);
        }

        var others = new HashSet<Measure>(pool.Indicators.Where((_, i) => i != j).SelectMany(c => c.Profile.Indicator.Measures));
        var terms = ratio.Numerator.Select(t => (t, Numerator: true)).Concat(ratio.Denominator.Select(t => (t, Numerator: false)))
            .Where(x => x.t.Measure is not null && x.t.Coefficient != 0).ToList();
        var choice = terms.Where(x => !others.Contains(x.t.Measure!)).Concat(terms).Select(x => ((IndicatorTerm Term, bool Numerator)?)x).FirstOrDefault();
        return choice is { } c ? (c.Term.Measure, c.Numerator == (c.Term.Coefficient > 0)) : (null, false);
    }

    private static IReadOnlyList<string> AlsoMoves(PoolColumns pool, int j, Measure measure) =>
        pool.Indicators.Where((c, i) => i != j && c.Profile.Indicator.Measures.Contains(measure)).Select(c => c.Profile.Indicator.Id).ToArray();

    /// <summary>
    /// The land lever: the largest evaluated area (the smallest reduction) at which the firm reaches the cut-off, searched
    /// between today's area and the floor (<see cref="LandLever.MinimumArea"/>) by bisection to the last bit.
    /// </summary>
    private LandLever LandLeverOf(int row, HeldFigures baseline, TierCutOff cutOff)
    {
        var pool = Evaluation.PoolOf(row)!;
        var moves = pool.Indicators.Where(c => c.Profile.Indicator.UsesLand).Select(c => c.Profile.Indicator.Id).ToArray();
        var current = baseline.Land;
        var floor = Land.LandAreaLimits.MinimumMu;
        LandLever Cannot(string reason) => new() { Strategy = Evaluation.Profile.Land.Name, CurrentArea = current, MinimumArea = floor, CanDoAlone = false, Reason = reason, Moves = moves };
        if (moves.Length == 0)
        {
            return Cannot("no indicator of the pool is per 亩: land does not move the total / 该分组无亩均指标");
        }

        if (Evaluation.SharedParcelOf(row) is { } parcel)
        {
            return Cannot($"the firm shares parcel {parcel}: its unit's land is the parcel's, which cannot be held; re-fit with its land measures / 共用宗地");
        }

        // The floor: the smallest area at which the firm stays in its pool and eligible (a pool or rule with a minimum land).
        var classification = baseline.ClassificationNote;
        bool Stays(double area) => held.Figures(row, [], area).ClassificationNote == classification;
        if (!(current > floor))
        {
            return Cannot($"the land area {Internal.ExplainFormat.Num(current)} 亩 is already at the minimum / 用地面积已为最小");
        }

        if (!Stays(floor))
        {
            floor = DoubleBisection.Boundary(floor, current, Stays);
            if (!(current > floor))
            {
                return Cannot($"the land area {Internal.ExplainFormat.Num(current)} 亩 is the least with which the firm stays in its pool and eligible / 用地面积已为本分组下限");
            }
        }

        HeldScore last = null!;
        bool Test(double area)
        {
            var figures = held.Figures(row, [], area);
            return figures.ClassificationNote == classification && Reaches(row, figures, baseline, cutOff, out last);
        }
        if (!Test(floor))
        {
            var byPool = floor > Land.LandAreaLimits.MinimumMu;
            var atFloor = last?.Status == FirmStatus.Rated
                ? ": at that area " + string.Join(", ", pool.Indicators.Select((c, j) => (c, j)).Where(x => x.c.Profile.Indicator.UsesLand).Select(x => $"{x.c.Profile.Indicator.Id} scores {Internal.ExplainFormat.Num(last.Scores[x.j])}"))
                  + $" and the total is {Internal.ExplainFormat.Num(last.Total)}" + (byPool ? " / 用地面积已到本分组下限" : " (capped scores) / 亩均指标得分已封顶")
                : " / 用地减少不能单独达到";
            return Cannot($"no reduction of the land area down to the minimum {Internal.ExplainFormat.Num(floor)} 亩{(byPool ? " (the least with which the firm stays in its pool and eligible)" : string.Empty)} alone lifts the total to {Internal.ExplainFormat.Num(cutOff.Needed)}{atFloor}");
        }

        var required = DoubleBisection.Boundary(current, floor, Test);
        return new LandLever
        {
            Strategy = Evaluation.Profile.Land.Name,
            CurrentArea = current,
            MinimumArea = floor,
            RequiredArea = required,
            Change = required - current,
            CanDoAlone = true,
            Moves = moves,
        };
    }

    private double? UniformImprovement(int row, HeldFigures figures, TierCutOff cutOff)
    {
        var pool = Evaluation.PoolOf(row)!;
        var higher = pool.Indicators.Select(c => c.Profile.Indicator.Direction == Direction.HigherIsBetter).ToArray();
        bool Test(double p)
        {
            var score = held.Score(row, figures, (j, v) => higher[j] ? v + (p * Math.Abs(v)) : v >= 0 ? Math.Max(0, v - (p * v)) : v - (p * Math.Abs(v)));
            return score.Status == FirmStatus.Rated && score.Total >= cutOff.Needed;
        }

        var pass = 0.01;
        double fail = 0;
        for (var k = 0; !Test(pass); k++)
        {
            if (k == 50)
            {
                return null;
            }

            fail = pass;
            pass *= 2;
        }

        return DoubleBisection.Boundary(fail, pass, Test);
    }
}
