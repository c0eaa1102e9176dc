using EnterpriseScoring.IO;

namespace EnterpriseScoring.Analysis;

/// <summary>
/// The what-it-takes columns of a results file (<see cref="ResultsCsvWriterOptions.AdditionalColumns"/>; <c>escore score
/// --what-it-takes</c>): per firm the outcome, the next tier, its cut-off, the uniform improvement and, per indicator,
/// the measure that alone would lift the firm and its change, and the evaluated land area (亩) that alone would (empty: it cannot alone). docs/analysis.md lists them.
/// </summary>
public static class WhatItTakesColumns
{
    /// <summary>The columns for every row of <paramref name="analysis"/>'s evaluation, computed on up to <paramref name="maxDegreeOfParallelism"/> threads (−1: all cores).</summary>
    /// <param name="analysis">The what-if analysis of the evaluation.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use (−1: all cores); the result does not depend on it.</param>
    public static IReadOnlyList<ResultsColumn> For(WhatIfAnalysis analysis, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var evaluation = analysis.Evaluation;
        var n = evaluation.Table.Count;
        var paths = new PromotionPath[n];
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, row => paths[row] = analysis.WhatItTakes(row));
        var indicators = ResultsCsvFormat.IndicatorColumns(evaluation);
        var columns = new List<ResultsColumn>
        {
            new("what_it_takes", paths.Select(p => Code(p.Outcome)).ToArray()),
            new("what_it_takes_next_tier", paths.Select(p => p.CutOff is { } c ? evaluation.Profile.Tiers.CodeOf(c.Target) : null).ToArray()),
            new("what_it_takes_cut_off", paths.Select(p => p.CutOff is { } c ? ExplainFormat.Num(c.Total) : null).ToArray()),
            new("what_it_takes_cut_off_inclusive", paths.Select(p => p.CutOff is { } c ? (c.Inclusive ? "true" : "false") : null).ToArray()),
            new("what_it_takes_uniform_pct", paths.Select(p => p.UniformImprovement is { } u ? ExplainFormat.Num(u * 100) : null).ToArray()),
            new("what_it_takes_land_mu", paths.Select(p => p.Land is { CanDoAlone: true } l ? ExplainFormat.Num(l.RequiredArea!.Value) : null).ToArray()),
            new("what_it_takes_land_change", paths.Select(p => p.Land is { CanDoAlone: true } l ? ExplainFormat.Num(l.Change!.Value) : null).ToArray()),
        };
        foreach (var id in indicators)
        {
            var levers = paths.Select(p => p.Levers.FirstOrDefault(l => l.IndicatorId == id)).ToArray();
            columns.Add(new(id + "_lever_measure", levers.Select(l => l?.Measure?.Id).ToArray()));
            columns.Add(new(id + "_lever_change", levers.Select(l => l is { CanDoAlone: true } ? ExplainFormat.Num(l.Change!.Value) : null).ToArray()));
        }

        return columns;
    }

    private static string Code(PromotionOutcome outcome) => outcome switch
    {
        PromotionOutcome.Possible => "possible",
        PromotionOutcome.TopTier => "top_tier",
        PromotionOutcome.NotRated => "not_rated",
        PromotionOutcome.NoTiers => "no_tiers",
        _ => "cannot_move_up",
    };
}
