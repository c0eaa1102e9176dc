using System.Globalization;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// The <see cref="NotebookView"/> of each result type — what its public <c>ToHtml()</c> / <c>ToMarkdown()</c> and the
/// notebook's plain text show. One place per type, so the three renderings cannot disagree.
/// </summary>
internal static class NotebookViews
{
    private static readonly string[] FirmHeader = ["id", "name", "pool", "status", "total", "rank", "percentile", "tier", "label"];

    public static NotebookView Of(Evaluation evaluation, int maxFirms)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var view = new NotebookView(evaluation.ToString());
        var byPool = GroupSummary.By(evaluation, GroupKey.Pool);
        view.Table("各分组 Pools (tiers and 亩均 figures)", byPool.Header(), byPool.Cells());
        var weights = evaluation.Pools
            .SelectMany(p => p.Indicators.Select(i => new[] { p.Id, i.IndicatorId + " " + i.ChineseName, NotebookView.Num(i.Weight, "0.####"), i.Benchmark is { } b ? NotebookView.Num(b.Value, "0.####") : "—" }))
            .ToArray();
        view.Table("权重与基准值 Weights and benchmarks", ["pool", "indicator", "weight", "benchmark"], weights, leftAligned: 2);
        AddFirms(view, evaluation.Results, maxFirms, "企业 Firms (in input order)");
        return view;
    }

    public static NotebookView Of(IEnumerable<FirmResult> results, int maxFirms)
    {
        var view = new NotebookView("企业结果 Firm results");
        AddFirms(view, results, maxFirms, null);
        return view;
    }

    public static NotebookView Of(FirmResult firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        var view = new NotebookView($"{firm.Id} {firm.Name}");
        string[][] facts =
        [
            ["pool / 分组", firm.PoolId ?? "—"],
            ["status / 状态", firm.Status.ToString() + (firm.Reason is { } r ? " (" + r + ")" : string.Empty)],
            ["land / 用地 (亩)", NotebookView.Num(firm.LandArea, "0.####")],
            ["indicator points / 指标得分", NotebookView.Num(firm.IndicatorTotal, "0.####")],
            ["bonus / 加分", NotebookView.Num(firm.Bonus, "0.####")],
            ["deduction / 减分", NotebookView.Num(firm.Deduction, "0.####")],
            ["total / 总分", NotebookView.Num(firm.Total, "0.####")],
            ["rank / 排名", firm.Rank is { } rank ? $"{NotebookView.Int(rank)}/{NotebookView.Int(firm.PoolSize)}" : "—"],
            ["percentile / 百分位", NotebookView.Num(firm.Percentile, "0.##")],
            ["tier / 档次", firm.Tier is { } t ? $"{t} {firm.TierLabel}" + (firm.TierReason is { } why ? " (" + why + ")" : string.Empty) : "—"],
        ];
        view.Table(null, ["", "value"], facts);
        view.Table(
            "指标 Indicators",
            ["indicator", "value", "benchmark", "normalised", "weight", "score", "source"],
            firm.Indicators.Select(i => new[]
            {
                i.IndicatorId + " " + i.ChineseName, NotebookView.Num(i.Value, "0.####"), NotebookView.Num(i.Benchmark, "0.####"),
                NotebookView.Num(i.Normalised, "0.####"), NotebookView.Num(i.Weight, "0.####"), NotebookView.Num(i.Score, "0.####"), i.Source.ToString(),
            }).ToArray());
        if (firm.Adjustments.Count > 0)
        {
            view.Table(
                "加减分 Adjustments",
                ["rule", "label", "points", "counted", "detail"],
                firm.Adjustments.Select(a => new[] { a.RuleId, a.Label, NotebookView.Num(a.Points, "0.####"), NotebookView.Num(a.CountedPoints, "0.####"), a.Detail }).ToArray());
        }

        return view.Preformatted("计算过程 Explanation", firm.Explain());
    }

    public static NotebookView Of(GroupSummary summary) =>
        new NotebookView($"分组汇总 Group summary by {summary.Key.ToString().ToLowerInvariant()}").Table(null, summary.Header(), summary.Cells());

    public static NotebookView Of(MigrationMatrix matrix) =>
        new NotebookView($"档次迁移 Tier migration: {NotebookView.Int(matrix.Firms)} firms, {NotebookView.Int(matrix.Upgraded)} up, {NotebookView.Int(matrix.Downgraded)} down, {NotebookView.Int(matrix.Unchanged)} unchanged")
            .Table(null, matrix.Header(), matrix.Cells());

    public static NotebookView Of(WeightingResult weighting)
    {
        var view = new NotebookView($"权重 Weights: {weighting.Method}")
            .Table(null, ["#", "weight"], weighting.Weights.Select((w, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), NotebookView.Num(w, "0.######") }).ToArray());
        if (weighting.Diagnostics.Count > 0)
        {
            view.Table("诊断 Diagnostics", ["", "value"], weighting.Diagnostics.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new[] { d.Key, NotebookView.Num(d.Value, "0.######") }).ToArray());
        }

        foreach (var note in weighting.Notes)
        {
            view.Line("note: " + note);
        }

        return view;
    }

    public static NotebookView Of(EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var view = new NotebookView($"{profile.Name} ({profile.Jurisdiction}{(profile.Jurisdiction.Length > 0 ? ", " : string.Empty)}{profile.EvaluationYear.ToString(CultureInfo.InvariantCulture)})");
        if (profile.Metadata?.Description is { Length: > 0 } description)
        {
            view.Line(description);
        }

        view.Line($"land: {profile.Land.Name}; labels: {string.Join("/", profile.Tiers.Levels.Select(profile.Labels.Of))}; overrides: {profile.Overrides.Count}; eligibility rules: {profile.Eligibility.Count}");
        foreach (var pool in profile.Pools)
        {
            var weighting = pool.Weighting?.Name ?? "fixed";
            view.Table(
                $"{pool.Id} {pool.Name}: {pool.Selector}; weights {weighting}{(pool.TotalPoints is { } points ? " to " + NotebookView.Num(points) : string.Empty)}; {pool.Aggregation?.Name ?? "weighted_sum"}; tiers {Tiering(pool.Tiering)}",
                ["indicator", "weight", "scoring", "benchmark", "missing"],
                pool.Indicators.Select(i => new[]
                {
                    i.Indicator.Id + " " + i.Indicator.ChineseName, pool.Weighting is null ? NotebookView.Num(i.Weight, "0.####") : "(" + weighting + ")",
                    i.Scoring?.ToString() ?? "ratio_to_benchmark", i.Benchmark?.ToString() ?? "—", i.Missing.ToString(),
                }).ToArray());
        }

        return view;
    }

    public static NotebookView Of(WhatIfResult result)
    {
        var view = new NotebookView($"假设分析 What-if ({result.Mode}) for {result.FirmId}: {result.Status}{(result.Reason is { } r ? " (" + r + ")" : string.Empty)}");
        view.Table(
            null,
            ["", "today / 现在", "with the change / 变化后"],
            [
                ["total / 总分", NotebookView.Num(result.BaselineTotal, "0.####"), NotebookView.Num(result.Total, "0.####")],
                ["rank / 排名", NotebookView.Int(result.BaselineRank), result.Rank is { } rank ? $"{NotebookView.Int(rank)}/{NotebookView.Int(result.ScopeSize)}" : "—"],
                ["tier / 档次", result.BaselineTier?.ToString() ?? "—", result.Tier?.ToString() ?? "—"],
            ]);
        view.Table(
            "指标 Indicators",
            ["indicator", "value today", "value", "score today", "score"],
            result.Indicators.Select(i => new[] { i.IndicatorId + " " + i.ChineseName, NotebookView.Num(i.BaselineValue, "0.####"), NotebookView.Num(i.Value, "0.####"), NotebookView.Num(i.BaselineScore, "0.####"), NotebookView.Num(i.Score, "0.####") }).ToArray());
        foreach (var note in result.Notes)
        {
            view.Line("note: " + note);
        }

        return view;
    }

    public static NotebookView Of(PromotionPath path)
    {
        var view = new NotebookView($"提升路径 What it takes for {path.FirmId}: {path.Outcome}{(path.CurrentTier is { } t ? ", now " + t : string.Empty)}{(path.CutOff is { } c ? $", {NotebookView.Num(c.Needed, "0.####")} points to {c.Target}" : string.Empty)}");
        view.Table(
            "单项指标 One indicator alone",
            ["indicator", "current", "required", "change", "alone?", "reason"],
            path.Levers.Select(l => new[] { l.IndicatorId + " " + l.ChineseName, NotebookView.Num(l.CurrentValue, "0.####"), NotebookView.Num(l.RequiredValue, "0.####"), NotebookView.Num(l.Change, "0.####"), l.CanDoAlone ? "yes" : "no", l.Reason ?? string.Empty }).ToArray());
        if (path.UniformImprovement is { } uniform)
        {
            view.Line($"uniform improvement / 整体提升: {NotebookView.Percent(uniform)}");
        }

        foreach (var note in path.Notes)
        {
            view.Line("note: " + note);
        }

        return view;
    }

    public static NotebookView Of(SensitivityResult result, int maxFirms)
    {
        var view = new NotebookView($"档次稳定性 Tier stability: {NotebookView.Int(result.Options.Draws)} draws");
        foreach (var note in result.Notes)
        {
            view.Line(note);
        }

        view.Table(
            "各分组 Pools",
            ["pool", "rated", "stable", "mean Spearman ρ", "mean Kendall τ-b", "nearest a cut-off"],
            result.Pools.Select(p => new[] { p.PoolId, NotebookView.Int(p.RatedFirms), NotebookView.Percent(p.StableShare), NotebookView.Num(p.MeanSpearman, "0.0000"), NotebookView.Num(p.MeanKendall, "0.0000"), string.Join(" ", p.NearestCut) }).ToArray());
        var nearest = result.Firms.Where(f => f.CutMargin is not null).OrderBy(f => f.CutMargin!.Value).ThenBy(f => f.Id, StringComparer.Ordinal);
        var tiers = result.Tiers;
        var (rows, more) = NotebookView.Bounded(nearest, maxFirms, f => (string[])
        [
            f.Id, f.Name, f.PoolId ?? "—", SensitivityReport.BaselineCode(f, tiers) ?? "—", .. tiers.Levels.Select(t => NotebookView.Percent(f.Probability(t))),
            $"{NotebookView.Int(f.RankP5)}–{NotebookView.Int(f.RankP95)}", NotebookView.Num(f.CutMargin, "0.####"),
        ]);
        return view.Table("离分数线最近 Nearest a cut-off", ["id", "name", "pool", "baseline", .. SensitivityReport.ProbabilityHeaders(tiers), "rank p5–p95", "margin"], rows, more, "firms", 3);
    }

    public static NotebookView Of(MethodComparison comparison)
    {
        var names = comparison.Profiles;
        var view = new NotebookView($"方法比较 Method comparison: {string.Join(" vs ", names)}");
        view.Table(
            "两两一致性 Agreement per pair",
            ["first", "second", "tiered under both", "same tier", "Cohen κ"],
            comparison.Pairs.Select(p => new[] { names[p.First], names[p.Second], NotebookView.Int(p.TieredUnderBoth), NotebookView.Percent(p.SameTierShare), NotebookView.Num(p.Kappa, "0.000") }).ToArray(),
            leftAligned: 2);
        foreach (var pool in comparison.Pools)
        {
            view.Table(
                $"{pool.PoolId}: Spearman ρ ({NotebookView.Int(pool.RatedUnderAll)} firms rated under every profile)",
                ["", .. names],
                pool.Spearman.Select((row, i) => new[] { names[i] }.Concat(row.Select(v => NotebookView.Num(v, "0.000"))).ToArray()).ToArray());
        }

        return view;
    }

    private static string Tiering(ITierScheme? scheme) => scheme switch
    {
        null => "none",
        QuotaBands q => $"quota_bands {NotebookView.Num(q.A)}/{NotebookView.Num(q.B)}/{NotebookView.Num(q.C)}/{NotebookView.Num(q.D)}",
        ScoreThresholds s => $"score_thresholds A≥{NotebookView.Num(s.A)} B≥{NotebookView.Num(s.B)} C≥{NotebookView.Num(s.C)}",
        _ => scheme.Name,
    };

    private static void AddFirms(NotebookView view, IEnumerable<FirmResult> results, int maxFirms, string? heading)
    {
        var (rows, more) = NotebookView.Bounded(results, maxFirms, r => new[]
        {
            r.Id, r.Name, r.PoolId ?? "—", r.Status.ToString() + (r.Status == FirmStatus.Rated || r.Reason is null ? string.Empty : " (" + r.Reason + ")"),
            NotebookView.Num(r.Total, "0.####"), r.Rank is { } rank ? $"{NotebookView.Int(rank)}/{NotebookView.Int(r.PoolSize)}" : "—",
            NotebookView.Num(r.Percentile, "0.##"), r.Tier?.ToString() ?? "—", r.TierLabel ?? "—",
        });
        view.Table(heading, FirmHeader, rows, more, "firms", 4);
    }
}
