namespace EnterpriseScoring.Reporting;

/// <summary>The words the HTML report shows for the library's enums: Chinese first, English beside it.</summary>
internal static class ReportText
{
    /// <summary>A status's name, e.g. <c>未入组 not in any pool</c>.</summary>
    public static string Status(FirmStatus status) => status switch
    {
        FirmStatus.Rated => "参评 rated",
        FirmStatus.Rejected => "数据错误剔除 rejected (data error)",
        FirmStatus.Excluded => "缺项排除 excluded (missing data)",
        FirmStatus.NotPooled => "未入组 not in any pool",
        FirmStatus.Exempt => "免评 exempt",
        FirmStatus.Transition => "过渡期 transition period",
        FirmStatus.CollectOnly => "只采集不评价 collected only",
        FirmStatus.TClass => "不适合评价类 T class",
        FirmStatus.UngradedAsB => "不定等级 ungraded (as B)",
        _ => status.ToString(),
    };

    /// <summary>What a status means for the firm, in one sentence (Chinese, then English).</summary>
    public static string StatusMeaning(FirmStatus status) => status switch
    {
        FirmStatus.Rated => "已计分、排名并分档。Scored, ranked and tiered in its pool.",
        FirmStatus.Rejected => "评价时发现数据错误（如用地为 0），未计分。A data error found during evaluation (e.g. zero land): not scored.",
        FirmStatus.Excluded => "缺少方案要求的数据，按缺项规则排除。A value the profile needs is missing and its policy excludes the firm.",
        FirmStatus.NotPooled => "不符合任何评价分组的条件（如规下企业用地不足门槛），不参加评价。Matches no pool's selector (e.g. a 规下 firm below the land threshold).",
        FirmStatus.Exempt => "按方案的免评规则不参加评价（如水电气热供应企业）。Exempt by an eligibility rule (e.g. utilities).",
        FirmStatus.Transition => "新投产或在建重大项目，处于过渡期，本年度不评价。Newly in production or under construction: not rated this year.",
        FirmStatus.CollectOnly => "只采集数据，不评价。Data collected, not rated.",
        FirmStatus.TClass => "列为不适合评价类（T 类）。Classified T: not suited to evaluation.",
        FirmStatus.UngradedAsB => "已评价但不定等级，参照 B 类管理。Evaluated but ungraded, managed as B.",
        _ => string.Empty,
    };

    /// <summary>A tier's name for headings: its label, prefixed with its code unless the label starts with it (<c>A类</c>, <c>D 倒逼整治类</c>, <c>A+类（优先发展类）</c>).</summary>
    public static string Tier(Tier tier, Classification.TierLabels labels, Classification.TierSet tiers) => tier switch
    {
        EnterpriseScoring.Tier.UngradedAsB => labels.Ungraded,
        _ when labels.Of(tier).StartsWith(tiers.CodeOf(tier), StringComparison.Ordinal) => labels.Of(tier),
        _ => $"{tiers.CodeOf(tier)} {labels.Of(tier)}",
    };

    /// <summary>A migration state's name: the code of its level in the matrix's tier set, T, or a bilingual name.</summary>
    public static string State(MigrationState state, MigrationMatrix matrix) => state switch
    {
        MigrationState.Absent => "无（新增/退出）absent",
        MigrationState.Unrated => "未评价 unrated",
        MigrationState.UngradedAsB => "不定等级 ungraded",
        _ => matrix.CodeOf(state),
    };

    /// <summary>A pool's name with its id, e.g. <c>规上企业 (above_size)</c>; the id alone when the pool has no name.</summary>
    public static string Pool(string id, string name) => name.Length == 0 || name == id ? id : $"{name} ({id})";

    /// <summary>
    /// An indicator value in its unit for people: a unit of <c>比值</c> (a ratio such as R&amp;D intensity) is shown as a
    /// percentage (0.0186 → <c>1.86 %</c>); any other value with its unit (<c>25.5 万元/亩</c>).
    /// </summary>
    public static string Value(double? value, string unit, string format = "0.##")
    {
        if (value is not { } v)
        {
            return "—";
        }

        return IsRatio(unit) ? HtmlWriter.Number(v * 100, format) + " %" : HtmlWriter.Number(v, format) + (unit.Length > 0 ? " " + unit : string.Empty);
    }

    /// <summary>A value without its unit, a ratio as a percentage (0.0186 → <c>1.86 %</c>).</summary>
    public static string Number(double? value, string unit, string format = "0.##") =>
        value is { } v && IsRatio(unit) ? HtmlWriter.Number(v * 100, format) + " %" : HtmlWriter.Number(value, format);

    /// <summary>Whether a unit is a plain ratio shown as a percentage.</summary>
    public static bool IsRatio(string unit) => unit is "比值" or "ratio";
}
