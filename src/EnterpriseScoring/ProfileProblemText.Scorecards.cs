namespace EnterpriseScoring;

/// <summary>The forms of the scorecard profile's problems (<c>"kind": "scorecard"</c>, docs/scorecard.md) and their hints, in Chinese.</summary>
public static partial class ProfileProblemText
{
    /// <summary>A scorecard problem message in Chinese, names, paths and numbers kept; null for a form this class does not know.</summary>
    private static string? TranslateScorecard(string message) =>
        MessageForm.FirstOf(ScorecardForms, message) ?? message switch
        {
            "no types" => "没有平台类型",
            "no event classes" => "没有事件类别",
            "is not true or false" => "不是 true 或 false",
            "tests nothing" => "没有检验任何内容",
            "is given without points_per_event" => "给出了上限但没有 points_per_event",
            "neither deducts nor disqualifies" => "既不扣分也不一票否决",
            "is only for an indicator with a \"definition\"" => "仅用于带 \"definition\" 的自定义指标",
            "is not an array of conditions" => "不是条件数组",
            "is only for a cumulative target" => "仅用于累计目标（cumulative）",
            "is only for a band" => "仅用于区间目标（band）",
            "the uncapped ratio is for floor targets only" => "不封顶的比值法（ratio）只能用于下限目标（floor）",
            "is not a method name or object" => "不是计分方法名称或对象",
            "names both platforms and levels" => "同时指定了平台（platforms）和级别（levels）",
            "is not a valid condition: a value has the wrong JSON kind (e.g. text where a number or a list is expected)" => "不是有效的条件：某个值的 JSON 类型不对（例如应为数字或列表处写了文本）",
            _ => null,
        };

    /// <summary>The forms of scorecard messages, tried in order before the fixed ones.</summary>
    private static readonly MessageForm[] ScorecardForms =
    [
        new(@"^'(?<k>.*)' is not 'scorecard'$", m => $"“{m.Groups["k"].Value}”不是“scorecard”"),
        new(@"^'(?<r>.*)' is a file, but this scorecard was not loaded from a file$", m => $"“{m.Groups["r"].Value}”是一个文件，但此考核方案不是从文件加载的"),
        new(@"^no file '(?<r>.*)' next to the scorecard$", m => $"考核方案所在文件夹中没有文件“{m.Groups["r"].Value}”"),
        new(@"^'(?<n>.*)' already names (?<other>event_classes\[\d+\])$", m => $"“{m.Groups["n"].Value}”已用于 {m.Groups["other"].Value}"),
        new(@"^'(?<n>.*)' is used twice$", m => $"“{m.Groups["n"].Value}”用了两次"),
        new(@"^'(?<n>.*)' is scored twice$", m => $"指标“{m.Groups["n"].Value}”计分了两次"),
        new(@"^applies to the same platforms and year as (?<t>targets\[\d+\])$", m => $"与 {m.Groups["t"].Value} 适用于相同的平台和年度"),
        new(@"^'(?<id>.*)' is not a valid (?<what>event class|type) id$", m => $"“{m.Groups["id"].Value}”不是有效的{(m.Groups["what"].Value == "type" ? "平台类型" : "事件类别")} id"),
        new(@"^'(?<p>.*)' does not point at anything in the scorecard profile$", m => $"“{m.Groups["p"].Value}”在考核方案中没有指向任何内容"),
        new(@"^(?<b>\S+) is not (?<side>above|below) the target (?<t>\S+)$", m => $"{m.Groups["b"].Value} 不{(m.Groups["side"].Value == "above" ? "高于" : "低于")}目标值 {m.Groups["t"].Value}"),
        new(@"^method (?<m>\S+) cannot use a band$", m => $"计分方法 {m.Groups["m"].Value} 不能用于区间目标（band）"),
    ];

    /// <summary>A scorecard problem's hint in Chinese, names and numbers kept; null for a form this class does not know.</summary>
    private static string? TranslateScorecardHint(string hint) =>
        MessageForm.FirstOf(ScorecardHintForms, hint) ?? hint switch
        {
            "a scorecard profile is an object with \"kind\": \"scorecard\"" => "考核方案是一个含 \"kind\": \"scorecard\" 的 JSON 对象",
            "a scorecard profile says \"kind\": \"scorecard\" (a firm profile is loaded by 'escore score')" => "考核方案须写明 \"kind\": \"scorecard\"（企业评价方案由 'escore score' 加载）",
            "the number of platforms listed per peer group (0 or absent: no list)" => "每个比较组列入名单的平台数（0 或不写：不设名单）",
            "the id of the type a platform takes when no rule matches (every platform gets exactly one type)" => "没有规则匹配时平台所属类型的 id（每个平台恰好属于一个类型）",
            "list the classes, or remove the key" => "请列出事件类别，或删除该键",
            "list the types, or remove the key" => "请列出平台类型，或删除该键",
            "name a built-in firm profile" => "请指定一个内置企业评价方案",
            "a relative path inside the scorecard file's folder, or a built-in name" => "考核方案文件所在文件夹内的相对路径，或内置方案名",
            "a scorecard needs at least one indicator" => "考核方案至少需要一个指标",
            "an events file names a class by its id or label: each must name one class" => "事件清单按 id 或名称（label）指定类别：每个 id 和名称只能对应一个类别",
            "give each event class its own id" => "每个事件类别须有自己的 id",
            "give each history rule its own id" => "每条历史规则须有自己的 id",
            "give each type its own id" => "每个平台类型须有自己的 id",
            "give each indicator once" => "每个指标只能出现一次",
            "give each platform, level or default one target per year (a platform takes the most specific one)" => "每个平台、级别或默认目标每年只能有一个目标值（平台取最具体的一个）",
            "a rank percentage: rank / ranked platforms × 100" => "名次百分比：名次 / 参与排名的平台数 × 100",
            "add attained_at_least, attained_below, met, value_at_least or value_below" => "请加上 attained_at_least、attained_below、met、value_at_least 或 value_below",
            "the document's 文号 or title" => "文件的文号或标题",
            "a cap limits a deduction: give points_per_event too" => "上限用于限制扣分：请同时给出 points_per_event",
            "the most points the class deducts from one platform in the year" => "该类别一年内对一个平台最多扣的分数",
            "give points_per_event > 0, or \"disqualify\": true (一票否决)" => "请给出大于 0 的 points_per_event，或 \"disqualify\": true（一票否决）",
            "a built-in indicator has its own name and unit" => "内置指标有自己的名称和单位",
            "a built-in measure id (tax, value_added, land_area …)" => "内置数据项 id（tax、value_added、land_area …）",
            "a built-in platform indicator (docs/scorecard.md), or give a \"definition\"" => "内置平台指标（docs/scorecard.md），或给出 \"definition\" 自定义",
            "at least one condition" => "至少一个条件",
            "for a ceiling the base (不允许值) is the worse, higher value" => "上限目标（ceiling）的基数（不允许值）是更差、更高的值",
            "for a floor the base (不允许值) is the worse, lower value" => "下限目标（floor）的基数（不允许值）是更差、更低的值",
            "the base-year value the change is measured against" => "计算变化所依据的基年数值",
            "a cumulative target counts from its first year" => "累计目标从其起始年度开始累计",
            "use capped_ratio, or a floor" => "请改用 capped_ratio，或使用下限目标（floor）",
            "a floor (base below the target) or a ceiling (base above it)" => "下限目标（基数低于目标值）或上限目标（基数高于目标值）",
            "the window of years, this year included (absent: equal to years, i.e. consecutive years)" => "统计的年数（含本年度；不写时等于 years，即连续年份）",
            "a, b, c, d or t" => "a、b、c、d 或 t",
            "a band needs its upper bound" => "区间目标（band）需要上限 upper",
            "remove it, or say \"kind\": \"band\"" => "请删除，或写明 \"kind\": \"band\"",
            "a ratio x / T needs T > 0" => "比值 x / T 要求 T > 0",
            "W ≥ 0" => "权重 W ≥ 0",
            "in how many years the platform must be on the list" => "平台须在多少个年度列入名单",
            "a rule that always holds: make its type the default_type instead" => "这是一条总成立的规则：请改为将其类型设为 default_type",
            "a target is for named platforms, or for levels, or (neither) the default" => "目标值适用于指定平台、指定级别，或（都不指定时）作为默认值",
            _ => null,
        };

    /// <summary>The forms of scorecard hints, tried in order before the fixed ones.</summary>
    private static readonly MessageForm[] ScorecardHintForms =
    [
        new(@"^built-in scorecards: (?<list>.*)$", m => "内置考核方案：" + m.Groups["list"].Value),
        new(@"^lower-case ASCII letters, digits and _(?:, e\.g\. (?<x>.*))?$", m => "小写 ASCII 字母、数字和 _" + (m.Groups["x"].Success ? "，例如 " + m.Groups["x"].Value : string.Empty)),
        new(@"^method (?<m>\S+) needs at least one target$", m => $"计分方法 {m.Groups["m"].Value} 至少需要一个目标值"),
        new(@"^method (?<m>\S+) needs the base value \((?<what>.*)\)$", m => $"计分方法 {m.Groups["m"].Value} 需要基数 base（{m.Groups["what"].Value}）"),
        new(@"^the condition (?<what>a member must meet|of the part), e\.g\. (?<x>.*)$", m => (m.Groups["what"].Value == "of the part" ? "“部分”的条件，例如 " : "成员企业须满足的条件，例如 ") + m.Groups["x"].Value),
        new(@"^the class's name as events files write it, e\.g\. (?<x>.*)$", m => "事件清单中书写的类别名称，例如 " + m.Groups["x"].Value),
        new(@"^the ids of the event classes, e\.g\. (?<x>.*)$", m => "事件类别的 id，例如 " + m.Groups["x"].Value),
        new(@"^N of the list, e\.g\. (?<x>\d+) for (?<y>.*)$", m => $"名单的名额 N，例如 {m.Groups["y"].Value} 为 {m.Groups["x"].Value}"),
        new(@"^a share of the group's platforms in %, e\.g\. (?<x>.*)$", m => "占本组平台数的百分比，例如 " + m.Groups["x"].Value),
        new(@"^a share of W, e\.g\. (?<x>.*)$", m => "占权重 W 的比例，例如 " + m.Groups["x"].Value),
        new(@"^the points one event deducts, e\.g\. (?<x>\S+) \(a deduction is written as a positive number\)$", m => $"每起事件扣的分数，例如 {m.Groups["x"].Value}（扣分写为正数）"),
        new(@"^keys of a profile condition: (?<list>.*) \(docs/profile-format\.md\)$", m => "企业条件的键：" + m.Groups["list"].Value + "（docs/profile-format.md）"),
        new(@"^use a path like (?<x>.*)$", m => "请使用形如 " + m.Groups["x"].Value + " 的路径"),
    ];

    /// <summary>The names the scorecard checks use for what a scorecard profile names, in Chinese; null for another.</summary>
    private static string? ScorecardNoun(string noun) => noun switch
    {
        "built-in scorecard" => "内置考核方案",
        "event class" => "事件类别",
        "history rule" => "历史规则",
        "indicator kind" => "指标类型",
        "indicator of this scorecard" => "本考核方案的指标",
        "level" => "平台级别",
        "method" => "计分方法",
        "type" => "平台类型",
        "scope" => "考核范围（scope）",
        "peer_group" => "比较组（peer_group）",
        "list" => "名单（list）",
        "per" => "分组方式（per）",
        "rounding" => "取整方式（rounding）",
        "kind" => "类型（kind）",
        "figure" => "名录数据项（figure）",
        "condition" => "条件",
        _ => null,
    };
}
