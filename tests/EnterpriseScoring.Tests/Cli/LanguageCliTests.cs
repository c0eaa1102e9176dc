using System.CommandLine;
using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Cli.Commands;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// The CLI in Chinese and English: <c>--lang</c> and the locale (LC_ALL, LC_MESSAGES, LANG) choose; the help, parse
/// errors, messages and rejects.csv's reasons follow; machine-readable output does not.
/// </summary>
public class LanguageCliTests : TempFolderTest
{
    private const string Cjk = @"\p{IsCJKUnifiedIdeographs}";

    private static readonly Dictionary<string, string> ChineseLocale = new() { ["LANG"] = "zh_CN.UTF-8" };

    private static string Profile => TestPaths.Seeds("data", "hand-checkable.profile.json");

    [TestCase(new string[0], null, null, null, "en")]
    [TestCase(new string[0], null, null, "zh_CN.UTF-8", "zh")]
    [TestCase(new string[0], null, null, "zh_TW.Big5", "zh")]
    [TestCase(new string[0], null, null, "en_US.UTF-8", "en")]
    [TestCase(new string[0], null, null, "C", "en")]
    [TestCase(new string[0], "C", null, "zh_CN.UTF-8", "en")]
    [TestCase(new string[0], "POSIX", "zh_CN.UTF-8", "zh_CN.UTF-8", "en")]
    [TestCase(new string[0], "zh_CN.UTF-8", null, "en_US.UTF-8", "zh")]
    [TestCase(new string[0], "", "zh_CN.UTF-8", "en_US.UTF-8", "zh")]
    [TestCase(new string[0], null, "en_US.UTF-8", "zh_CN.UTF-8", "en")]
    [TestCase(new[] { "--lang", "zh" }, null, null, null, "zh")]
    [TestCase(new[] { "score", "--lang=zh" }, null, null, "C", "zh")]
    [TestCase(new[] { "--lang", "en" }, "zh_CN.UTF-8", null, "zh_CN.UTF-8", "en")]
    [TestCase(new[] { "--lang", "ZH" }, null, null, null, "zh")]
    [TestCase(new[] { "--log-format", "json" }, null, null, "zh_CN.UTF-8", "en")]
    [TestCase(new[] { "--log-format", "json", "--lang", "zh" }, null, null, null, "zh")]
    [TestCase(new[] { "--lang", "fr" }, null, null, "zh_CN.UTF-8", "zh")]
    [TestCase(new[] { "--", "--lang", "zh" }, null, null, null, "en")]
    public void Select_LangOptionThenLocaleInPosixOrder(string[] args, string? lcAll, string? lcMessages, string? lang, string expected)
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };
        var selection = LanguageSelection.Select(args, name => environment.GetValueOrDefault(name));
        Assert.That(selection.Language, Is.EqualTo(expected == "zh" ? CliLanguage.Chinese : CliLanguage.English));
    }

    [Test]
    public void Run_UnknownLang_IsAUsageErrorInBothLanguages()
    {
        var (code, stdout, stderr) = CliRunner.RunWith(ChineseLocale, "version", "--lang", "fr");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stdout, Is.Empty);
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
            Assert.That(stderr, Does.Contain("--lang must be zh (中文) or en (English), got 'fr'").And.Contain("--lang 只能是 zh"));
        });
    }

    [Test]
    public void Help_LangZh_IsChinese_HeadingsIncluded()
    {
        var (code, stdout, _) = CliRunner.Run("--lang", "zh", "--help");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout, Does.Contain("说明：").And.Contain("用法：").And.Contain("选项：").And.Contain("命令："));
            Assert.That(stdout, Does.Contain(" [命令] [选项]"));
            Assert.That(stdout, Does.Contain("显示帮助和用法").And.Contain("显示版本信息"));
            Assert.That(stdout, Does.Not.Contain("Usage:").And.Not.Contain("Options:").And.Not.Contain("Show help"));
            Assert.That(stdout, Does.Contain("--lang <zh|en>"));
        });
    }

    [Test]
    public void Help_ChineseLocale_ScoreHelpIsChinese_RequiredMarkedAndAligned()
    {
        var (code, stdout, _) = CliRunner.RunWith(ChineseLocale, "score", "--help");
        var options = CliRunner.Lines(stdout).Where(l => l.StartsWith('-')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout, Does.Contain("按评价方案对企业进行综合评价"));
            Assert.That(stdout, Does.Contain("（必需）").And.Not.Contain("(REQUIRED)"));
        });

        // The descriptions start in one column on screen (CJK characters are two columns wide).
        var raw = stdout.Split('\n').Where(l => l.TrimStart().StartsWith('-')).ToList();
        var starts = raw.Select(l => ValidateCommand.DisplayWidth(l[..IndexOfDescription(l)])).Distinct().ToList();
        Assert.That(starts, Has.Count.EqualTo(1), string.Join("\n", raw));
    }

    [Test]
    public void Help_English_IsUnchanged()
    {
        var (code, stdout, _) = CliRunner.RunWith(new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8" }, "score", "--help");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout, Does.Contain("Description:").And.Contain("Usage:").And.Contain("(REQUIRED)"));
            Assert.That(stdout, Does.Not.Contain("用法").And.Not.Contain("选项").And.Not.Contain("评价方案"));
        });
    }

    [TestCase("en")]
    [TestCase("zh")]
    public void EveryCommandOptionAndArgument_HasADescription(string lang)
    {
        var language = lang == "zh" ? CliLanguage.Chinese : CliLanguage.English;
        using var scope = Localization.Use(language);
        var root = EscoreApplication.CreateRootCommand(new GlobalOptions());
        var symbols = new List<(string Path, string? Description)>();
        void Walk(Command command, string path)
        {
            symbols.Add((path, command.Description));
            symbols.AddRange(command.Options.Select(o => ($"{path} {o.Name}", o.Description)));
            symbols.AddRange(command.Arguments.Select(a => ($"{path} <{a.Name}>", a.Description)));
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, $"{path} {sub.Name}");
            }
        }

        Walk(root, "escore");
        Assert.That(symbols, Has.Count.GreaterThan(60));
        Assert.Multiple(() =>
        {
            foreach (var (path, description) in symbols)
            {
                Assert.That(description, Is.Not.Null.And.Not.Empty, path);
                if (language == CliLanguage.Chinese)
                {
                    Assert.That(description, Does.Match(Cjk), path);
                }
                else
                {
                    Assert.That(description, Does.Match("[A-Za-z]{3,} [A-Za-z]{2,}"), path + ": English (Chinese terms such as 统一社会信用代码 inside are fine)");
                }
            }
        });
    }

    [Test]
    public void ParseError_LangZh_IsChinese()
    {
        var (code, stdout, stderr) = CliRunner.Run("--lang", "zh", "version", "--no-such-option");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stdout, Is.Empty);
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
            Assert.That(stderr, Does.StartWith("escore: 错误：无法识别的命令或参数 '--no-such-option'。"));
            Assert.That(stderr, Does.Contain("（见 'escore --help'）"));
        });
    }

    [Test]
    public void ParseError_OurOwnValidators_AreChinese()
    {
        var (code, _, stderr) = CliRunner.Run("sample", "--lang", "zh", "--firms", "0", "--out", Path.Combine(Folder, "x.csv"));
        var noInput = CliRunner.Run("validate", "--lang", "zh");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("--firms 须在 [1, ").And.Contain("之间，实际为 0。"));
            Assert.That(noInput.Stderr, Does.Contain("请用 --input FILE 给出企业数据"));
        });
    }

    [Test]
    public void ParseErrorText_EverySystemCommandLineText_HasChinese()
    {
        Assert.Multiple(() =>
        {
            foreach (var english in ParseErrorText.EnglishTexts)
            {
                var message = english.Replace("{0}", "--x", StringComparison.Ordinal).Replace("{1}", "2", StringComparison.Ordinal).Replace("{2}", "Int32", StringComparison.Ordinal).Replace("{3}", "\n--y", StringComparison.Ordinal);
                var chinese = ParseErrorText.ToChinese(message);
                Assert.That(chinese, Does.Match(Cjk), english);
                Assert.That(chinese.Contains("--x", StringComparison.Ordinal), Is.EqualTo(english.Contains("{0}", StringComparison.Ordinal)), english);
            }

            Assert.That(ParseErrorText.ToChinese("our own message"), Is.EqualTo("our own message"));
        });
    }

    [Test]
    public void Score_LangZh_RejectedRowReasonIsChinese_InRejectsCsvAndOnStderr_SameColumns()
    {
        var input = InputWithABadRow();
        var zh = CliRunner.Run("score", "--lang", "zh", "-p", Profile, "-i", input, "-o", Path.Combine(Folder, "zh"), "--max-rejects", "100%");
        var en = CliRunner.Run("score", "--lang", "en", "-p", Profile, "-i", input, "-o", Path.Combine(Folder, "en"), "--max-rejects", "100%");
        var zhRejects = File.ReadAllLines(Path.Combine(Folder, "zh", "rejects.csv"), Encoding.UTF8);
        var enRejects = File.ReadAllLines(Path.Combine(Folder, "en", "rejects.csv"), Encoding.UTF8);
        var badLine = File.ReadAllLines(input).Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(zh.Code, Is.EqualTo(ExitCodes.Success), zh.Stderr);
            Assert.That(zhRejects[0], Is.EqualTo(enRejects[0]).And.EqualTo("line,id,column,value,reason"));
            Assert.That(zhRejects, Has.Length.EqualTo(enRejects.Length));
            Assert.That(zhRejects.Single(l => l.StartsWith(badLine + ",", StringComparison.Ordinal)), Does.EndWith(",实缴税金(万元),abc,不是数字"));
            Assert.That(enRejects.Single(l => l.StartsWith(badLine + ",", StringComparison.Ordinal)), Does.EndWith(",实缴税金(万元),abc,not a number"));
            Assert.That(zh.Stderr, Does.Contain("escore: 警告：").And.Contain("行中拒收").And.Contain("（见 "));
            Assert.That(zh.Stderr, Does.Contain("第一条：第 ").And.Contain("（拒收）"));
            Assert.That(zh.Stdout, Does.Contain("评价组").And.Contain("合计").And.Contain("参评"));
            Assert.That(en.Stdout, Does.Contain("pool").And.Contain("total").And.Contain("rated"));
            Assert.That(en.Stderr, Does.Contain("rows rejected, within --max-rejects 100%").And.Contain("; first: line "));
        });

        // run.json and results.csv do not depend on the language.
        using var zhRun = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "zh", "run.json")));
        using var enRun = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "en", "run.json")));
        Assert.Multiple(() =>
        {
            Assert.That(zhRun.RootElement.GetProperty("notes").GetRawText(), Is.EqualTo(enRun.RootElement.GetProperty("notes").GetRawText()));
            Assert.That(zhRun.RootElement.GetProperty("counts").GetRawText(), Is.EqualTo(enRun.RootElement.GetProperty("counts").GetRawText()));
            Assert.That(File.ReadAllText(Path.Combine(Folder, "zh", "results.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(Folder, "en", "results.csv"))));
        });
    }

    [Test]
    public void Validate_ChineseLocale_SummaryAndRejectsFileInChinese()
    {
        var input = InputWithABadRow();
        var rejects = Path.Combine(Folder, "rejects.csv");
        var (code, stdout, stderr) = CliRunner.RunWith(ChineseLocale, "validate", "-i", input, "--rejects", rejects, "--max-rejects", "100%");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("读入行数：").And.Contain("拒收原因统计：").And.Contain("不是数字 (UnparsableNumber): 1"));
            Assert.That(stdout, Does.Contain("列 '实缴税金(万元)'，值 'abc'：不是数字（拒收）"));
            Assert.That(stderr, Does.Contain("值 'abc'：不是数字"));
            Assert.That(File.ReadAllText(rejects, Encoding.UTF8), Does.Contain(",abc,不是数字"));
        });
    }

    [Test]
    public void JsonLog_KeysAndLevelsStayEnglish_AndTheLocaleDoesNotChangeTheMessages()
    {
        var input = InputWithABadRow();
        var byLocale = CliRunner.RunWith(ChineseLocale, "validate", "-i", input, "--max-rejects", "100%", "--log-format", "json");
        var asked = CliRunner.RunWith(ChineseLocale, "validate", "-i", input, "--max-rejects", "100%", "--log-format", "json", "--lang", "zh");
        var lines = CliRunner.Lines(byLocale.Stderr).Concat(CliRunner.Lines(asked.Stderr)).ToList();
        Assert.That(lines, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var line in lines)
            {
                using var json = JsonDocument.Parse(line);
                Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name), Does.Contain("time").And.Contain("level").And.Contain("message"));
                Assert.That(json.RootElement.GetProperty("level").GetString(), Is.AnyOf("info", "warning", "error", "debug"));
            }

            Assert.That(byLocale.Stderr, Does.Contain("rows rejected, within --max-rejects").And.Not.Contain("拒收"));
            Assert.That(asked.Stderr, Does.Contain("行中拒收"));
        });
    }

    [TestCase("en")]
    [TestCase("zh")]
    public void ProfilesList_FitsTheWidth_InBothLanguages(string lang)
    {
        var (code, stdout, _) = CliRunner.Run("profiles", "list", "--lang", lang);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout.Split('\n').Max(ValidateCommand.DisplayWidth), Is.LessThanOrEqualTo(ProfilesCommand.ListWidth));
            Assert.That(stdout, lang == "zh" ? Does.StartWith("名称") : Does.StartWith("name"));
        });
    }

    [Test]
    public void Explain_UnknownId_ErrorInChinese()
    {
        var (code, _, stderr) = CliRunner.Run("explain", "--lang", "zh", "-p", Profile, "-i", TestPaths.Seeds("data", "hand-checkable.csv"), "--id", "NOSUCHID");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("escore: 错误：输入数据中没有代码为 'NOSUCHID' 的企业"));
        });
    }

    [Test]
    public void BadProfile_LangZh_EveryProblemInChinese_PathsKept_EnglishUnchanged()
    {
        var profile = Path.Combine(Folder, "bad.profile.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Profile))!;
        json.AsObject().Remove("$schema");
        json["descripton"] = "typo";
        json["pools"]![0]!["indicators"]![0]!["weight"] = -5;
        File.WriteAllText(profile, json.ToJsonString());
        var input = TestPaths.Seeds("data", "hand-checkable.csv");
        var (zhCode, _, zh) = CliRunner.Run("validate", "--lang", "zh", "-p", profile, "-i", input);
        var (enCode, _, en) = CliRunner.Run("validate", "--lang", "en", "-p", profile, "-i", input);
        Assert.Multiple(() =>
        {
            Assert.That(zhCode, Is.EqualTo(ExitCodes.InvalidProfile));
            Assert.That(enCode, Is.EqualTo(ExitCodes.InvalidProfile));
            Assert.That(zh, Does.Contain("$.descripton").And.Contain("$.pools[0].indicators[0].weight"), zh);
            Assert.That(zh, Does.Contain("未知"), zh);
            Assert.That(zh, Does.Not.Contain("unknown key").And.Not.Contain("Unhandled"), zh);
            Assert.That(en, Does.Contain("$.descripton").And.Contain("$.pools[0].indicators[0].weight"), en);
            Assert.That(en, Does.Not.Match(Cjk + Cjk + ".*未知"), en);
        });
    }

    [Test]
    public void DuplicateColumns_LangZh_ErrorInChinese_NoStackTrace()
    {
        var lines = File.ReadAllLines(TestPaths.Seeds("data", "hand-checkable.csv"), Encoding.UTF8).ToList();
        var header = lines[0].Split(',');
        lines[0] = string.Join(',', header.Append(header[^1]));
        for (var i = 1; i < lines.Count; i++)
        {
            lines[i] += "," + lines[i].Split(',')[^1];
        }

        var path = Path.Combine(Folder, "duplicate.csv");
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        var (code, _, zh) = CliRunner.Run("score", "--lang", "zh", "-p", Profile, "-i", path, "-o", Path.Combine(Folder, "out"));
        var (_, _, en) = CliRunner.Run("score", "--lang", "en", "-p", Profile, "-i", path, "-o", Path.Combine(Folder, "out-en"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(zh, Does.Match(Cjk), zh);
            Assert.That(zh, Does.Contain(header[^1]), zh);
            Assert.That(zh, Does.Not.Contain(" at ").And.Not.Contain("Exception"), zh);
            Assert.That(en, Does.Contain(header[^1]).And.Not.Contain("Exception"), en);
            Assert.That(zh, Is.Not.EqualTo(en));
        });
    }

    [TestCase(40)]
    [TestCase(60)]
    [TestCase(100)]
    public void HelpText_WrapsByDisplayWidth_ContinuationLinesAtTheDescriptionColumn(int width)
    {
        var (_, unwrapped, _) = CliRunner.RunWith(ChineseLocale, "score", "--help");
        var wrapped = HelpText.ToChinese(unwrapped, width).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Multiple(() =>
        {
            foreach (var line in wrapped)
            {
                Assert.That(ValidateCommand.DisplayWidth(line), Is.LessThanOrEqualTo(width), line);
            }

            // Nothing lost: the same words, in the same order, only the line breaks differ.
            static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
            Assert.That(Squash(string.Join("", wrapped)), Is.EqualTo(Squash(HelpText.ToChinese(unwrapped))));
        });

        // A continuation line of an option row starts at that row's description column.
        var optionRows = wrapped.Select((line, index) => (line, index)).Where(x => x.line.TrimStart().StartsWith('-')).ToList();
        var checkedContinuations = 0;
        foreach (var (line, index) in optionRows)
        {
            var column = ValidateCommand.DisplayWidth(line[..IndexOfDescription(line)]);
            if (column > width / 2)
            {
                continue;
            }

            for (var next = index + 1; next < wrapped.Count && wrapped[next].Length > 0 && !wrapped[next].TrimStart().StartsWith('-'); next++)
            {
                var indent = wrapped[next].Length - wrapped[next].TrimStart(' ').Length;
                Assert.That(indent, Is.EqualTo(column), $"{line}\n{wrapped[next]}");
                checkedContinuations++;
            }
        }

        Assert.That(checkedContinuations, width < 100 ? Is.GreaterThan(0) : Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public void HelpText_NoWidth_OnlyTranslates()
    {
        var (_, unwrapped, _) = CliRunner.RunWith(ChineseLocale, "score", "--help");
        Assert.That(HelpText.ToChinese(unwrapped, int.MaxValue), Is.EqualTo(HelpText.ToChinese(unwrapped)));
        Assert.That(HelpText.ToChinese(unwrapped, int.MaxValue).Split('\n'), Has.Length.EqualTo(unwrapped.Split('\n').Length));
    }

    /// <summary>The hand-checkable file with one more row whose tax is not a number.</summary>
    private string InputWithABadRow()
    {
        var lines = File.ReadAllLines(TestPaths.Seeds("data", "hand-checkable.csv"), Encoding.UTF8).ToList();
        var fields = lines[1].Split(',');
        fields[0] = EnterpriseScoring.Tests.IO.CsvTestData.Uscc(777); // a valid id of its own: the row is rejected for its tax only
        fields[8] = "abc";
        lines.Add(string.Join(',', fields));
        var path = Path.Combine(Folder, "firms.csv");
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return path;
    }

    private static int IndexOfDescription(string line)
    {
        // The description starts after the first run of two or more spaces that follows the option's name.
        var trimmed = line.TrimStart();
        var start = line.Length - trimmed.Length;
        var gap = trimmed.IndexOf("  ", StringComparison.Ordinal);
        var index = start + gap;
        while (index < line.Length && line[index] == ' ')
        {
            index++;
        }

        return index;
    }
}
