namespace EnterpriseScoring;

/// <summary>
/// A <see cref="ProfileProblem"/> in Chinese, for the county staff who write or fix a profile (the CLI prints it this way
/// under <c>--lang zh</c> or a Chinese locale). The JSON path stays as it is; the message and the hint are translated
/// where they have one of the forms the library's profile and scorecard checks write (unknown keys and names, missing
/// keys, wrong JSON kinds, numbers out of range, files and built-ins not found, files refused or unreadable, syntax errors,
/// <c>extends</c> cycles, standard-value tables and every bad line of their CSV files…),
/// keeping every name, number and path they carry. A message of another form is kept in English, so that nothing is lost.
/// Thread-safe.
/// </summary>
public static partial class ProfileProblemText
{
    /// <summary>The whole problem in Chinese: <c>路径：消息（提示：…）</c>.</summary>
    /// <param name="problem">The problem.</param>
    public static string Chinese(ProfileProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var message = ChineseMessage(problem.Message);
        return problem.Hint is null ? $"{problem.Path}：{message}" : $"{problem.Path}：{message}（提示：{ChineseHint(problem.Hint)}）";
    }

    /// <summary>Whether <see cref="ChineseMessage"/> knows the form of <paramref name="message"/> (else it keeps the English).</summary>
    /// <param name="message">An English problem message.</param>
    public static bool IsTranslated(string message) => Translate(message) is not null;

    /// <summary>The message of a problem in Chinese; the English message itself when its form is not one this class knows.</summary>
    /// <param name="message">The English message.</param>
    public static string ChineseMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Translate(message) ?? message;
    }

    /// <summary>
    /// The hint of a problem in Chinese: the usual forms (<c>did you mean 'x'?</c>, <c>known keys: …</c>, <c>one of …</c>,
    /// <c>e.g. …</c>, the list of built-in profiles) translated, names and examples kept; another hint in English.
    /// </summary>
    /// <param name="hint">The English hint.</param>
    public static string ChineseHint(string hint)
    {
        ArgumentNullException.ThrowIfNull(hint);
        var parts = hint.Split("; see ", 2);
        var text = TranslateHint(parts[0]) ?? parts[0];
        return parts.Length == 2 ? $"{text}；参见 {parts[1]}" : text;
    }

    private static string? TranslateHint(string hint) =>
        MessageForm.FirstOf(HintForms, hint) ?? hint switch
        {
            "give a value or remove the key" => "请给出取值，或删除该键",
            "remove it" => "请删除",
            "start with {" => "以 { 开头",
            "remove the stray character" => "请删除多余的字符",
            "a profile is a JSON object" => "评价方案是一个 JSON 对象",
            "a profile is a JSON object with keys such as name, evaluation_year and pools" => "评价方案是一个 JSON 对象，顶层键为 name、evaluation_year、pools 等",
            "a profile cannot extend itself, directly or through others" => "方案不能直接或间接地 extends 自身",
            "put all changes to one item into one object" => "对同一项的修改请写在一个对象中",
            "use snake_case without spaces" => "请用不含空格的 snake_case",
            "a built-in id (e.g. tax_per_mu), a registered indicator, or define it with numerator and denominator" => "内置指标 id（如 tax_per_mu）、已注册的指标，或用 numerator 和 denominator 自定义",
            "name a built-in profile, or load the profile from its file (ProfileLoader.Load(path), escore --profile FILE) or with ProfileResolver.Directory(folder)" => "请写内置方案名，或从方案文件加载（ProfileLoader.Load(path)、escore --profile FILE），或用 ProfileResolver.Directory(folder) 加载",
            "name a built-in profile" => "请写内置方案名",
            "a built-in id (e.g. tax_per_mu), a registered indicator, an indicator listed earlier in the same pool, or one defined in another pool" => "内置指标 id（如 tax_per_mu）、已注册的指标、本分组中排在前面的指标，或其他分组中定义的指标",
            "list its definition before the growth indicator" => "请把它的定义排在增速指标之前",
            "give the definitions one meaning, or define the figure in this pool before the growth indicator" => "请使各处定义一致，或在本分组中于增速指标之前定义该指标",
            "check commas, quotes and brackets" => "请检查逗号、引号和括号",
            "a profile is a UTF-8 JSON object: if this file is one, check commas, quotes and brackets there" => "评价方案是 UTF-8 编码的 JSON 对象：如果此文件是方案，请检查其中的逗号、引号和括号",
            _ => TranslateScorecardHint(hint) ?? TranslateFileOrTableHint(hint),
        };

    /// <summary>The forms of hints, tried in order before the fixed hints: the first that matches gives the Chinese.</summary>
    private static readonly MessageForm[] HintForms =
    [
        new(@"^did you mean '(?<x>.*)'\?$", m => $"是否应为“{m.Groups["x"].Value}”？"),
        new(@"^(known keys|keys here): (?<list>.*)$", m => "可用的键：" + m.Groups["list"].Value),
        new(@"^one of (?<list>.*)$", m => "可选值：" + m.Groups["list"].Value),
        new(@"^known: (?<list>.*)$", m => "已知的：" + m.Groups["list"].Value),
        new(@"^built-in profiles: (?<list>.*)$", m => "内置方案：" + m.Groups["list"].Value),
        new(@"^name the profile's own tiers in an inline schedule, e\.g\. (?<x>.*)$", m => "请在内联的 consequences 中写明本方案自己的分类，例如 " + m.Groups["x"].Value),
        new(@"^e\.g\. (?<x>.*)$", m => "例如 " + m.Groups["x"].Value),
        new(@"^the published target, e\.g\. (?<x>.*)$", m => "公布的目标值，例如 " + m.Groups["x"].Value),
        new(@"^weights are points > 0, e\.g\. (?<x>.*)$", m => "权重为大于 0 的分值，例如 " + m.Groups["x"].Value),
    ];

    private static string? Translate(string message) =>
        MessageForm.FirstOf(MessageForms, message) ?? message switch
        {
            "unknown key" => "未知的键",
            "is required and must not be null" => "必填，且不能为 null",
            "is null" => "为 null",
            "is missing" => "缺失",
            "is empty" => "为空",
            "is negative" => "为负数",
            "is not a string" => "不是字符串",
            "is not a number" => "不是数字",
            "is not an array" => "不是数组",
            "is not an object" or "is not a JSON object" => "不是 JSON 对象",
            "is not an array of strings" => "不是字符串数组",
            "invalid profile" => "评价方案无效",
            "invalid scorecard profile" => "平台考核方案无效",
            "a profile must be a JSON object" => "评价方案必须是 JSON 对象",
            "not valid Unicode text (an unpaired UTF-16 surrogate)" => "不是有效的 Unicode 文本（含未配对的 UTF-16 代理项）",
            "no indicators" => "没有指标",
            "extends must be a string: a built-in profile name or a relative file path" => "extends 必须是字符串：内置方案名，或相对路径的方案文件",
            "a fixed benchmark needs a value" => "固定基准值（fixed）需要给出 value",
            "missing weight" => "缺少权重（weight）",
            "missing numerator" => "缺少分子（numerator）",
            "missing denominator" => "缺少分母（denominator）",
            _ => TranslateScorecard(message) ?? TranslateFileOrTable(message),
        };

    /// <summary>The forms of messages, tried in order before the fixed messages: the first that matches gives the Chinese.</summary>
    private static readonly MessageForm[] MessageForms =
    [
        new(@"^unknown key '(?<k>.*)'$", m => $"未知的键“{m.Groups["k"].Value}”"),
        new(@"^missing required key '(?<k>.*)'$", m => $"缺少必需的键“{m.Groups["k"].Value}”"),
        new(@"^is (?<what>.+); expected one of (?<list>.+)$", m => $"为{Value(m.Groups["what"].Value)}，应为以下之一：{m.Groups["list"].Value}"),
        new(@"^is (?<what>.+); expected (?<kind>.+)$", m => $"为{Value(m.Groups["what"].Value)}，应为{Kind(m.Groups["kind"].Value)}"),
        new(@"^unknown value '(?<v>.*)'$", m => $"未知的取值“{m.Groups["v"].Value}”"),
        new(@"^unknown (?<what>[a-z][a-z _-]*) '(?<v>.*)'$", m => $"未知的{Noun(m.Groups["what"].Value)}“{m.Groups["v"].Value}”"),
        new(@"^(?<n>\S+) is not (?<op>[><]=?|≥|≤) (?<bound>\S+)$", m => $"{m.Groups["n"].Value} 不满足 {Op(m.Groups["op"].Value)} {m.Groups["bound"].Value}"),
        new(@"^(?<n>\S+) is not in (?<range>[\[(].*[\])])$", m => $"{m.Groups["n"].Value} 不在 {m.Groups["range"].Value} 范围内"),
        new(@"^(?<n>\S+) is out of range: (?<what>.+) must be (?<low>.+) and ≤ (?<max>\S+)$", m => $"{m.Groups["n"].Value} 超出范围：{m.Groups["what"].Value} 应 {m.Groups["low"].Value} 且 ≤ {m.Groups["max"].Value}"),
        new(@"^(?<n>\S+) is negative$", m => $"{m.Groups["n"].Value} 为负数"),
        new(@"^(?<n>\S+) is not a whole number$", m => $"{m.Groups["n"].Value} 不是整数"),
        new(@"^(?<n>\S+) is not a plausible year$", m => $"{m.Groups["n"].Value} 不是合理的年份"),
        new(@"^(?<n>\S+) is below the lower bound (?<low>\S+)$", m => $"{m.Groups["n"].Value} 低于下限 {m.Groups["low"].Value}"),
        new(@"^no built-in (?<what>profile|scorecard|firm profile) (or file )?named '(?<n>.*)'$", m =>
        {
            var what = m.Groups["what"].Value == "scorecard" ? "平台考核方案" : "评价方案";
            return m.Value.Contains(" or file ", StringComparison.Ordinal)
                ? $"没有名为“{m.Groups["n"].Value}”的内置{what}或文件"
                : $"没有名为“{m.Groups["n"].Value}”的内置{what}";
        }),
        new(@"^JSON syntax error(?<rest>.*)$", m => "JSON 语法错误" + SyntaxDetail(m.Groups["rest"].Value)),
        new(@"^not valid JSON \(line (?<l>\d+), position (?<p>\d+)\): (?<r>.*)$", m => $"不是有效的 JSON（第 {m.Groups["l"].Value} 行第 {m.Groups["p"].Value} 个字符）：{m.Groups["r"].Value}"),
        new(@"^scoring method '(?<m>.*)' needs a benchmark$", m => $"计分方法“{m.Groups["m"].Value}”需要基准值（benchmark）"),
        new(@"^extends cycle: (?<c>.+)$", m => "extends 循环引用：" + m.Groups["c"].Value),
        new(@"^'(?<x>.*)' is not a profile: its top-level keys are not those of a profile \(its contents are not shown\)$", m => $"“{m.Groups["x"].Value}”不是评价方案：其顶层键不是评价方案的键（内容不予显示）"),
        new(@"^'(?<x>.*)' is not a profile: .*$", m => $"“{m.Groups["x"].Value}”不是评价方案：评价方案是一个 JSON 对象"),
        new(@"^id '(?<id>.*)' appears more than once in this array(?<f>.*)$", m => $"id“{m.Groups["id"].Value}”在此数组中出现了不止一次{m.Groups["f"].Value}"),
        new(@"^no item with id '(?<id>.*)' to remove(?<f>.*)$", m => $"没有 id 为“{m.Groups["id"].Value}”的项可删除{m.Groups["f"].Value}"),
        new(@"^'(?<id>.*)' is not a valid (indicator )?id$", m => $"“{m.Groups["id"].Value}”不是有效的 id"),
        new(@"^'(?<r>.*)' is a file path, and this profile is loaded without access to files$", m => $"“{m.Groups["r"].Value}”是文件路径，而此评价方案的加载方式不能读取文件"),
        new(@"^'(?<r>.*)' is a file path, and (?<from>.+) may extend built-in profiles only$", m => $"“{m.Groups["r"].Value}”是文件路径，而 {m.Groups["from"].Value} 只能 extends 内置方案"),
        new(@"^'(?<of>.*)' is defined later in this pool \((?<at>.+)\)$", m => $"“{m.Groups["of"].Value}”在本分组中定义于增速指标之后（{m.Groups["at"].Value}）"),
        new(@"^'(?<of>.*)' is defined differently in (?<a>\S+) and (?<b>\S+): which figure grows is ambiguous$", m => $"“{m.Groups["of"].Value}”在 {m.Groups["a"].Value} 和 {m.Groups["b"].Value} 中的定义不同：无法确定计算哪个指标的增速"),
        new(@"^'(?<t>.*)' is not a tier$", m => $"“{m.Groups["t"].Value}”不是一个分类（档次）"),
        new(@"^has (?<n>\d+) tiers; a tier set has (?<lo>\d+) to (?<hi>\d+)$", m => $"有 {m.Groups["n"].Value} 个分类；分类集应有 {m.Groups["lo"].Value} 至 {m.Groups["hi"].Value} 个"),
        new(@"^'(?<c>.*)' repeats tier (?<i>\d+) \(codes are compared ignoring case\)$", m => $"“{m.Groups["c"].Value}”与第 {m.Groups["i"].Value} 个分类重复（代码不区分大小写）"),
        new(@"^'(?<c>.*)' is the code of (T \(不适合评价类\)|ungraded firms managed as B)$", m => $"“{m.Groups["c"].Value}”已用作 T 类或“参照B类管理”的代码"),
        new(@"^'(?<c>.*)' has spaces around it$", m => $"“{m.Groups["c"].Value}”首尾有空格"),
        new(@"^grades into (?<n>\d+) tiers but the profile's tier set (?<s>\S+) has (?<k>\d+)$", m => $"分为 {m.Groups["n"].Value} 档，但方案的分类集 {m.Groups["s"].Value} 有 {m.Groups["k"].Value} 档"),
        new(@"^(?<a>[a-z_]+) needs a tier$", m => $"{m.Groups["a"].Value} 需要指定分类（tier）"),
        new(@"^(?<a>[a-z_]+) names its own tier$", m => $"{m.Groups["a"].Value} 自带分类，不能再指定 tier"),
        new(@"^(?<a>[a-z_]+) names tier (?<t>\S+), which the tier set (?<s>\S+) does not have$", m => $"{m.Groups["a"].Value} 指向 {m.Groups["t"].Value} 类，但分类集 {m.Groups["s"].Value} 中没有该类"),
        new(@"^'(?<t>.*)' is not a tier of the firm profile's tier set (?<s>\S+)$", m => $"“{m.Groups["t"].Value}”不是企业评价方案分类集 {m.Groups["s"].Value} 中的分类"),
        new(@"^'(?<t>.*)' is not a tier of the profile's tier set (?<s>\S+)$", m => $"“{m.Groups["t"].Value}”不是方案分类集 {m.Groups["s"].Value} 中的分类"),
        new(@"^built-in schedule '(?<id>[^']*)' applies to (?<c>\S+)类 \(倒逼整治类, the bottom of (?<std>\S+)\); the profile's tier set (?<s>\S+) has no tier (?<t>\S+)$", m => $"内置方案“{m.Groups["id"].Value}”针对 {m.Groups["c"].Value}类（倒逼整治类，{m.Groups["std"].Value} 的末档）；方案的分类集 {m.Groups["s"].Value} 中没有 {m.Groups["t"].Value} 类"),
        new(@"^built-in schedule '(?<id>[^']*)' applies to (?<c>\S+)类 \(倒逼整治类, the bottom of (?<std>\S+)\); in the profile's tier set (?<s>\S+) (?<t>\S+) is not the bottom tier$", m => $"内置方案“{m.Groups["id"].Value}”针对 {m.Groups["c"].Value}类（倒逼整治类，{m.Groups["std"].Value} 的末档）；方案的分类集 {m.Groups["s"].Value} 中 {m.Groups["t"].Value} 类不是末档"),
        new(@"^built-in schedule '(?<id>[^']*)' applies to (?<c>\S+)类 of (?<std>\S+); the profile's tier set (?<s>\S+) has no tier (?<t>\S+)$", m => $"内置方案“{m.Groups["id"].Value}”针对 {m.Groups["std"].Value} 中的 {m.Groups["c"].Value}类；方案的分类集 {m.Groups["s"].Value} 中没有 {m.Groups["t"].Value} 类"),
        new(@"^has (?<n>\d+) codes but (?<l>\d+) labels$", m => $"有 {m.Groups["n"].Value} 个分类代码，却有 {m.Groups["l"].Value} 个名称"),
        new(@"^cannot be given with (?<k>[a-z_]+)$", m => $"不能与 {m.Groups["k"].Value} 同时给出"),
        new(@"^has (?<n>\d+) (?<w>bands|minimums); a tier set (of (?<lo>\d+) to (?<hi>\d+) tiers has|has) .*$", m => $"有 {m.Groups["n"].Value} 个{(m.Groups["w"].Value == "bands" ? "比例档" : "分数线")}，与 3 至 6 个分类不符"),
        new(@"^thresholds do not strictly descend: minimum (?<i>\d+) \((?<v>.*)\) is not below minimum (?<j>\d+) \((?<u>.*)\)$", m => $"分数线未严格递减：第 {m.Groups["i"].Value} 条（{m.Groups["v"].Value}）不低于第 {m.Groups["j"].Value} 条（{m.Groups["u"].Value}）"),
        new(@"^names band (?<l>\d+) but the bands have (?<n>\d+) tiers$", m => $"指向第 {m.Groups["l"].Value} 档，但比例档只有 {m.Groups["n"].Value} 档"),
        new(@"^cannot be given with (?<k>[a-f]_rounding): one of the two bottom bands must take the remainder$", m => $"不能与 {m.Groups["k"].Value} 同时给出：最后两档中须有一档承接余数"),
        new(@"^'(?<k>.*)' is not an option of (?<n>.+)$", m => $"“{m.Groups["k"].Value}”不是 {m.Groups["n"].Value} 的选项"),
        new(@"^'(?<r>.*)' leaves the (scorecard's|profile's) folder$", m => $"“{m.Groups["r"].Value}”指向方案所在文件夹之外"),
        new(@"^'(?<p>.*)' cannot be resolved: (?<e>.*)$", m => $"无法解析“{m.Groups["p"].Value}”：{m.Groups["e"].Value}"),
    ];

    /// <summary>The particulars of a JSON syntax error (file, line, position) in Chinese; the reader's reason kept.</summary>
    private static string SyntaxDetail(string rest) => SyntaxDetailForm.Translate(rest) ?? rest;

    /// <summary>The particulars after <c>JSON syntax error</c>: <c> in FILE</c>, <c> at line L, position P</c>, <c>: reason</c>, each optional.</summary>
    private static readonly MessageForm SyntaxDetailForm = new(@"^(?: in (?<file>.+?))?(?: at line (?<l>\d+), position (?<p>\d+))?(?<reason>: .*)?$", m =>
    {
        var file = m.Groups["file"].Success ? $"（{m.Groups["file"].Value}）" : string.Empty;
        var at = m.Groups["l"].Success ? $"，第 {m.Groups["l"].Value} 行第 {m.Groups["p"].Value} 个字符" : string.Empty;
        var reason = m.Groups["reason"].Success ? "：" + m.Groups["reason"].Value[2..] : string.Empty;
        return file + at + reason;
    });

    /// <summary>A JSON value as the shape checks describe it (<c>an object</c>, <c>the string "x"</c>, a number) in Chinese.</summary>
    private static string Value(string what) => what switch
    {
        "an object" => "对象",
        "an array" => "数组",
        "true" or "false" => "布尔值 " + what,
        _ when what.StartsWith("the string ", StringComparison.Ordinal) => "字符串 " + what["the string ".Length..],
        _ => " " + what,
    };

    /// <summary>What a shape check expected, in Chinese (a kind it does not know is kept in English).</summary>
    private static string Kind(string expected) => expected switch
    {
        "a whole number" => "整数",
        "a number" => "数字",
        "a string" => "字符串",
        "an object" => "对象",
        "an array" => "数组",
        "true or false" or "a boolean" => "true 或 false",
        "an array of strings" => "字符串数组",
        _ => " " + expected,
    };

    /// <summary>The names the checks use for the things a profile names, in Chinese (another noun kept in English).</summary>
    private static string Noun(string noun) => noun switch
    {
        "indicator" => "指标",
        "measure" => "数据项",
        "unit" => "单位",
        "weighting method" => "赋权方法",
        "scoring method" => "计分方法",
        "aggregation method" => "汇总方法",
        "benchmark" => "基准值类型",
        "land strategy" => "用地口径",
        "tier scheme" => "分类方案",
        "adjustment type" => "加减分类型",
        "consequence schedule" => "差别化政策规则表",
        "platform indicator" => "平台指标",
        "tier" => "分类",
        _ => ScorecardNoun(noun) ?? noun + " ",
    };

    private static string Op(string op) => op switch
    {
        ">=" => "≥",
        "<=" => "≤",
        _ => op,
    };
}
