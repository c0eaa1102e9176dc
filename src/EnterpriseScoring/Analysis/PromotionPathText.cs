using System.Globalization;
using System.Text;

namespace EnterpriseScoring.Analysis;

/// <summary>The "what it takes / 提升路径" section of an explanation, in Chinese and English.</summary>
internal static class PromotionPathText
{
    /// <summary>Writes <paramref name="path"/> as an explanation section, tiers under their codes in the path's tier set.</summary>
    public static string Write(PromotionPath path)
    {
        var tiers = path.Tiers;
        var sb = new StringBuilder();
        sb.AppendLine("提升路径 What it takes to move up:");
        switch (path.Outcome)
        {
            case PromotionOutcome.Possible:
                var cut = path.CutOff!;
                sb.Append("  今天 Today: tier ").Append(tiers.CodeOf(path.CurrentTier)).Append(", total ").Append(ExplainFormat.Num(path.Total!.Value))
                  .Append(" → 目标 next tier ").Append(tiers.CodeOf(cut.Target)).Append(": cut-off ").Append(ExplainFormat.Num(cut.Total))
                  .Append(cut.Inclusive ? " (reach it / 达到即可)" : " (exceed it / 须超过)")
                  .AppendLine(cut.FirmId is { } firm ? $", the total of {firm}, the last firm inside band {tiers.CodeOf(cut.Target)}" : string.Empty);
                sb.AppendLine("  单项提升 Per indicator alone (everything else held):");
                foreach (var lever in path.Levers)
                {
                    sb.Append("    ").Append(lever.ChineseName).Append(' ').Append(lever.IndicatorId).Append(": ");
                    if (lever.CanDoAlone)
                    {
                        var measure = lever.Measure!;
                        var change = lever.Change!.Value;
                        sb.Append(measure.ChineseName).Append(' ').Append(measure.Id).Append(' ')
                          .Append(change >= 0 ? "+" : "−").Append(ExplainFormat.Num(Math.Abs(change))).Append(measure.Unit.Length > 0 ? " " + measure.Unit : string.Empty)
                          .Append(" (").Append(lever.CurrentValue is { } v ? ExplainFormat.Num(v) : "not reported / 未填报").Append(" → ").Append(ExplainFormat.Num(lever.RequiredValue!.Value)).Append(')');
                        if (lever.AlsoMoves.Count > 0)
                        {
                            sb.Append("; also moves / 同时影响 ").Append(string.Join(", ", lever.AlsoMoves));
                        }

                        sb.AppendLine();
                    }
                    else
                    {
                        sb.Append("cannot alone / 单项不能达到 — ").AppendLine(lever.Reason);
                    }
                }

                if (path.Land is { } land)
                {
                    sb.Append("  用地减少 Less land alone (evaluated area, strategy ").Append(land.Strategy).Append("): ");
                    if (land.CanDoAlone)
                    {
                        sb.Append("用地面积 land −").Append(ExplainFormat.Num(-land.Change!.Value)).Append(" 亩 (")
                          .Append(ExplainFormat.Num(land.CurrentArea)).Append(" → ").Append(ExplainFormat.Num(land.RequiredArea!.Value)).Append(')');
                    }
                    else
                    {
                        sb.Append("cannot alone / 单项不能达到 — ").Append(land.Reason);
                    }

                    sb.AppendLine(land.Moves.Count > 0 ? "; moves / 同时影响 " + string.Join(", ", land.Moves) : string.Empty);
                }

                sb.Append("  同比例提升 Uniform improvement of every indicator: ")
                  .AppendLine(path.UniformImprovement is { } p ? (p * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %" : "none lifts the firm / 不能升档");
                break;
            default:
                sb.Append("  ").Append(path.Outcome).AppendLine(path.CurrentTier is { } tier ? $" (tier {tiers.CodeOf(tier)})" : string.Empty);
                break;
        }

        foreach (var note in path.Notes)
        {
            sb.Append("  注 Note: ").AppendLine(note);
        }

        return sb.ToString();
    }
}
