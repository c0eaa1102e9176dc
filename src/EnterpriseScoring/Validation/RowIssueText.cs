using System.Globalization;
using System.Text.RegularExpressions;

namespace EnterpriseScoring.Validation;

/// <summary>
/// The reason of a <see cref="RowIssue"/> in Chinese, for officials who read the rejected rows (拒收行): built from the
/// issue's <see cref="RowIssue.Code"/> with the numbers its English <see cref="RowIssue.Reason"/> carries (line numbers,
/// limits, field counts, years). A reason the library already gives in Chinese (the platform register's reasons begin with
/// Chinese text, the evaluation's end with <c> / </c> and Chinese) is kept as it is. Thread-safe.
/// </summary>
public static partial class RowIssueText
{
    /// <summary>The Chinese text of <paramref name="code"/> alone: what kind of problem it is.</summary>
    /// <param name="code">The kind of issue.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined <see cref="RowIssueCode"/>.</exception>
    public static string Chinese(RowIssueCode code) => code switch
    {
        RowIssueCode.MissingId => "统一社会信用代码为空",
        RowIssueCode.InvalidId => "统一社会信用代码无效",
        RowIssueCode.InvalidOrganizationCode => "统一社会信用代码中的组织机构代码（第 9–17 位）校验码错误（GB 11714）",
        RowIssueCode.DuplicateId => "统一社会信用代码重复",
        RowIssueCode.UnparsableNumber => "不是数字",
        RowIssueCode.NonFiniteNumber => "不是有限数（NaN 或无穷大）",
        RowIssueCode.NegativeValue => "不能为负数",
        RowIssueCode.InvalidStartYear => "投产年份不是整数",
        RowIssueCode.StartYearOutOfRange => "投产年份超出合理范围",
        RowIssueCode.UnknownSizeClass => "无法识别的企业规模（应为 规上/规下、above/below 或留空）",
        RowIssueCode.InvalidFlag => "不是“是/否”值（是/否、1/0、true/false、Y/N）",
        RowIssueCode.RaggedRow => "该行字段数与表头不一致",
        RowIssueCode.ColumnIgnored => "不是已知列且含非数值内容，已忽略",
        RowIssueCode.UnknownUnit => "列名中的单位无法识别，数值未换算",
        RowIssueCode.UnbalancedQuote => "引号未闭合（多余的引号），该行被拒收",
        RowIssueCode.UndecodableText => "含无法按文件编码解码的字符（已替换为 U+FFFD）",
        RowIssueCode.UnrecognisedHeader => "列名无法识别，疑似拼写错误",
        RowIssueCode.FieldTooLong => "单元格过长，该行被拒收",
        RowIssueCode.RecordTooLong => "整行过长，该行被拒收",
        RowIssueCode.RecordTooManyLines => "引号内的字段跨行过多，整条记录被拒收",
        RowIssueCode.InvalidValue => "不是该列允许的取值",
        RowIssueCode.InvalidReference => "引用的平台不存在、指向自身或形成循环",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a defined RowIssueCode."),
    };

    /// <summary>
    /// The reason of <paramref name="issue"/> in Chinese: the text of its code, with the particulars of the English reason
    /// (line numbers, limits, counts, years, suggested column names) where the reason has a form this class knows; else a
    /// reason the library already wrote in Chinese (bilingual) unchanged; else the text of the code, followed by the English
    /// reason in brackets when it carries numbers. Every number of the English reason is kept.
    /// </summary>
    /// <param name="issue">The issue.</param>
    public static string Chinese(RowIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var reason = issue.Reason ?? string.Empty;
        var text = Particular(issue.Code, reason);
        if (text is null && IsBilingual(reason))
        {
            return reason;
        }

        text ??= Chinese(issue.Code);
        return KeepsNumbers(text, reason) ? text : $"{text}（{reason}）";
    }

    /// <summary>The Chinese of a reason of a known English form, with its numbers; null when the form is not one of them.</summary>
    private static string? Particular(RowIssueCode code, string reason)
    {
        Match m;
        switch (code)
        {
            case RowIssueCode.InvalidId:
                m = Regex.Match(reason, @"must have 18 characters, got (\d+)", RegexOptions.CultureInvariant, Timeout);
                if (m.Success)
                {
                    return $"统一社会信用代码无效：应为 18 位，实际 {m.Groups[1].Value} 位";
                }

                m = Regex.Match(reason, @"illegal character '(.*)' at position (\d+)", RegexOptions.CultureInvariant, Timeout);
                if (m.Success)
                {
                    return $"统一社会信用代码无效：第 {m.Groups[2].Value} 位的字符 '{m.Groups[1].Value}' 不允许（只能是 0-9 和除 I、O、Z、S、V 外的大写字母）";
                }

                m = Regex.Match(reason, @"region code \(positions 3-8\) must be digits, got '(.*)' at position (\d+)", RegexOptions.CultureInvariant, Timeout);
                if (m.Success)
                {
                    return $"统一社会信用代码无效：行政区划码（第 3-8 位）须为数字，第 {m.Groups[2].Value} 位为 '{m.Groups[1].Value}'";
                }

                m = Regex.Match(reason, @"bad check character at position 18: expected (\S+) got (\S+)", RegexOptions.CultureInvariant, Timeout);
                return m.Success ? $"统一社会信用代码无效：第 18 位校验码应为 {m.Groups[1].Value}，实际为 {m.Groups[2].Value}" : null;
            case RowIssueCode.InvalidOrganizationCode:
                m = Regex.Match(reason, @"at position 17: expected (\S+) got (\S+)", RegexOptions.CultureInvariant, Timeout);
                return m.Success ? $"{Chinese(code)}：第 17 位应为 {m.Groups[1].Value}，实际为 {m.Groups[2].Value}" : null;
            case RowIssueCode.DuplicateId:
                m = Regex.Match(reason, @"first seen on line (\d+)", RegexOptions.CultureInvariant, Timeout);
                return m.Success ? $"统一社会信用代码重复，首次出现在第 {m.Groups[1].Value} 行" : null;
            case RowIssueCode.StartYearOutOfRange:
                m = Regex.Match(reason, @"between (\d+) and (\d+)", RegexOptions.CultureInvariant, Timeout);
                return m.Success ? $"投产年份须在 {m.Groups[1].Value} 至 {m.Groups[2].Value} 年之间" : null;
            case RowIssueCode.RaggedRow:
                m = Regex.Match(reason, @"^row has (\d+) fields, the header has (\d+)$", RegexOptions.CultureInvariant, Timeout);
                if (m.Success)
                {
                    return $"该行有 {m.Groups[1].Value} 个字段，表头有 {m.Groups[2].Value} 个";
                }

                m = Regex.Match(reason, @"more than ([\d,]+) fields \(the limit, MaxColumns / --max-columns; the header has (\d+)\)", RegexOptions.CultureInvariant, Timeout);
                return m.Success ? $"该行超过 {m.Groups[1].Value} 个字段（上限 MaxColumns / --max-columns；表头有 {m.Groups[2].Value} 个）{Span(reason)}" : null;
            case RowIssueCode.ColumnIgnored:
                m = Regex.Match(reason, @"first on line (\d+)", RegexOptions.CultureInvariant, Timeout);
                return m.Success ? $"不是已知列且含非数值内容（首见于第 {m.Groups[1].Value} 行），已忽略" : null;
            case RowIssueCode.UnknownUnit:
                m = Regex.Match(reason, @"^unit '(.*)' of column '(.*)' is not recognised: values are read as (\S+) in (.+), unconverted$", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
                return m.Success ? $"列 '{m.Groups[2].Value}' 的单位 '{m.Groups[1].Value}' 无法识别：数值按 {m.Groups[3].Value}（{m.Groups[4].Value}）读取，未换算" : null;
            case RowIssueCode.UnrecognisedHeader:
                m = Regex.Match(reason, @"did you mean (.+)\? Rename it", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
                return m.Success ? $"列名无法识别（数值列按自定义数据项保留，否则忽略）：是否应为 {m.Groups[1].Value}？请改名，或用表头别名映射" : null;
            case RowIssueCode.UnbalancedQuote:
                m = Regex.Match(reason, @"opened on line (\d+)", RegexOptions.CultureInvariant, Timeout);
                if (!m.Success)
                {
                    return null;
                }

                var line = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var to = Regex.Match(reason, @"runs to line (\d+)", RegexOptions.CultureInvariant, Timeout);
                var fields = Regex.Match(reason, @"a record of (\d+) fields \(the header has (\d+)\)", RegexOptions.CultureInvariant, Timeout);
                var limit = Regex.Match(reason, @"runs on for (.+?), and a line after it", RegexOptions.CultureInvariant, Timeout);
                var detail = to.Success
                    ? $"，引号内的字段延续到第 {to.Groups[1].Value} 行" + (fields.Success ? $"，组成 {fields.Groups[1].Value} 个字段的记录（表头有 {fields.Groups[2].Value} 个）" : "，闭合引号后还有文字")
                    : limit.Success ? $"，引号内的字段{Limit(limit.Groups[1].Value)}，且其后有一行可读作记录，故视为多余的引号" : "，引号内的字段一直延续到文件末尾";
                return Invariant($"第 {line} 行的引号未闭合{detail}；该行被拒收，从第 {line + 1} 行继续读取");
            case RowIssueCode.FieldTooLong:
            case RowIssueCode.RecordTooLong:
            case RowIssueCode.RecordTooManyLines:
                return LimitReason(code, reason);
            case RowIssueCode.UndecodableText:
                m = Regex.Match(reason, @"^([\d,]+) characters? (could not be decoded as (\S+) and became U\+FFFD|U\+FFFD \(text its source could not represent\)), in (.*?)(;|$)", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
                if (m.Success)
                {
                    var how = m.Groups[3].Success && m.Groups[3].Value.Length > 0 ? $"无法按 {m.Groups[3].Value} 解码，已替换为 U+FFFD" : "为 U+FFFD（来源无法表示的文字）";
                    var hint = reason.Contains("; the file may change encoding", StringComparison.Ordinal) ? "；文件可能中途改变了编码（如先 UTF-8 后 GB18030），或是其他编码：请统一保存为一种编码，或用 --encoding 指定实际编码" : string.Empty;
                    return $"{m.Groups[1].Value} 个字符{how}，在 {m.Groups[4].Value}{hint}";
                }

                m = Regex.Match(reason, @"^([\d,]+) more lines, from line (\d+) on, .*?\(not listed one by one; ([\d,]+) characters on ([\d,]+) lines in all\)", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
                return m.Success ? $"另有 {m.Groups[1].Value} 行（自第 {m.Groups[2].Value} 行起）含无法解码的字符（不逐一列出；共 {m.Groups[3].Value} 个字符，涉及 {m.Groups[4].Value} 行）" : null;
            default:
                return null;
        }
    }

    /// <summary>A record over a limit of the reader: which limit, its value, and where reading goes on.</summary>
    private static string? LimitReason(RowIssueCode code, string reason)
    {
        var m = Regex.Match(reason, @"(longer than|more than) ([\d,]+) (characters|lines)", RegexOptions.CultureInvariant, Timeout);
        if (!m.Success)
        {
            return null;
        }

        var what = code switch
        {
            RowIssueCode.FieldTooLong => $"单元格超过 {m.Groups[2].Value} 个字符（上限 MaxFieldLength / --max-field-length）",
            RowIssueCode.RecordTooLong => $"整行超过 {m.Groups[2].Value} 个字符（整条记录的上限 MaxRecordLength / --max-record-length）",
            _ => $"引号内的字段超过 {m.Groups[2].Value} 行（上限 MaxRecordLines / --max-record-lines）",
        };
        var opened = Regex.Match(reason, @"^quoted field opened on line (\d+) runs on .*? and (is never closed|closes on line (\d+))", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
        if (opened.Success)
        {
            what = $"第 {opened.Groups[1].Value} 行开始的带引号字段{(opened.Groups[3].Success ? $"到第 {opened.Groups[3].Value} 行才闭合" : "始终未闭合")}，{what}；其中没有一行可读作记录，故整体视为一个字段";
        }

        return what + "：" + Span(reason).TrimStart('，');
    }

    /// <summary>The lines of a rejected record and where reading goes on, from the English tail of a limit's reason.</summary>
    private static string Span(string reason)
    {
        var lines = Regex.Match(reason, @"the record \(lines? (\d+)(?:–(\d+))?\) is rejected", RegexOptions.CultureInvariant, Timeout);
        var resume = Regex.Match(reason, @"reading goes on with line (\d+)", RegexOptions.CultureInvariant, Timeout);
        if (!lines.Success)
        {
            return string.Empty;
        }

        var span = lines.Groups[2].Success ? $"第 {lines.Groups[1].Value}–{lines.Groups[2].Value} 行" : $"第 {lines.Groups[1].Value} 行";
        var next = resume.Success ? $"，从第 {resume.Groups[1].Value} 行继续读取" : reason.Contains("end of the file", StringComparison.Ordinal) ? "，该记录一直到文件末尾" : string.Empty;
        return $"，整条记录（{span}）被拒收{next}";
    }

    /// <summary>The limit a stray quote ran past, in Chinese.</summary>
    private static string Limit(string english)
    {
        var m = Regex.Match(english, @"(longer than|more than) ([\d,]+) (characters|lines|fields)", RegexOptions.CultureInvariant, Timeout);
        if (!m.Success)
        {
            return english;
        }

        return m.Groups[3].Value switch
        {
            "lines" => $"超过 {m.Groups[2].Value} 行",
            "fields" => $"超过 {m.Groups[2].Value} 个字段",
            _ => $"超过 {m.Groups[2].Value} 个字符",
        };
    }

    /// <summary>Whether every number of <paramref name="english"/> is in <paramref name="chinese"/>.</summary>
    private static bool KeepsNumbers(string chinese, string english) =>
        Number().Matches(english).All(n => chinese.Contains(n.Value, StringComparison.Ordinal));

    /// <summary>
    /// Whether the library wrote <paramref name="reason"/> in Chinese already: it begins in Chinese (<c>平台编号为空 the
    /// platform id is empty</c>) or has a Chinese part after <c> / </c> (<c>land area missing or ≤ 0 … / 用地面积缺失或为0</c>).
    /// </summary>
    private static bool IsBilingual(string reason)
    {
        if (reason.Length > 0 && IsCjk(reason[0]))
        {
            return true;
        }

        var slash = reason.LastIndexOf(" / ", StringComparison.Ordinal);
        return slash >= 0 && slash + 3 < reason.Length && IsCjk(reason[slash + 3]);
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    [GeneratedRegex(@"\d+(?:,\d{3})*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
