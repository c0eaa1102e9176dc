using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// The arithmetic of the attainment methods (<see cref="AttainmentMethodKind"/>): a value against a target becomes points,
/// each step written out so a reviewer can redo it.
/// </summary>
internal static class Attainment
{
    /// <summary>How far the value is toward the target, in percent: x / T (floor, cumulative), T / x (ceiling; 100 when x ≤ 0), 100 inside a band else the ratio to the nearer bound.</summary>
    public static double? Percent(double x, ScorecardTarget target, int year)
    {
        var t = target.ValueIn(year);
        switch (target.Kind)
        {
            case TargetKind.Ceiling:
                return x <= 0 ? 100 : t / x * 100;
            case TargetKind.Band:
                var upper = target.Upper ?? t;
                return x < t ? (t == 0 ? null : x / t * 100) : x > upper ? upper / x * 100 : 100;
            default:
                return t == 0 ? null : x / t * 100;
        }
    }

    /// <summary>Whether <paramref name="x"/> meets the target.</summary>
    public static bool Met(double x, ScorecardTarget target, int year)
    {
        var t = target.ValueIn(year);
        return target.Kind switch
        {
            TargetKind.Ceiling => x <= t,
            TargetKind.Band => x >= t && x <= (target.Upper ?? t),
            _ => x >= t,
        };
    }

    /// <summary>The points of value <paramref name="x"/> and their arithmetic.</summary>
    /// <param name="method">The method.</param>
    /// <param name="weight">W.</param>
    /// <param name="x">The value.</param>
    /// <param name="target">The target; null only for <see cref="AttainmentMethodKind.PerItem"/>.</param>
    /// <param name="year">The scorecard's year.</param>
    public static (double Points, string Arithmetic) Points(AttainmentMethod method, double weight, double x, ScorecardTarget? target, int year)
    {
        var (points, arithmetic) = Compute(method, weight, x, target, year, text: true);
        return (points, arithmetic!);
    }

    /// <summary>The points of value <paramref name="x"/>, without their arithmetic (<see cref="Points"/>'s points, bit for bit: the same computation).</summary>
    /// <param name="method">The method.</param>
    /// <param name="weight">W.</param>
    /// <param name="x">The value.</param>
    /// <param name="target">The target; null only for <see cref="AttainmentMethodKind.PerItem"/>.</param>
    /// <param name="year">The scorecard's year.</param>
    public static double PointsOnly(AttainmentMethod method, double weight, double x, ScorecardTarget? target, int year) =>
        Compute(method, weight, x, target, year, text: false).Points;

    /// <summary>The points of value <paramref name="x"/>, and their arithmetic when <paramref name="text"/> (else null: a
    /// scorecard writes the texts of its thousands of cells only when they are read, <see cref="AttainmentInput"/>).</summary>
    private static (double Points, string? Arithmetic) Compute(AttainmentMethod method, double weight, double x, ScorecardTarget? target, int year, bool text)
    {
        var w = text ? N(weight) : null;
        var xs = text ? N(x) : null;
        if (method.Kind == AttainmentMethodKind.PerItem)
        {
            var raw = x * method.PointsPerItem;
            var points = Math.Clamp(raw, 0, weight);
            return (points, text ? $"每项计分 per item: min({xs} × {N(method.PointsPerItem)}, {w}) = {N(points)}" : null);
        }

        ArgumentNullException.ThrowIfNull(target);
        var t = target.ValueIn(year);
        var ts = text ? N(t) : null;
        switch (method.Kind)
        {
            case AttainmentMethodKind.Veto:
                return (0, !text ? null : Attainment.Met(x, target, year)
                    ? $"一票否决 veto: {xs} {Relation(target, year)} → 通过 passed (0 points)"
                    : $"一票否决 veto: {xs} does not meet {Relation(target, year)} → 否决 vetoed");
            case AttainmentMethodKind.CappedRatio:
            case AttainmentMethodKind.Ratio:
                {
                    var capped = method.Kind == AttainmentMethodKind.CappedRatio;
                    double ratio;
                    string? steps;
                    switch (target.Kind)
                    {
                        case TargetKind.Ceiling:
                            ratio = x <= 0 ? 1 : t / x;
                            steps = !text ? null : x <= 0 ? $"{xs} ≤ 0 → 1" : $"{ts} / {xs} = {N(ratio)}";
                            break;
                        case TargetKind.Band:
                            var upper = target.Upper ?? t;
                            ratio = x < t ? x / t : x > upper ? upper / x : 1;
                            steps = !text ? null : x < t ? $"below the band: {xs} / {ts} = {N(ratio)}" : x > upper ? $"above the band: {N(upper)} / {xs} = {N(ratio)}" : $"{xs} in [{ts}, {N(upper)}] → 1";
                            break;
                        default:
                            ratio = x / t;
                            steps = text ? $"{xs} / {ts} = {N(ratio)}" : null;
                            break;
                    }

                    var r = Math.Max(0, capped ? Math.Min(ratio, 1) : ratio);
                    var points = r * weight;
                    return (points, !text ? null : capped
                        ? $"封顶比值 capped ratio: min({steps}, 1) × {w} = {N(r)} × {w} = {N(points)}"
                        : $"比值 ratio: max({steps}, 0) × {w} = {N(points)}");
                }

            case AttainmentMethodKind.GoalPosts:
                {
                    var b = target.Base!.Value;
                    var raw = (x - b) / (t - b);
                    var r = Math.Clamp(raw, 0, 1);
                    var points = r * weight;
                    return (points, !text ? null : $"目标区间 goal-posts: clamp(({xs} − {N(b)}) / ({ts} − {N(b)}), 0, 1) × {w} = clamp({N(raw)}) × {w} = {N(points)}");
                }

            case AttainmentMethodKind.EfficacyCoefficient:
                {
                    var b = target.Base!.Value;
                    var raw = EfficacyFormula.Position(x, b, t);
                    var d = EfficacyFormula.Coefficient(raw, formulaBelow: false);
                    if (raw < 0)
                    {
                        return (0, !text ? null : $"功效系数 efficacy coefficient: ({xs} − {N(b)}) / ({ts} − {N(b)}) = {N(raw)} < 0: worse than 不允许值 {N(b)} → 0");
                    }

                    var r = Math.Min(raw, 1);
                    var points = d / 100 * weight;
                    return (points, !text ? null : $"功效系数 efficacy coefficient: 60 + 40 × min(({xs} − {N(b)}) / ({ts} − {N(b)}), 1) = 60 + 40 × {N(r)} = {N(d)}; {N(d)} / 100 × {w} = {N(points)}");
                }

            case AttainmentMethodKind.BaseYearStep:
                {
                    var b = target.Base!.Value;
                    var change = Math.Round((target.LowerIsBetter ? 1 - x / b : x / b - 1) * 100, 9);
                    var steps = Math.Truncate(change / method.StepPercent);
                    var flat = method.FlatShare * weight;
                    var raw = flat + steps * method.StepPoints;
                    var points = Math.Clamp(raw, 0, flat + method.MaxBonusShare * weight);
                    if (!text)
                    {
                        return (points, null);
                    }

                    var better = target.LowerIsBetter ? $"(1 − {xs} / {N(b)})" : $"({xs} / {N(b)} − 1)";
                    return (points, $"基数增幅 base-year step: {better} × 100 = {N(change)} % → {N(steps)} full steps of {N(method.StepPercent)} %; "
                        + $"{N(method.FlatShare)} × {w} + {N(steps)} × {N(method.StepPoints)} = {N(raw)}, within [0, {N(flat + method.MaxBonusShare * weight)}] → {N(points)}");
                }

            default:
                throw new InvalidOperationException($"Unknown attainment method {method.Kind}.");
        }
    }

    /// <summary>The target as a relation: ≥ 30, ≤ 5, in [1, 2], ≥ 3 (cumulative 1 × 3 years).</summary>
    public static string Relation(ScorecardTarget target, int year) => target.Kind switch
    {
        TargetKind.Ceiling => "≤ " + N(target.Value),
        TargetKind.Band => $"in [{N(target.Value)}, {N(target.Upper ?? target.Value)}]",
        TargetKind.Cumulative => $"≥ {N(target.ValueIn(year))} (累计 cumulative {N(target.Value)} × {ExplainFormat.Int(Math.Max(0, year - (target.FromYear ?? year) + 1))} years)",
        _ => "≥ " + N(target.Value),
    };

    private static string N(double value) => ExplainFormat.Num(value);
}
