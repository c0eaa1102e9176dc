using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Reporting;

/// <summary>The consequences that follow from the tiers: firms and land per surcharge step, quota cut and policy note.</summary>
public static partial class HtmlReport
{
    private static void WriteConsequences(HtmlWriter html, ReportContext context)
    {
        var (evaluation, options, _) = context;
        var consequences = options.Consequences;
        var assumed = false;
        if (consequences is null)
        {
            if (evaluation.Profile.Consequences is null)
            {
                return;
            }

            consequences = Consequences.ForEvaluation(evaluation, []);
            assumed = true;
        }

        var groups = new Dictionary<(ConsequenceKind Kind, string RuleId, string Text, double? Amount, string Unit), (int Firms, double Land)>();
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            foreach (var line in consequences[row])
            {
                var key = (line.Kind, line.RuleId, line.Text, line.Amount, line.Unit);
                var (firms, land) = groups.GetValueOrDefault(key);
                var area = evaluation.LandArea[row];
                groups[key] = (firms + 1, land + (double.IsNaN(area) ? 0 : area));
            }
        }

        html.Raw("<section>");
        html.Element("h2", "差别化政策 / Consequences (差别电价, 用能指标, 政策)");
        if (assumed)
        {
            html.Element("p", "未提供往年结果：按每家企业首次处于本档计算，连续多年加价未计入。No prior results were given: every firm counts as in its tier for the first year (escalation over consecutive years not applied).", "note");
        }

        if (groups.Count == 0)
        {
            html.Element("p", "本次评价没有企业适用差别化政策。No firm is subject to a consequence.", "note");
            html.Raw("</section>");
            return;
        }

        html.Table(
            ["措施 kind", "规则 rule", "内容 what", "标准 amount", "企业数 firms", "用地 亩 land"],
            groups.OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Amount).ThenBy(g => g.Key.Text, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<string>)
                [
                    KindText(g.Key.Kind), g.Key.RuleId, g.Key.Text, g.Key.Amount is { } a ? $"{HtmlWriter.Number(a, "0.####")} {g.Key.Unit}".TrimEnd() : "—",
                    HtmlWriter.Number(g.Value.Firms), context.Figure(g.Value.Land),
                ]));
        html.Element("p", "每家企业适用的措施见 results.csv 的 consequences 列。Each firm's consequences are in results.csv.", "note");
        html.Raw("</section>");
    }

    private static string KindText(ConsequenceKind kind) => kind switch
    {
        ConsequenceKind.ElectricitySurcharge => "差别电价 electricity surcharge",
        ConsequenceKind.EnergyQuotaCut => "用能指标削减 energy quota cut",
        ConsequenceKind.PolicyNote => "政策 policy",
        _ => kind.ToString(),
    };
}
