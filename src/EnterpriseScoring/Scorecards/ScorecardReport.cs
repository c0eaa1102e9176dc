using System.Globalization;
using System.Text;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A self-contained HTML report of a <see cref="Scorecard"/> (scorecard.html of <c>escore scorecard</c>), built with the
/// firm report's building blocks and style: the ranking (rank, id, name, level, county, total, change on last year,
/// deductions, lists, type), targets met and unmet per indicator, the target-gap table (value, target, gap, % attained,
/// change on last year, points per platform and indicator), the bottom list and vetoes, each platform's firm tier mix and
/// bottom-tier land, the events and their deductions, and the warnings. The changes on last year come from the
/// scorecard of the year before (<see cref="Scorecard.LastYear"/>, <c>--prior</c>); without it the report says "no prior". Chinese labels with English
/// beside them; inline CSS only — no script, no network; every platform-provided text is HTML-escaped. Deterministic:
/// the same scorecard gives the same bytes.
/// </summary>
public static class ScorecardReport
{
    /// <summary>Renders the report.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The whole HTML document.</returns>
    public static string ToHtml(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var profile = scorecard.Profile;
        var title = Title(profile);
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Element("title", title).Raw("<style>").Raw(HtmlReport.Style).Raw("</style></head><body>");
        html.Element("h1", title);
        var vetoed = scorecard.Rows.Count(r => r.Vetoed);
        html.Element("p", Invariant($"考核方案 Scorecard {profile.Id} · 企业评价方案 firm profile {profile.FirmProfileReference} · 考核平台 {scorecard.Rows.Count} platforms scored, 一票否决 {vetoed} vetoed · 满分 max {Num(profile.MaxPoints)}"), "subtitle");
        html.Element("p", scorecard.LastYear.Count == 0
            ? Invariant($"比上年：无上年考核结果 no prior — no scorecard of {profile.Year - 1} was given (--prior), so no change on last year is shown.")
            : Invariant($"比上年 change on last year: against the scorecard of {profile.Year - 1} ({scorecard.LastYear.Count} platforms)."), "note");
        WriteRanking(html, scorecard);
        WriteTargets(html, scorecard);
        WriteBottom(html, scorecard);
        WriteTierMix(html, scorecard);
        WriteEvents(html, scorecard);
        if (scorecard.Warnings.Count > 0)
        {
            html.Element("h2", "注意 Warnings").Raw("<ul>");
            foreach (var warning in scorecard.Warnings)
            {
                html.Element("li", warning);
            }

            html.Raw("</ul>");
        }

        html.Element("p", "每个数字的算法见 scorecard-explain.txt（Scorecard.Explain）. Every number is worked out in scorecard-explain.txt.", "note");
        return html.Raw("</body></html>\n").ToString();
    }

    /// <summary>Writes the report to a file (UTF-8, no BOM).</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="path">The file (replaced).</param>
    public static void Write(Scorecard scorecard, string path) =>
        File.WriteAllText(path, ToHtml(scorecard), new UTF8Encoding(false));

    /// <summary>The title: <c>{jurisdiction}{year}年度平台考核</c> and the scorecard's name.</summary>
    private static string Title(ScorecardProfile profile)
    {
        var head = Invariant($"{profile.Jurisdiction}{profile.Year}年度平台考核");
        return profile.Name.Length > 0 && profile.Name != profile.Id ? $"{head} {profile.Name}" : head;
    }

    private static void WriteRanking(HtmlWriter html, Scorecard scorecard)
    {
        var profile = scorecard.Profile;
        var events = profile.EventClasses.Count > 0;
        html.Element("h2", "排名 Ranking");
        List<string> header = ["名次 rank", "平台 id", "名称 name", "级别 level", "县 county", "比较组 peer group", "得分 total", "比上年 change on last year"];
        if (events)
        {
            header.Add("扣分 deducted");
        }

        header.AddRange(["名单 list", "类型 type", "说明 flags"]);
        html.Table(header, scorecard.Rows.Select(row =>
        {
            List<string> cells =
            [
                row.Rank is { } rank ? Invariant($"{rank}/{row.PeerCount}") : "— 一票否决 vetoed",
                row.Platform.Id,
                row.Platform.Name,
                Level(row.Platform.Level),
                row.Platform.County.Length > 0 ? row.Platform.County : "—",
                row.PeerGroup,
                Num(row.Total),
                Change(scorecard, row, prior => row.Total - prior.Total, prior => prior.Vetoed ? "上年一票否决 vetoed last year" : null),
            ];
            if (events)
            {
                cells.Add(row.DeductedPoints > 0 ? "−" + Num(row.DeductedPoints) : "—");
            }

            cells.Add(ListText(profile, row));
            cells.Add(TypeText(profile, row));
            cells.Add(string.Join("; ", row.Flags));
            return (IReadOnlyList<string>)cells;
        }), "list");
    }

    private static void WriteTargets(HtmlWriter html, Scorecard scorecard)
    {
        var profile = scorecard.Profile;
        html.Element("h2", "目标完成情况 Targets met and unmet");
        html.Table(
            ["指标 indicator", "权重 W", "方法 method", "达标 met", "未达标 not met", "无数值 no value", "无目标 no target"],
            profile.Indicators.Select((indicator, k) =>
            {
                var cells = scorecard.Rows.Select(r => r.Cells[k]).ToArray();
                return (IReadOnlyList<string>)
                [
                    $"{indicator.Indicator.Name} ({indicator.Indicator.Id})",
                    Num(indicator.Weight),
                    MethodName(indicator.Method.Kind),
                    Int(cells.Count(c => c.Met == true)),
                    Int(cells.Count(c => c.Met == false)),
                    Int(cells.Count(c => c.Value is null)),
                    Int(cells.Count(c => c.Value is not null && c.Target is null)),
                ];
            }));

        var rows = scorecard.Rows.SelectMany(row => row.Cells.Select((cell, k) => (row, cell, indicator: profile.Indicators[k]))).ToArray();
        html.Raw(rows.Length > 200 ? "<details>" : "<details open>").Raw("<summary>").Text(Invariant($"目标差距 Target gaps ({rows.Length} = {scorecard.Rows.Count} platforms × {profile.Indicators.Count} indicators)")).Raw("</summary>");
        html.Table(
            ["平台 platform", "名称 name", "指标 indicator", "数值 value", "目标 target", "差距 gap", "完成率 attained %", "比上年 change on last year", "得分 points / W", "达标 met"],
            rows.Select(x => (IReadOnlyList<string>)
            [
                x.row.Platform.Id,
                x.row.Platform.Name,
                x.indicator.Indicator.Id,
                HtmlWriter.Number(x.cell.Value, "0.####"),
                x.cell.Target is { } target ? Attainment.Relation(target, profile.Year) : "—",
                x.cell.Value is { } v && x.cell.TargetValue is { } t ? Signed(v - t) : "—",
                HtmlWriter.Number(x.cell.AttainmentPercent, "0.#"),
                Change(scorecard, x.row, prior => x.cell.Value is { } now && prior.Values.TryGetValue(x.indicator.Indicator.Id, out var before) ? now - before : null, _ => null),
                Invariant($"{Num(x.cell.Points)} / {Num(x.cell.Weight)}"),
                x.cell.Met switch { true => "是 yes", false => "否 no", null => "—" },
            ]), "list");
        html.Raw("</details>");
    }

    private static void WriteBottom(HtmlWriter html, Scorecard scorecard)
    {
        var listed = scorecard.Rows.Where(r => r.OnBottomList || r.Vetoed || r.HistoryRules.Count > 0).ToArray();
        if (listed.Length == 0)
        {
            return;
        }

        html.Element("h2", "末位名单与一票否决 Bottom list and vetoes");
        html.Table(
            ["平台 platform", "名称 name", "得分 total", "名次 rank", "原因 why"],
            listed.Select(r => (IReadOnlyList<string>)
            [
                r.Platform.Id,
                r.Platform.Name,
                Num(r.Total),
                r.Rank is { } rank ? Invariant($"{rank}/{r.PeerCount}") : "—",
                string.Join("; ", r.Flags),
            ]), "list");
    }

    /// <summary>
    /// Each platform's member firms by tier of the firm evaluation — a column per code of the firm profile's tier set (T
    /// and ungraded_as_b only when a platform has such firms) — and the bottom tier's land in 亩.
    /// </summary>
    private static void WriteTierMix(HtmlWriter html, Scorecard scorecard)
    {
        var mixes = scorecard.Rows.Where(r => r.TierMix is not null).Select(r => (Row: r, Mix: r.TierMix!)).ToArray();
        if (mixes.Length == 0)
        {
            return;
        }

        var codes = mixes[0].Mix.Codes;
        var shown = Enumerable.Range(0, codes.Count).Where(i => i < codes.Count - 2 || mixes.Any(m => m.Mix.Firms[i] > 0)).ToArray();
        var bottom = mixes[0].Mix.BottomCode;
        html.Element("h2", Invariant($"企业等级构成与{bottom}类用地 Firm tier mix and {bottom}-tier (bottom) land"));
        html.Table(
            [.. new[] { "平台 platform", "名称 name", "企业 firms" }, .. shown.Select(i => codes[i] + " 类"), "无等级 no tier", Invariant($"{bottom}类用地 {bottom}-tier land (亩)")],
            mixes.Select(m => (IReadOnlyList<string>)
            [
                m.Row.Platform.Id,
                m.Row.Platform.Name,
                Int(m.Mix.Firms.Sum() + m.Mix.WithoutTier),
                .. shown.Select(i => Int(m.Mix.Firms[i])),
                Int(m.Mix.WithoutTier),
                Num(m.Mix.BottomTierLand),
            ]), "list");
        html.Element("p", Invariant($"等级为企业评价 {scorecard.Profile.FirmProfileReference} 的结果（含分区分园及并入平台的企业）；{bottom}类为其等级序列的末档. Tiers are the firm evaluation's (a platform's firms include its 分区分园's and those of platforms merged into it); {bottom} is the bottom tier of its tier set."), "note");
    }

    /// <summary>
    /// A change on last year: "no prior" when no scorecard of last year was given, "—" when the platform had no row (or the
    /// figure no value) then, else the signed difference (with a note, e.g. that it was vetoed).
    /// </summary>
    private static string Change(Scorecard scorecard, ScorecardRow row, Func<ScorecardStanding, double?> difference, Func<ScorecardStanding, string?> note)
    {
        if (scorecard.LastYear.Count == 0)
        {
            return "无上年 no prior";
        }

        if (!scorecard.LastYear.TryGetValue(row.Platform.Id, out var prior))
        {
            return "— 上年未考核 not scored last year";
        }

        var text = difference(prior) is { } d ? Signed(d) : "—";
        return note(prior) is { } n ? $"{text} ({n})" : text;
    }

    private static void WriteEvents(HtmlWriter html, Scorecard scorecard)
    {
        var profile = scorecard.Profile;
        if (profile.EventClasses.Count == 0)
        {
            return;
        }

        html.Element("h2", "事件与扣分 Events and deductions");
        html.Table(
            ["类别 class", "每起扣分 points per event", "上限 cap", "一票否决 disqualifies", "依据 source"],
            profile.EventClasses.Select(c => (IReadOnlyList<string>)[$"{c.Label} ({c.Id})", Num(c.PointsPerEvent), c.MaxPoints is { } max ? Num(max) : "—", c.Disqualifies ? "是 yes" : "否 no", c.Source]));
        var deductions = scorecard.Rows.SelectMany(r => r.Deductions.Select(d => (r, d))).ToArray();
        html.Element("p", Invariant($"计入 {scorecard.EventsCounted} 条 {profile.Year} 年度事件，其他年度 {scorecard.EventsOfOtherYears} 条未计入. {scorecard.EventsCounted} events of {profile.Year} counted; {scorecard.EventsOfOtherYears} of other years not counted."), "note");
        if (deductions.Length == 0)
        {
            return;
        }

        html.Table(
            ["平台 platform", "名称 name", "类别 class", "事件 events", "扣分 deducted", "算法 arithmetic", "事件明细 the events"],
            deductions.Select(x => (IReadOnlyList<string>)
            [
                x.r.Platform.Id,
                x.r.Platform.Name,
                $"{x.d.Class.Label} ({x.d.Class.Id})",
                Int(x.d.EventCount),
                x.d.Points > 0 ? "−" + Num(x.d.Points) : "0",
                x.d.Arithmetic,
                string.Join("; ", x.d.Events.Select(e => ScorecardEventMatching.Describe(e, x.r.Platform.Id))),
            ]), "list");
    }

    private static string ListText(ScorecardProfile profile, ScorecardRow row) =>
        string.Join(" ", new[]
        {
            row.OnTopList ? Invariant($"前{profile.TopList}名 top {profile.TopList}") : null,
            row.OnBottomList ? Invariant($"末位{profile.BottomList}名 bottom {profile.BottomList}") : null,
        }.Where(s => s is not null)) is { Length: > 0 } text ? text : "—";

    private static string TypeText(ScorecardProfile profile, ScorecardRow row)
    {
        if (row.Type.Length == 0)
        {
            return "—";
        }

        var label = profile.Types.FirstOrDefault(t => t.Id == row.Type)?.Label ?? row.Type;
        return (label == row.Type ? row.Type : $"{label} ({row.Type})") + (row.MovedByQuota ? " · 配额 quota" : string.Empty);
    }

    private static string Level(PlatformLevel level) => level == PlatformLevel.Unspecified ? "—" : PlatformLevels.ChineseName(level);

    private static string MethodName(AttainmentMethodKind kind) => kind switch
    {
        AttainmentMethodKind.CappedRatio => "capped_ratio 比值封顶",
        AttainmentMethodKind.Ratio => "ratio 比值",
        AttainmentMethodKind.GoalPosts => "goal_posts 目标进度",
        AttainmentMethodKind.EfficacyCoefficient => "efficacy_coefficient 功效系数",
        AttainmentMethodKind.BaseYearStep => "base_year_step 基数增幅",
        AttainmentMethodKind.PerItem => "per_item 按项计分",
        _ => "veto 一票否决",
    };

    private static string Num(double value) => HtmlWriter.Number(Math.Round(value, 4), "0.####");

    private static string Signed(double value) => (value > 0 ? "+" : string.Empty) + Num(value);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
