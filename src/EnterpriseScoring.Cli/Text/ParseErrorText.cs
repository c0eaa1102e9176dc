using System.Text.RegularExpressions;

namespace EnterpriseScoring.Cli.Text;

/// <summary>
/// System.CommandLine's parse errors in Chinese. Its own translations are resources chosen by the UI culture, which
/// <c>InvariantGlobalization</c> keeps invariant (and its zh-Hans texts are partly untranslated): each English text of
/// System.CommandLine 2.0 (its <c>Resources.resx</c>) is matched as a pattern and rewritten with the same values. Errors
/// our own validators add are in the run's language already and pass through, as does any text not in the table.
/// </summary>
internal static partial class ParseErrorText
{
    /// <summary>System.CommandLine's English error texts ({0}, {1} … are the values) and their Chinese.</summary>
    private static readonly (string English, string Chinese)[] Texts =
    [
        ("Unrecognized command or argument '{0}'.", "无法识别的命令或参数 '{0}'。"),
        ("Option '{0}' is required.", "缺少必需的选项 '{0}'。"),
        ("Required command was not provided.", "未给出子命令。"),
        ("Required argument missing for command: '{0}'.", "命令 '{0}' 缺少必需的参数。"),
        ("Required argument missing for option: '{0}'.", "选项 '{0}' 缺少值。"),
        ("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'. Did you mean one of the following?{3}", "选项 '{1}' 的值 '{0}' 无法识别（应为 {2}）。是否是以下之一？{3}"),
        ("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'.", "选项 '{1}' 的值 '{0}' 无法识别（应为 {2}）。"),
        ("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'. Did you mean one of the following?{3}", "命令 '{1}' 的参数 '{0}' 无法识别（应为 {2}）。是否是以下之一？{3}"),
        ("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'.", "命令 '{1}' 的参数 '{0}' 无法识别（应为 {2}）。"),
        ("Cannot parse argument '{0}' as expected type '{1}'.", "参数 '{0}' 无法识别（应为 {1}）。"),
        ("Argument '{0}' not recognized. Must be one of:{1}", "无法识别的值 '{0}'，应为以下之一：{1}"),
        ("Option '{0}' expects a single argument but {1} were provided.", "选项 '{0}' 只接受一个值，但给出了 {1} 个。"),
        ("'{0}' was not matched. Did you mean one of the following?", "无法识别 '{0}'。是否是以下之一？"),
        ("{0} option cannot be combined with other arguments.", "选项 {0} 不能与其他参数一起使用。"),
        ("File does not exist: '{0}'.", "文件不存在：'{0}'。"),
        ("Directory does not exist: '{0}'.", "目录不存在：'{0}'。"),
        ("File or directory does not exist: '{0}'.", "文件或目录不存在：'{0}'。"),
        ("Character not allowed in a path: '{0}'.", "路径中不允许的字符：'{0}'。"),
        ("Character not allowed in a file name: '{0}'.", "文件名中不允许的字符：'{0}'。"),
    ];

    private static readonly (Regex Pattern, string Chinese)[] Patterns = [.. Texts.Select(t => (Pattern(t.English), t.Chinese))];

    /// <summary>The English texts of the table (for the tests).</summary>
    internal static IEnumerable<string> EnglishTexts => Texts.Select(t => t.English);

    /// <summary><paramref name="message"/> in Chinese when it is one of System.CommandLine's texts; else unchanged.</summary>
    /// <param name="message">A parse error's message.</param>
    public static string ToChinese(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (pattern, chinese) in Patterns)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return Placeholder().Replace(chinese, m => match.Groups["a" + m.Groups[1].Value].Value);
            }
        }

        return message;
    }

    /// <summary>The regular expression of an English text: its values ({0} …) as groups a0, a1 …, the rest literal.</summary>
    private static Regex Pattern(string english)
    {
        var parts = Placeholder().Split(english);
        var pattern = new System.Text.StringBuilder("^");
        for (var i = 0; i < parts.Length; i++)
        {
            // Split with a capturing group: literal, index, literal, index, …
            pattern.Append(i % 2 == 0 ? Regex.Escape(parts[i]) : $"(?<a{parts[i]}>.*?)");
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\{(\d)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
