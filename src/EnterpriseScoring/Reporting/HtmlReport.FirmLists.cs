using System.Globalization;

namespace EnterpriseScoring.Reporting;

/// <summary>The lists of firms in one tier: per pool, each firm's indicator scores, total, rank and weakest indicator.</summary>
public static partial class HtmlReport
{
    /// <summary>The list of one tier's firms, per pool.</summary>
    /// <param name="html">The page.</param>
    /// <param name="context">The rendering.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="open">Open the list (<see langword="true"/>), close it (<see langword="false"/>), or open it when it is short (<see langword="null"/>).</param>
    private static void WriteFirmList(HtmlWriter html, ReportContext context, Tier tier, bool? open)
    {
        var (evaluation, options, _) = context;
        var (listed, count) = FirstInTier(evaluation, tier, options.MaxListedFirms);
        var title = $"{ReportText.Tier(tier, evaluation.Profile.Labels, evaluation.Profile.Tiers)} 企业名单 / Tier {evaluation.Profile.Tiers.CodeOf(tier)} firms ({count})";
        html.Raw("<section>");
        html.Element("h2", title);
        if (count == 0)
        {
            html.Element("p", "无 none.", "note");
            html.Raw("</section>");
            return;
        }

        OpenDetails(html, context, open ?? count <= OpenListRows, string.Create(CultureInfo.InvariantCulture, $"{count} 家企业 firms"));
        foreach (var pool in listed.GroupBy(row => evaluation.PoolOf(row)?.Profile.Id))
        {
            WritePoolFirms(html, context, pool.Key, pool.ToList());
        }

        More(html, count, options.MaxListedFirms, "完整名单见 results.csv / see results.csv");
        html.Raw("</details></section>");
    }

    private static void WritePoolFirms(HtmlWriter html, ReportContext context, string? poolId, List<int> rows)
    {
        var (evaluation, options, _) = context;
        var indicators = poolId is null ? [] : evaluation.Pools.First(p => p.Id == poolId).Indicators;
        var shared = SharedReasonPrefix(rows.Select(row => evaluation.TierReasonOf(row) ?? string.Empty).ToList());
        html.Element("h3", context.PoolName(poolId));
        if (shared.Length > 0)
        {
            html.Element("p", "分档依据 reason: " + shared.TrimEnd(' ', ';', ',', ':') + (rows.All(row => (evaluation.TierReasonOf(row) ?? string.Empty).Length == shared.Length) ? string.Empty : " …"), "note");
        }

        var oneReason = rows.All(row => (evaluation.TierReasonOf(row) ?? string.Empty).Length == shared.Length);
        html.Element("p", "指标列为各项得分，括号内为权重；最弱指标为得分占权重比例最低的一项。Indicator columns are scores (weight in brackets); the weakest indicator has the lowest score as a share of its weight.", "note");
        List<string> header = ["排名 rank", "统一社会信用代码 id", "企业名称 name", "区域 region"];
        header.AddRange(indicators.Select(i => $"{i.ChineseName} ({HtmlWriter.Number(i.Weight, "0.##")})"));
        header.AddRange(["总分 total", "最弱指标 weakest"]);
        if (!oneReason)
        {
            header.Add("分档依据 reason");
        }

        html.Table(header, rows.Select(row =>
        {
            var results = evaluation.IndicatorsOf(row);
            var cells = new List<string>
            {
                evaluation.StatusOf(row) == FirmStatus.Rated ? $"{evaluation.PoolOf(row)!.Ranks[evaluation.PositionOf(row)]}/{evaluation.PoolOf(row)!.ScopeSizes[evaluation.PositionOf(row)]}" : "—",
                TextExcerpt(evaluation.Table.Ids[row], options), TextExcerpt(evaluation.Table.Names[row], options), Label(evaluation.Table.Regions[row], options),
            };
            cells.AddRange(indicators.Select(i => context.Score(results.FirstOrDefault(r => r.IndicatorId == i.IndicatorId)?.Score)));
            cells.Add(context.Total(evaluation.Figure(row, static (p, k) => p.Totals[k])));
            cells.Add(Weakest(results) is { } weakest ? $"{weakest.ChineseName} {context.Score(weakest.Score)} ({HtmlWriter.Number(weakest.Weight)})" : "—");
            if (!oneReason)
            {
                cells.Add((evaluation.TierReasonOf(row) ?? string.Empty)[shared.Length..]);
            }

            return (IReadOnlyList<string>)cells;
        }), "list");
    }

    /// <summary>
    /// What every reason of a list begins with, cut after its last <c>"; "</c> (the sentence a quota rule repeats for each
    /// firm, e.g. <c>quota bands 20/60/15/5 (round) over 406 rated firms: …; </c> before <c>rank 387 → D</c>), or the
    /// whole reason when all are equal; empty when they share no such part.
    /// </summary>
    internal static string SharedReasonPrefix(IReadOnlyList<string> reasons)
    {
        if (reasons.Count == 0)
        {
            return string.Empty;
        }

        var first = reasons[0];
        var length = first.Length;
        foreach (var reason in reasons)
        {
            length = Math.Min(length, first.AsSpan(0, length).CommonPrefixLength(reason));
        }

        if (reasons.All(r => r.Length == length))
        {
            return first;
        }

        var cut = first[..length].LastIndexOf("; ", StringComparison.Ordinal);
        return cut < 0 ? string.Empty : first[..(cut + 2)];
    }

    /// <summary>
    /// The indicator whose score is the smallest share of its weight (ties: the first in the profile's order), among the
    /// weighted indicators with a score; <see langword="null"/> when there is none.
    /// </summary>
    internal static IndicatorResult? Weakest(IReadOnlyList<IndicatorResult> results)
    {
        IndicatorResult? weakest = null;
        var lowest = double.PositiveInfinity;
        foreach (var result in results)
        {
            if (result.Weight > 0 && result.Score is { } score && score / result.Weight < lowest)
            {
                lowest = score / result.Weight;
                weakest = result;
            }
        }

        return weakest;
    }

    /// <summary>
    /// The first <paramref name="max"/> rows of a tier in list order (pool id, rank, id, row) without sorting the whole
    /// tier (a bounded top-k), and how many firms the tier has.
    /// </summary>
    internal static (List<int> Rows, int Count) FirstInTier(Evaluation evaluation, Tier tier, int max)
    {
        var order = new FirmOrder(evaluation);
        var worstFirst = Comparer<int>.Create((a, b) => order.Compare(b, a));
        var kept = new PriorityQueue<int, int>(worstFirst);
        var count = 0;
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            if (evaluation.TierOf(row) != tier)
            {
                continue;
            }

            count++;
            if (max <= 0)
            {
                continue;
            }

            if (kept.Count < max)
            {
                kept.Enqueue(row, row);
            }
            else if (order.Compare(row, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(row, row);
            }
        }

        var listed = new List<int>(kept.Count);
        while (kept.Count > 0)
        {
            listed.Add(kept.Dequeue());
        }

        listed.Sort(order);
        return (listed, count);
    }

    /// <summary>The list order: pool id (ordinal; no pool first), rank (none first), id (ordinal), then table row.</summary>
    internal sealed class FirmOrder(Evaluation evaluation) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var c = string.CompareOrdinal(evaluation.PoolOf(x)?.Profile.Id, evaluation.PoolOf(y)?.Profile.Id);
            if (c != 0)
            {
                return c;
            }

            c = Nullable.Compare(RankOf(x), RankOf(y));
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(evaluation.Table.Ids[x], evaluation.Table.Ids[y]);
            return c != 0 ? c : x.CompareTo(y);
        }

        private int? RankOf(int row) =>
            evaluation.StatusOf(row) == FirmStatus.Rated ? evaluation.PoolOf(row)!.Ranks[evaluation.PositionOf(row)] : null;
    }
}
