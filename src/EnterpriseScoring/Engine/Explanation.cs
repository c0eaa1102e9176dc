using System.Text;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.Engine;

/// <summary>Writes the computation of one firm's result, step by step, with Chinese and English labels.</summary>
internal static class Explanation
{
    public static string Write(Evaluation evaluation, int row)
    {
        var table = evaluation.Table;
        var sb = new StringBuilder();
        sb.Append("企业 Firm: ").Append(table.Ids[row]);
        if (table.Names[row].Length > 0)
        {
            sb.Append(' ').Append(table.Names[row]);
        }

        sb.AppendLine();
        sb.Append("地区 Region: ").Append(Or(table.Regions[row])).Append(" | 平台 Platform: ").Append(Or(table.Platforms[row]))
          .Append(" | 行业 Industry: ").Append(Or(table.Industries[row])).Append(" | 规模 Size: ").Append(Or(SizeClassNames.ToChinese(table.SizeClasses[row])))
          .AppendLine();
        sb.Append("评价 Profile: ").Append(evaluation.Profile.Name);
        if (evaluation.Profile.EvaluationYear > 0)
        {
            sb.Append(" (").Append(evaluation.Profile.EvaluationYear).Append(')');
        }

        sb.AppendLine();
        foreach (var correction in table.Corrections.Where(c => string.Equals(c.Id, table.Ids[row], StringComparison.Ordinal)))
        {
            sb.Append("更正 Correction: ").Append(correction.MeasureId).Append(' ').Append(AppliedCorrection.Format(correction.OldValue)).Append(" → ")
              .Append(AppliedCorrection.Format(correction.NewValue)).Append(correction.Unit.Length > 0 ? " " + correction.Unit : string.Empty)
              .Append(" (").Append(correction.Reason).Append("; 审批 approved by ").Append(correction.ApprovedBy).Append(", ")
              .Append(correction.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).AppendLine(")");
        }

        sb.Append("用地 Land: ").AppendLine(evaluation.Profile.Land.Explain(table, row));
        if (evaluation.SharedParcelOf(row) is { } parcel)
        {
            sb.Append("合并评价 Shared parcel ").Append(parcel).Append(": evaluated as one firm with ")
              .Append(string.Join(", ", evaluation.SharedWith(row)))
              .AppendLine("; the figures below are the parcel's (measures summed) / 以下为地块合并数据");
        }

        if (evaluation.EligibilityOf(row) is { } rule)
        {
            sb.Append("状态 Status: ").Append(rule.Outcome).Append(" — ").AppendLine(evaluation.ReasonOf(row));
            foreach (var veto in evaluation.IneligibleVetoesOf(row) ?? [])
            {
                sb.Append("一票否决 Veto: ").Append(veto.RuleId).Append(' ').Append(veto.Label).Append(" (").Append(veto.Action).Append(") reaches ")
                  .Append(rule.Outcome).Append(" firms too (applies_to_ineligible): ").Append(veto.From is { } from ? from.ToString() : "no tier")
                  .Append(" → ").Append(veto.To).AppendLine(veto.Note == "no change" ? " (no change)" : " / 不参评企业同样适用");
            }

            if (evaluation.TierOf(row) is { } special)
            {
                sb.Append("分类 Tier: ").Append(special).Append(' ').AppendLine(evaluation.Profile.Labels.Of(special));
            }

            return sb.ToString();
        }

        var pool = evaluation.PoolOf(row);
        if (pool is null)
        {
            sb.Append("状态 Status: ").Append(FirmStatus.NotPooled).Append(" — ").AppendLine(evaluation.ReasonOf(row));
            return sb.ToString();
        }

        var k = evaluation.PositionOf(row);
        sb.Append("分组 Pool: ").Append(pool.Profile.Id);
        if (pool.Profile.Name.Length > 0)
        {
            sb.Append(' ').Append(pool.Profile.Name);
        }

        sb.Append(" (").Append(pool.Profile.Selector).AppendLine(")");
        var status = pool.Status[k];
        sb.Append("状态 Status: ").Append(status).Append(status == FirmStatus.Rated ? " 参评" : " — " + pool.Reasons[k]).AppendLine();
        sb.Append("权重 Weights: ").AppendLine(pool.WeightNote);
        sb.AppendLine();

        for (var j = 0; j < pool.Indicators.Count; j++)
        {
            WriteIndicator(sb, pool.Indicators[j], k, status == FirmStatus.Rated, evaluation.Context);
        }

        if (status != FirmStatus.Rated)
        {
            return sb.ToString();
        }

        sb.AppendLine();
        var scores = pool.Indicators.Select(c => Numbers.Format(c.Scores[k]));
        if (CompiledPool.SumsScoresWith(pool.Profile.Aggregation))
        {
            sb.Append("指标得分合计 Indicator total = ").Append(string.Join(" + ", scores)).Append(" = ").AppendLine(Numbers.Format(pool.Aggregates[k]));
        }
        else
        {
            sb.Append("指标得分合计 Indicator total (").Append(pool.Profile.Aggregation!.Name).Append(" of the normalised values × weights) = ")
              .AppendLine(Numbers.Format(pool.Aggregates[k]));
        }

        if (pool.AdjustmentsOf(k) is { } lines)
        {
            sb.AppendLine("加减分 Adjustments:");
            foreach (var line in lines)
            {
                sb.Append("  ").Append(line.RuleId).Append(' ').Append(line.Label).Append(": ").Append(Numbers.Signed(line.CountedPoints))
                  .Append(" (").Append(line.Detail).AppendLine(")");
            }
        }

        sb.Append("总分 Total = ").Append(Numbers.Format(pool.Aggregates[k])).Append(" + bonus ").Append(Numbers.Format(pool.Bonus[k]))
          .Append(" − deduction ").Append(Numbers.Format(pool.Deduction[k])).Append(" = ").AppendLine(Numbers.Format(pool.Totals[k]));
        sb.Append("排名 Rank: ").Append(pool.Ranks[k]).Append(" / ").Append(pool.ScopeSizes[k]).Append(" in pool ").Append(pool.Profile.Id)
          .Append(" (ties: ").Append(pool.Profile.Ties).Append(", scope: ").Append(pool.Profile.Scope).Append("), percentile ").Append(Numbers.Format(pool.Percentiles[k])).AppendLine("%");
        if (evaluation.TierAdjustmentOf(row) is { } decision)
        {
            sb.Append("初评 Initial tier: ").Append(decision.InitialTier).Append(' ').AppendLine(evaluation.Profile.Labels.Of(decision.InitialTier));
            sb.Append("调档 Manual adjustment: ").Append(decision.InitialTier).Append(" → ").Append(decision.Tier).Append(" by ").Append(decision.Decision.ApprovedBy)
              .Append(decision.Decision.Date is { } date ? ", " + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
              .Append(": ").AppendLine(decision.Decision.Reason);
        }

        if (evaluation.TierOf(row) is { } tier)
        {
            sb.Append("分类 Tier: ").Append(tier).Append(' ').Append(evaluation.Profile.Labels.Of(tier)).Append(" — ").AppendLine(evaluation.TierReasonOf(row));
        }

        return sb.ToString();
    }

    private static void WriteIndicator(StringBuilder sb, IndicatorColumns c, int k, bool rated, EvaluationContext context)
    {
        var indicator = c.Profile.Indicator;
        sb.Append("• ").Append(indicator.ChineseName).Append(' ').Append(indicator.Id).Append(" [").Append(indicator.Unit).Append("], weight 权重 ")
          .AppendLine(Numbers.Format(c.Weight));
        var formula = indicator.Formula;
        if (indicator is GrowthIndicator growth && c.Growth is { } figures)
        {
            WriteGrowth(sb, growth, c, k, figures, context);
        }
        else if (c.Outcomes[k] == IndicatorOutcome.Computed)
        {
            sb.Append("    value 指标值 = ").Append(formula).Append(" = ");
            var scale = indicator.Scale is not 1.0 ? " × " + Numbers.Format(indicator.Scale) : string.Empty;
            sb.Append(Numbers.Format(c.Numerators[k])).Append(scale).Append(" / ").Append(Numbers.Format(c.Denominators[k]))
              .Append(" = ").AppendLine(Numbers.Format(c.Values[k]));
            if (c.ValuesUsed[k] != c.Values[k])
            {
                sb.Append("    negative value clamped to 0 by policy / 负值按0计: used ").AppendLine(Numbers.Format(c.ValuesUsed[k]));
            }
        }
        else
        {
            sb.Append("    value 指标值: ").Append(formula).Append(' ').AppendLine(PoolEvaluator.Describe(c.Outcomes[k]));
        }

        if (c.BenchmarkAt(k) is { } b)
        {
            sb.Append("    benchmark 基准值 B = ").Append(Numbers.Format(b.Value)).Append(" (").Append(b.Explanation).AppendLine(")");
        }

        if (c.FirmStandards is { } standards)
        {
            sb.Append("    ").AppendLine(standards.Explain(k));
        }

        if (c.Note is not null)
        {
            sb.Append("    note: ").AppendLine(c.Note);
        }

        if (!rated)
        {
            return;
        }

        sb.Append("    score 得分 = ");
        switch (c.Sources[k])
        {
            case ScoreSource.Computed:
                sb.Append(c.ScoringAt(k)!.Explain(c.ValuesUsed[k], c.Weight, c.FitAt(k)!)).Append(" [").Append(c.Scoring.Name).Append(']');
                break;
            case ScoreSource.MissingScoredZero:
                sb.Append("0 (missing: ").Append(c.Profile.Missing).Append(')');
                break;
            case ScoreSource.MissingPoolAverage:
                sb.Append(Numbers.Format(c.Scores[k])).Append(" (missing: pool average score 分组平均得分)");
                break;
            case ScoreSource.MissingFixedScore:
                sb.Append(Numbers.Format(c.Scores[k])).Append(" (missing: ").Append(c.Profile.Missing).Append(')');
                break;
            case ScoreSource.DegenerateBenchmark:
                sb.Append("0 (degenerate benchmark)");
                break;
        }

        sb.AppendLine();
    }

    /// <summary>
    /// A growth indicator's value line: this year's figure, the prior-year value (and its year) and the formula, e.g.
    /// <c>value 指标值 = (tax_per_mu − prior tax_per_mu) × 100 / prior tax_per_mu = (30 − 24) × 100 / 24 = 25</c>, or why it is
    /// missing with whichever of the two figures is known.
    /// </summary>
    private static void WriteGrowth(StringBuilder sb, GrowthIndicator growth, IndicatorColumns c, int k, (double[] Current, double[] Prior) figures, EvaluationContext context)
    {
        var year = context.GetPriorFigures(growth.Base.Id)?.Year ?? 0;
        var priorLabel = "prior 上年" + (year > 0 ? " (" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
        var current = figures.Current[k];
        var prior = figures.Prior[k];
        if (c.Outcomes[k] == IndicatorOutcome.Computed)
        {
            var priorText = Numbers.Format(prior);
            var numbers = growth.Form == GrowthForm.PercentagePoints
                ? Numbers.Format(current) + " − " + priorText
                : "(" + Numbers.Format(current) + " − " + priorText + ") × 100 / " + (growth.NegativePrior == NegativePriorPolicy.Absolute ? "|" + priorText + "|" : priorText);
            sb.Append("    value 指标值 = ").Append(growth.Formula).Append(" = ").Append(numbers).Append(" = ").AppendLine(Numbers.Format(c.Values[k]));
            sb.Append("    ").Append(growth.Base.Id).Append(": this year 本年 ").Append(Numbers.Format(current)).Append(", ").Append(priorLabel).Append(' ')
              .Append(priorText).Append(" [").Append(growth.Base.Unit).AppendLine("]");
            if (c.ValuesUsed[k] != c.Values[k])
            {
                sb.Append("    negative value clamped to 0 by policy / 负值按0计: used ").AppendLine(Numbers.Format(c.ValuesUsed[k]));
            }

            return;
        }

        sb.Append("    value 指标值: ").Append(growth.Formula).Append(' ').AppendLine(PoolEvaluator.Describe(c.Outcomes[k]));
        var known = new List<string>();
        if (!double.IsNaN(current))
        {
            known.Add("this year 本年 " + Numbers.Format(current));
        }

        if (!double.IsNaN(prior))
        {
            known.Add(priorLabel + " " + Numbers.Format(prior));
        }

        if (known.Count > 0)
        {
            sb.Append("    ").Append(growth.Base.Id).Append(": ").Append(string.Join(", ", known)).Append(" [").Append(growth.Base.Unit).AppendLine("]");
        }
    }

    private static string Or(string text) => text.Length == 0 ? "—" : text;
}
