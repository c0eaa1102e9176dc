using System.Text;
using System.Text.RegularExpressions;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>
/// The problems of a standard-value table (<c>standard_table</c>: its rows, its size classes over one or several measures,
/// <c>missing_size</c>, and a <c>file</c> of rows — every bad CSV line, a file refused or unreadable) in Chinese: each is
/// produced through the real loader, and must be translated keeping the file, line, column, value and every number.
/// </summary>
public class StandardTableProblemTextTests : TempFolderTest
{
    private const string Classes = """
        "size_measure": "revenue", "size_classes": [{"id": "large", "label": "大型", "at_least": 40000}, {"id": "small", "at_least": 0}]
        """;

    private const string Row = """{"industry": "C", "standards": [40, 30, 20, 10, 5]}""";

    /// <summary>The rows of seeds/data/standard-table.profile.json, as a CSV file with Chinese headers.</summary>
    private const string GoodCsv = """
        行业代码,行业名称,规模,优秀值（万元/亩）,良好值,平均值,较低值,较差值
        C26,化学原料和化学制品制造业,大型,40,30,20,10,5
        C,制造业,,25,18,12,6,3

        """;

    /// <summary>Tables with one kind of mistake each, given inline (the problems the loader reports must all be in Chinese).</summary>
    private static readonly string[] InlineMistakes =
    [
        "[1, 2]",
        """{ "size_measure": 7, "rows": [ROW] }""",
        """{ "size_measure": "no_such_measure", "rows": [ROW] }""",
        """{ "missing_size": "smallest", "rows": [ROW] }""",
        """{ "missing_size": 3, "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": {"employees": 1000, "revenue": 40000}}], "size_measure": "revenue", "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": 10}], "rows": [ROW] }""",
        """{ "size_measure": "revenue", "size_classes": [{"id": "large"}], "rows": [ROW] }""",
        """{ "size_measure": "revenue", "size_classes": [{"label": "大型", "at_least": 10}], "rows": [ROW] }""",
        """{ "size_measure": "revenue", "size_classes": [{"id": "large", "at_least": 20}, {"id": "large", "at_least": 10}], "rows": [ROW] }""",
        """{ "size_measure": "revenue", "size_classes": [{"id": "large", "at_least": 10}, {"id": "small", "at_least": 20}], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": {}}], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": {"employees": "many"}}], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": {"employes": 1000, "revenue": 40000}}], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": [1000, 40000]}], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": {"employees": 300, "revenue": 40000}}, {"id": "medium", "at_least": {"employees": 1000, "revenue": 2000}}], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": {"employees": 1000, "revenue": 40000}}, {"id": "medium", "at_least": {"employees": 1000, "revenue": 40000}}], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": {"employees": 1000, "revenue": 40000}}, {"id": "medium", "at_least": {"revenue": 2000}}], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": {"employees": 1000, "revenue": 40000}}, {"id": "medium", "at_least": 2000}], "rows": [ROW] }""",
        """{ "size_classes": "large", "rows": [ROW] }""",
        """{ "size_classes": [3], "rows": [ROW] }""",
        """{ "size_classes": [{"id": "large", "at_least": 1, "colour": 1}], "size_measure": "revenue", "rows": [ROW] }""",
        """{ "size_measure": "revenue" }""",
        """{ "rows": [] }""",
        """{ "rows": {} }""",
        """{ "rows": [7] }""",
        """{ "rows": [{"industry": "C"}] }""",
        """{ "rows": [ROW], "file": "table.csv" }""",
        """{ "file": 7 }""",
        """{ "file": "" }""",
        """{ "file": "table.csv" }""",
        $$"""{ {{Classes}}, "rows": [{"industry": "C26", "standards": [40, 30, 20]}] }""",
        $$"""{ {{Classes}}, "rows": [{"industry": "C26", "size": "huge", "standards": [40, 30, 20, 10, 5]}] }""",
        $$"""{ {{Classes}}, "rows": [{"industry": "C26", "standards": [40, 30, 20, 10, 5]}, {"industry": "26", "standards": [4, 3, 2, 1, 0]}] }""",
        """{ "rows": [{"industry": "D26", "standards": [40, 30, 20, 10, 5]}] }""",
        """{ "rows": [{"industry": "C", "standards": [5, 10, 20, 30, 40]}] }""",
        """{ "rows": [{"industry": "C", "size": "large", "standards": [40, 30, 20, 10, 5]}] }""",
        """{ "rows": [{"industry": "C", "sizes": "large", "standards": [40, 30, 20, 10, 5]}] }""",
        """{ "colour": 1, "rows": [ROW] }""",
    ];

    /// <summary>CSV files of rows with one kind of mistake each (named <c>table.csv</c> beside the profile).</summary>
    private static readonly string[] FileMistakes =
    [
        "行业代码,规模,优秀值,良好值,平均值,较低值,较差值\nC26,大型,40,30,abc,10,5\nD26,,30,22,15,8,4\nC,巨型,25,18,12,6,3\nC17,,25,18,12,6,\nC28,,5%,4,3,2,1\n",
        "industry,size,excellent,good,average,low,poor\nC26,,40,30,20,10,5\nC,,25,18,12,6,3\n26,,30,22,15,8,4\nC17,,3,18,12,6,9\n",
        "industry,excellent,good,average,low,poor\nC,40,30,20,10,5\nC17,5,10,20,30,40\n",
        "industry,excellent,good,average,low,poor,remark2\nC,5,4,3,2,1,x\n",
        "industry,excellent,good,average,low\nC,5,4,3,2\n",
        "industry,行业代码,excellent,good,average,low,poor\nC,C,5,4,3,2,1\n",
        "industry,excellent,good,average,low,poor\n",
        "industry,excellent,good,average,low,poor\nC,5,4,3,2,1,0\n",
        "industry,excellent,good,average,low,poor\nC,\"5,4,3,2,1\n",
        "industry,excellent,good,average,low,poor\nC,\"5\",\"4\"x,3,2,1\nC26,5,4,3,2,1\n",
    ];

    private static string Profile(string table, string extra = "", string indicator = "") => $$"""
        { "name": "t", "evaluation_year": 2025,
          "pools": [ { "id": "all", "indicators": [ { "id": "tax_per_mu", {{indicator}} "weight": 100,
            "scoring": { "method": "efficacy_coefficient", {{extra}} "standard_table": {{table.Replace("ROW", Row, StringComparison.Ordinal)}} } } ],
            "tiering": { "scheme": "quota_bands", "a": 25, "b": 25, "c": 25, "d": 25 } } ] }
        """;

    private static string FileProfile(string file) => Profile($$"""{ {{Classes.Replace("\"small\"", "\"small\", \"label\": \"小型\"", StringComparison.Ordinal)}}, "file": "{{file}}" }""");

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Every problem is translated, its path kept, and every quoted value and number of the English kept in the Chinese.</summary>
    private static void AssertAllInChinese(IReadOnlyList<ProfileProblem> problems)
    {
        Assert.That(problems, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var problem in problems)
            {
                Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True, $"not translated: {problem.Message}");
                var chinese = ProfileProblemText.Chinese(problem);
                Assert.That(chinese, Does.StartWith(problem.Path + "："));
                Assert.That(chinese, Does.Match(@"\p{IsCJKUnifiedIdeographs}"));
                AssertKeepsParticulars(problem.Message, ProfileProblemText.ChineseMessage(problem.Message));
            }
        });
    }

    /// <summary>Every quoted value and every number of <paramref name="english"/> is in <paramref name="chinese"/>.</summary>
    private static void AssertKeepsParticulars(string english, string chinese)
    {
        foreach (var quoted in Regex.Matches(english, @"(?<!\w)'([^']+)'(?!\w)").Select(m => m.Groups[1].Value))
        {
            Assert.That(chinese, Does.Contain(quoted), $"{english} lost '{quoted}'");
        }

        foreach (var number in Regex.Matches(english, @"-?\d+(\.\d+)?").Select(m => m.Value))
        {
            Assert.That(chinese, Does.Contain(number), $"{english} lost {number}");
        }
    }

    [TestCaseSource(nameof(InlineMistakes))]
    public void EveryProblemOfAnInlineTable_IsInChinese(string table) =>
        AssertAllInChinese(ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(table))).Problems);

    [TestCaseSource(nameof(FileMistakes))]
    public void EveryProblemOfATableFile_IsInChinese(string csv)
    {
        Write("table.csv", csv);

        AssertAllInChinese(ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile("table.csv")))).Problems);
    }

    [TestCase("../outside.csv")]
    [TestCase("/etc/passwd")]
    [TestCase("nowhere.csv")]
    [TestCase("notes.txt")]
    [TestCase("folder.csv")]
    [TestCase("empty.csv")]
    [TestCase("big.csv")]
    [TestCase("linked.csv")]
    [TestCase("binary.csv")]
    public void ARefusedOrUnreadableFile_IsInChinese(string file)
    {
        var outside = Directory.CreateTempSubdirectory("escore-table-text-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.csv"), GoodCsv);
            File.CreateSymbolicLink(Path.Combine(Folder, "linked.csv"), Path.Combine(outside, "secret.csv"));
            Write("notes.txt", GoodCsv);
            Directory.CreateDirectory(Path.Combine(Folder, "folder.csv"));
            Write("empty.csv", []);
            Write("binary.csv", [0x50, 0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x00, 0x0A]);
            using (var big = File.Create(Path.Combine(Folder, "big.csv")))
            {
                big.SetLength(ProfileResolver.MaxDataFileBytes + 1L);
            }

            var problems = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile(file)))).Problems;

            AssertAllInChinese(problems);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public void AFileNamedByABaseProfile_IsInChinese_WithTheBaseNamed()
    {
        Write("bases/base.json", FileProfile("nowhere.csv"));

        var problems = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", """{ "extends": "bases/base.json", "name": "child" }"""))).Problems;

        AssertAllInChinese(problems);
        Assert.That(problems.Select(p => ProfileProblemText.ChineseMessage(p.Message)), Has.Some.StartsWith("在 bases/base.json 中：standard_table.file："));
    }

    [Test]
    public void ASizeInAFileOfATableWithoutSizeClasses_IsInChinese()
    {
        Write("table.csv", "industry,size,excellent,good,average,low,poor\nC,large,5,4,3,2,1\n");

        AssertAllInChinese(ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", Profile("""{ "file": "table.csv" }""")))).Problems);
    }

    [Test]
    public void AFileWithoutAccessToFiles_IsInChinese() =>
        AssertAllInChinese(ProfileTestSupport.Problems(() => ProfileLoader.Parse(FileProfile("table.csv"))).Problems);

    [TestCase("\"file\": \"table.csv\", \"file_base64\": \"not base64!\"")]
    [TestCase("\"file\": \"table.csv\", \"file_base64\": 3")]
    [TestCase("\"file_base64\": \"aW5kdXN0cnk=\"")]
    public void ABadFileBase64_IsInChinese_HintToo(string keys)
    {
        var problems = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile($$"""{ {{keys}} }"""))).Problems;

        AssertAllInChinese(problems);
        Assert.Multiple(() =>
        {
            // the file_base64 problems' hints (a hint that is only a JSON example stays as it is)
            foreach (var hint in problems.Where(p => p.Message.StartsWith("file_base64", StringComparison.Ordinal)).Select(p => p.Hint).OfType<string>())
            {
                Assert.That(ProfileProblemText.ChineseHint(hint), Does.Match(@"\p{IsCJKUnifiedIdeographs}"), $"hint not translated: {hint}");
            }
        });
    }

    [Test]
    public void TheHintWithoutAccessToFiles_IsInChinese()
    {
        var problem = ProfileTestSupport.Problems(() => ProfileLoader.Parse(FileProfile("table.csv"))).Problems.Single();

        Assert.That(ProfileProblemText.ChineseHint(problem.Hint!), Does.Contain("ProfileLoader.ResolveFile").And.Match(@"\p{IsCJKUnifiedIdeographs}"));
    }

    [Test]
    public void AnIndustryBenchmarkBesideATable_IsInChinese()
    {
        var json = Profile("""{ "rows": [ROW] }""", indicator: "\"benchmark\": {\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"division\", \"min_firms\": 1},");

        AssertAllInChinese(Assert.Throws<ProfileException>(() => new Evaluator(ProfileLoader.Parse(json)))!.Problems);
    }

    [TestCase("\"satisfactory\": 30, \"unacceptable\": 10,")]
    [TestCase("\"below_unacceptable\": \"formula\",")]
    public void AFormulaOptionBesideATable_IsInChinese(string extra) =>
        AssertAllInChinese(ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile("""{ "rows": [ROW] }""", extra))).Problems);

    [TestCase("utf16.json")]
    [TestCase("nul.json")]
    [TestCase("latin1.json")]
    [TestCase("folder.json")]
    [TestCase("empty.json")]
    public void AProfileFileThatCannotBeRead_IsInChinese(string file)
    {
        Write("utf16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{}")]);
        Write("nul.json", [0x7B, 0x00, 0x7D]);
        Write("latin1.json", [0x7B, 0x22, 0xE9, 0x22, 0x7D]);
        Directory.CreateDirectory(Path.Combine(Folder, "folder.json"));
        Write("empty.json", []);

        AssertAllInChinese(ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", $$"""{ "name": "x", "extends": "{{file}}" }"""))).Problems);
    }

    [Test]
    public void ABadLine_ReadsInChinese_WithItsFileLineColumnAndValue()
    {
        Write("table.csv", "行业代码,优秀值,良好值,平均值,较低值,较差值\nC,40,30,abc,10,5\n");

        var problem = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile("table.csv")))).Problems.Single();

        Assert.That(ProfileProblemText.Chinese(problem), Is.EqualTo("$.pools[0].indicators[0].scoring.standard_table.file：“table.csv”第 2 行，列“平均值”，值“abc”：不是数字"));
    }

    [Test]
    public void ALabelWithUndecodableBytes_IsRefused_InEnglishAndChinese()
    {
        // A UTF-8 file (byte-order mark) whose label holds 0xFF 0xFE: read as U+FFFD, which must not load as a label.
        var bytes = new UTF8Encoding(true).GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("行业代码,行业名称,优秀值,良好值,平均值,较低值,较差值\nC,制造"))
            .Concat(new byte[] { 0xFF, 0xFE })
            .Concat(Encoding.UTF8.GetBytes("业,40,30,20,10,5\n"))
            .ToArray();
        Write("table.csv", bytes);

        var problem = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile("table.csv")))).Problems.Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Does.StartWith("'table.csv' line 2, column '行业名称', value '制造"));
            Assert.That(problem.Message, Does.EndWith("holds bytes that are not text in the file's encoding (UTF-8 or GB18030): save the file as UTF-8"));
            Assert.That(ProfileProblemText.Chinese(problem), Does.EndWith("含有无法按文件编码（UTF-8 或 GB18030）解码的字节：请将文件另存为 UTF-8"));
        });
    }

    /// <summary>Forms no profile written by hand reaches (a table built in code, a file that fails while read, a resolver's own refusal).</summary>
    [TestCase("1E+400 is not a finite number", "1E+400 不是有限数")]
    [TestCase("a measure is named twice: revenue, revenue", "有数据项出现了两次：revenue, revenue")]
    [TestCase("'t.csv' is a file, and county.json may read no files", "“t.csv”是文件，而 county.json 不能读取文件")]
    [TestCase("'t.csv' cannot be read: IOException", "无法读取“t.csv”：IOException")]
    [TestCase("'t.csv' is not a regular file: not read", "“t.csv”不是普通文件：未读取")]
    [TestCase("in bases/b.json: standard_table.file: 't.csv' is a folder, not a file", "在 bases/b.json 中：standard_table.file：“t.csv”是文件夹，不是文件")]
    [TestCase("standard_table.rows[0].standards: the standards of C × 全行业 must run from 优秀 to 较差 upwards for a lower-is-better indicator", "standard_table.rows[0].standards：C × 全行业 的标准值须从优秀到较差递增（越低越好的指标）")]
    [TestCase("满意值 10 must be above 不允许值 30 for a higher-is-better indicator", "越高越好的指标满意值 10 应高于不允许值 30")]
    public void AFormNotReachedByAProfileFile_IsInChinese(string english, string chinese)
    {
        Assert.That(ProfileProblemText.ChineseMessage(english), Is.EqualTo(chinese));
        AssertKeepsParticulars(english, chinese);
    }

    [Test]
    public void ANestedMessageOfAnUnknownForm_KeepsTheWholeMessageInEnglish()
    {
        const string English = "in bases/b.json: standard_table.file: a sentence of a form nobody translated";

        Assert.Multiple(() =>
        {
            Assert.That(ProfileProblemText.IsTranslated(English), Is.False);
            Assert.That(ProfileProblemText.ChineseMessage(English), Is.EqualTo(English));
        });
    }

    [TestCase("put the file next to the file naming it (or in a folder below it) and name it relatively", "请把该文件放在引用它的文件旁（或其下的文件夹中），并用相对路径指定")]
    [TestCase("copy the base profile next to the file naming it instead of linking to it", "请把基础方案复制到引用它的文件旁，不要用符号链接")]
    [TestCase("a data file (CSV) is a regular file", "数据文件（CSV）须是普通文件")]
    [TestCase("'tax_per_mu' is lower-is-better", "“tax_per_mu”是越低越好的指标")]
    [TestCase("give the rows inline", "请在方案中直接写出各行（rows）")]
    public void TheHintsOfFileAndTableProblems_AreInChinese(string english, string chinese) =>
        Assert.That(ProfileProblemText.ChineseHint(english), Is.EqualTo(chinese));

    [Test]
    public void AHostileNestedMessage_IsAnsweredAtOnce()
    {
        var nested = string.Concat(Enumerable.Repeat("in a: standard_table.file: 'b' line 1: ", 5_000)) + "unknown key 'x'";

        Assert.That(ProfileProblemText.ChineseMessage(nested), Is.Not.Null);
    }
}
