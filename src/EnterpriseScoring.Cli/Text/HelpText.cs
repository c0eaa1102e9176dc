using EnterpriseScoring.Cli.Commands;

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

    /// <summary>
    /// The help <paramref name="help"/> with System.CommandLine's words in Chinese, wrapped to <paramref name="width"/>
    /// terminal columns. System.CommandLine wraps by characters, and a Chinese character takes two columns on a terminal,
    /// so it writes the help unwrapped (<c>HelpAction.MaxWidth</c> at its largest) and the lines are wrapped here by display
    /// width: a two-column row (<c>  -p, --profile &lt;x&gt;  description</c>) keeps its description column on every
    /// continuation line, other text keeps its indentation; a line breaks at a space, or between two Chinese characters.
    /// </summary>
    /// <param name="help">The help as System.CommandLine wrote it (unwrapped).</param>
    /// <param name="width">The terminal's width in columns; <see cref="int.MaxValue"/> for none (output to a file or pipe).</param>
    public static string ToChinese(string help, int width = int.MaxValue)
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

        return string.Join('\n', width == int.MaxValue ? lines : lines.SelectMany(l => Wrap(l, width)));
    }

    /// <summary>The width of the terminal help written to <paramref name="output"/> is shown on: none when it is not the console or the console is redirected.</summary>
    /// <param name="output">Where the help goes.</param>
    public static int TerminalWidth(TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return int.MaxValue;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : int.MaxValue;
        }
        catch (IOException)
        {
            return int.MaxValue;
        }
    }

    /// <summary>One help line as lines of at most <paramref name="width"/> display columns (a word wider than the room left is cut).</summary>
    private static IEnumerable<string> Wrap(string line, int width)
    {
        var content = line.TrimEnd('\r');
        var cr = line[content.Length..];
        if (ValidateCommand.DisplayWidth(content) <= width)
        {
            yield return line;
            yield break;
        }

        // The description column of a two-column row: after the first run of two or more spaces following the first column.
        var indent = content.Length - content.TrimStart(' ').Length;
        var gap = content.IndexOf("  ", indent, StringComparison.Ordinal);
        var column = gap > indent ? gap + content[gap..].Length - content[gap..].TrimStart(' ').Length : indent;
        var hanging = ValidateCommand.DisplayWidth(content[..column]);
        if (hanging > width / 2)
        {
            column = indent;
            hanging = indent;
        }

        var first = true;
        var rest = content[column..];
        while (rest.Length > 0)
        {
            var prefix = first ? content[..column] : new string(' ', hanging);
            var room = Math.Max(1, width - hanging);
            var cut = Cut(rest, room);
            yield return prefix + rest[..cut].TrimEnd(' ') + cr;
            rest = rest[cut..].TrimStart(' ');
            first = false;
        }
    }

    /// <summary>How many characters of <paramref name="text"/> fit in <paramref name="room"/> columns, cut at a space or between wide characters.</summary>
    private static int Cut(string text, int room)
    {
        var used = 0;
        var lastBreak = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var w = ValidateCommand.DisplayWidth(text[i].ToString());
            if (used + w > room)
            {
                return lastBreak > 0 ? lastBreak : Math.Max(1, i);
            }

            used += w;
            if (text[i] == ' ')
            {
                lastBreak = i + 1;
            }
            else if (w == 2 && i + 1 < text.Length && ValidateCommand.DisplayWidth(text[i + 1].ToString()) == 2)
            {
                lastBreak = i + 1;
            }
        }

        return text.Length;
    }
}
