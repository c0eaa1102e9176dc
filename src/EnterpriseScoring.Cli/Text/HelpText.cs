namespace EnterpriseScoring.Cli.Text;

/// <summary>
/// System.CommandLine's own words in the help output (section headings, <c>[options]</c>, <c>(REQUIRED)</c>, <c>[default: …]</c>)
/// in Chinese. Its built-in translations are resources chosen by the UI culture, which <c>InvariantGlobalization</c> never
/// lets be Chinese, and its help builder is not public in 2.0: the help is written as usual and these words are replaced.
/// Our own texts (descriptions) are in the run's language already.
/// </summary>
internal static class HelpText
{
    /// <summary>The headings, each on a line of its own in the help output.</summary>
    private static readonly (string English, string Chinese)[] Headings =
    [
        ("Description:", "说明："),
        ("Usage:", "用法："),
        ("Options:", "选项："),
        ("Commands:", "命令："),
        ("Arguments:", "参数："),
        ("Additional Arguments:", "附加参数："),
    ];

    /// <summary>The words inside lines: the usage line's placeholders and the labels after a description.</summary>
    private static readonly (string English, string Chinese)[] Words =
    [
        (" [options]", " [选项]"),
        (" [command]", " [命令]"),
        ("(REQUIRED)", "（必需）  "), // as wide on screen: the columns stay aligned
        ("[default: ", "[默认值: "),
    ];

    /// <summary>The help <paramref name="help"/> with System.CommandLine's words in Chinese.</summary>
    /// <param name="help">The help as System.CommandLine wrote it.</param>
    public static string ToChinese(string help)
    {
        ArgumentNullException.ThrowIfNull(help);
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var content = line.TrimEnd('\r');
            var heading = Array.FindIndex(Headings, h => h.English == content);
            if (heading >= 0)
            {
                lines[i] = Headings[heading].Chinese + line[content.Length..];
                continue;
            }

            foreach (var (english, chinese) in Words)
            {
                line = line.Replace(english, chinese, StringComparison.Ordinal);
            }

            lines[i] = line;
        }

        return string.Join('\n', lines);
    }
}
