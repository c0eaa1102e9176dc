using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>
/// <c>standard_table.file</c>: the rows of a standard-value table from a CSV file next to the profile — the same table as
/// the rows inline, Chinese or English headers, UTF-8 or GB18030, every bad line reported at once with its line, column,
/// value and reason, confined to the profile's folder, and in the profile's digest.
/// </summary>
public class StandardTableFileTests : TempFolderTest
{
    internal const string FilePath = "$.pools[0].indicators[0].scoring.standard_table.file";

    /// <summary>The rows of seeds/data/standard-table.profile.json, as a CSV file with Chinese headers.</summary>
    internal const string ChineseCsv = """
        行业代码,行业名称,规模,优秀值（万元/亩）,良好值,平均值,较低值,较差值
        C26,化学原料和化学制品制造业,大型,40,30,20,10,5
        C26,化学原料和化学制品制造业,全行业,30,22,15,8,4
        C,制造业,,25,18,12,6,3

        """;

    /// <summary>The same rows with English headers, another column order, and a size id.</summary>
    private const string EnglishCsv = """
        industry,size,excellent,good,average,low,poor,label
        C26,large,40,30,20,10,5,化学原料和化学制品制造业
        26,all,30,22,15,8,4,化学原料和化学制品制造业
        C,,25,18,12,6,3,制造业

        """;

    /// <summary>seeds/data/standard-table.profile.json with its rows replaced by <c>"file": <paramref name="file"/></c>.</summary>
    internal static string FileProfile(string file)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestPaths.Seeds("data", "standard-table.profile.json")))!;
        var table = json["pools"]![0]!["indicators"]![0]!["scoring"]!["standard_table"]!.AsObject();
        table.Remove("rows");
        table["file"] = file;
        json.AsObject().Remove("$schema");
        json.AsObject().Remove("assumptions");
        return json.ToJsonString();
    }

    private string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? new UTF8Encoding(false)).GetBytes(text)).ToArray());
        return path;
    }

    private static Evaluation Evaluate(EvaluationProfile profile) =>
        new Evaluator(profile).Evaluate(FirmCsvReader.Read(TestPaths.Seeds("data", "standard-table.csv"), FirmCsvReaderOptions.Default.ForProfile(profile)).Table);

    internal static StandardValueTable TableOf(EvaluationProfile profile) => ((EfficacyCoefficientScoring)profile.Pools[0].Indicators[0].Scoring!).Options.Table!;

    [Test]
    public void FileAndInlineTables_GiveIdenticalResults()
    {
        Write("table.csv", ChineseCsv);
        var inline = ProfileLoader.Load(TestPaths.Seeds("data", "standard-table.profile.json"));
        var fromFile = ProfileLoader.Load(Write("p.json", FileProfile("table.csv")));

        var a = Evaluate(inline);
        var b = Evaluate(fromFile);

        Assert.Multiple(() =>
        {
            Assert.That(b.Results.Select(r => (r.Id, r.Total, r.Rank, r.Tier)), Is.EqualTo(a.Results.Select(r => (r.Id, r.Total, r.Rank, r.Tier))));
            Assert.That(b.Results.Select(r => b.Explain(r.Id)), Is.EqualTo(a.Results.Select(r => a.Explain(r.Id))));
            Assert.That(TableOf(fromFile).Rows, Is.EqualTo(TableOf(inline).Rows));
            Assert.That(TableOf(fromFile).Source!.Path, Is.EqualTo("table.csv"));
            Assert.That(TableOf(inline).Source, Is.Null);
        });
    }

    [Test]
    public void EnglishHeaders_Gb18030AndUtf8WithBom_ReadTheSameRows()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Write("zh-gb.csv", ChineseCsv, Encoding.GetEncoding("GB18030"));
        Write("zh-bom.csv", ChineseCsv, new UTF8Encoding(true));
        Write("en.csv", EnglishCsv);

        var rows = new[] { "zh-gb.csv", "zh-bom.csv", "en.csv" }
            .Select(f => TableOf(ProfileLoader.Load(Write(f + ".json", FileProfile(f)))).Rows)
            .ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Select(r => r.Key), Is.EqualTo(new[] { "C26 × large", "C26 × 全行业", "C × 全行业" }));
            Assert.That(rows[0][0].Label, Is.EqualTo("化学原料和化学制品制造业"));
            Assert.That(rows[1], Is.EqualTo(rows[0]));
            Assert.That(rows[2], Is.EqualTo(rows[0]));
        });
    }

    [Test]
    public void BadLines_AreAllReportedInOneError_WithLineColumnValueAndReason()
    {
        Write("bad.csv", """
            行业代码,规模,优秀值,良好值,平均值,较低值,较差值
            C26,大型,40,30,abc,10,5
            D26,,30,22,15,8,4
            C,巨型,25,18,12,6,3
            C17,,25,18,12,6,
            C28,,5%,4,3,2,1

            """);

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile("bad.csv"))));
        var messages = e.Problems.Where(p => p.Path == FilePath).Select(p => p.Message).ToArray();

        Assert.That(messages, Is.EquivalentTo(new[]
        {
            "'bad.csv' line 2, column '平均值', value 'abc': not a number",
            "'bad.csv' line 3, column '行业代码', value 'D26': not a GB/T 4754 门类 (a letter A–T) or 大类 (2 digits, e.g. C26 or 26, the letter that of the digits); blank or 默认 for a default row",
            "'bad.csv' line 4, column '规模', value '巨型': no size class has this id or label; the classes are large 大型, medium 中型, small 小型, or 全行业 / blank for every size",
            "'bad.csv' line 5, column '较差值', value '': blank: a row needs all five standard values (优秀, 良好, 平均, 较低, 较差)",
            "'bad.csv' line 6, column '优秀值', value '5%': a percentage: write the number in the indicator's own unit, without %",
        }), e.Message);
    }

    [Test]
    public void TableProblems_NameTheFileLine()
    {
        Write("dup.csv", """
            industry,size,excellent,good,average,low,poor
            C26,,40,30,20,10,5
            C,,25,18,12,6,3
            26,,30,22,15,8,4
            C17,,3,18,12,6,9

            """);

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile("dup.csv"))));
        var messages = e.Problems.Where(p => p.Path == FilePath).Select(p => p.Message).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Some.EqualTo("'dup.csv' line 4: duplicate row C26 × 全行业: line 2 has the same industry and size"), e.Message);
            Assert.That(messages, Has.Some.StartsWith("'dup.csv' line 5: standards must be five finite values"), e.Message);
        });
    }

    [Test]
    public void UnknownHeader_AndMissingColumn_AreRefused()
    {
        Write("extra.csv", "industry,excellent,good,average,low,poor,remark2\nC,5,4,3,2,1,x\n");
        Write("missing.csv", "industry,excellent,good,average,low\nC,5,4,3,2\n");

        var extra = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p1.json", FileProfile("extra.csv"))));
        var missing = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p2.json", FileProfile("missing.csv"))));

        Assert.Multiple(() =>
        {
            Assert.That(extra.Problems.Single(p => p.Path == FilePath).Message, Does.Contain("column 'remark2': not a column of a standard-value table"));
            Assert.That(missing.Problems.Single(p => p.Path == FilePath).Message, Does.Contain("has no column 'poor'"));
        });
    }

    [Test]
    public void RowsAndFile_Together_AreRefused()
    {
        Write("table.csv", ChineseCsv);
        var json = FileProfile("table.csv").Replace("\"file\":\"table.csv\"", "\"file\":\"table.csv\",\"rows\":[{\"standards\":[5,4,3,2,1]}]", StringComparison.Ordinal);

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", json)));

        Assert.That(e.Problems.Single(p => p.Path == FilePath).Message, Is.EqualTo("give rows or file, not both"));
    }

    [Test]
    public void WithoutFileAccess_TheFileIsRefused()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(FileProfile("table.csv")));

        Assert.That(e.Problems.Single().Message, Does.Contain("'table.csv' is a file, and this profile is loaded without access to files"));
    }

    [TestCase("../outside.csv", "leads out of the folder")]
    [TestCase("/etc/passwd", "is an absolute path")]
    [TestCase("nowhere.csv", "not found")]
    [TestCase("notes.txt", "'notes.txt' is not named .csv")]
    public void AFileOutsideTheFolder_OrMissing_OrNotACsv_IsRefused(string file, string message)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Folder)!, "outside.csv"), ChineseCsv);
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), ChineseCsv);
        try
        {
            var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile(file))));

            Assert.That(e.Problems.Single(p => p.Path == FilePath).Message, Does.Contain(message));
        }
        finally
        {
            File.Delete(Path.Combine(Path.GetDirectoryName(Folder)!, "outside.csv"));
        }
    }

    [Test]
    public void ASymbolicLinkOutOfTheFolder_IsRefused()
    {
        var outside = Directory.CreateTempSubdirectory("escore-standard-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.csv"), ChineseCsv);
            File.CreateSymbolicLink(Path.Combine(Folder, "linked.csv"), Path.Combine(outside, "secret.csv"));

            var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile("linked.csv"))));

            Assert.That(e.Problems.Single(p => p.Path == FilePath).Message, Does.Contain("symbolic link that leads out of the folder"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public void AFileLargerThanTheLimit_IsRefusedUnread()
    {
        using (var big = File.Create(Path.Combine(Folder, "big.csv")))
        {
            big.SetLength(ProfileResolver.MaxDataFileBytes + 1L);
        }

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", FileProfile("big.csv"))));

        Assert.That(e.Problems.Single(p => p.Path == FilePath).Message, Does.Contain("more than the 16777216 bytes"));
    }

    [Test]
    public void ABaseProfileInASubfolder_NamesItsTableFromItsOwnFolder()
    {
        Write("bases/table.csv", ChineseCsv);
        Write("table.csv", EnglishCsv.Replace("40,30", "41,30", StringComparison.Ordinal)); // a different table beside the extending file
        Write("bases/base.json", FileProfile("table.csv"));
        var profile = ProfileLoader.Load(Write("p.json", """{ "extends": "bases/base.json", "name": "child" }"""));

        Assert.Multiple(() =>
        {
            Assert.That(TableOf(profile).Source!.Path, Is.EqualTo("bases/table.csv"));
            Assert.That(TableOf(profile).Rows[0].Standards[0], Is.EqualTo(40));
        });
    }

    [Test]
    public void ResolveFile_ListsTheTableFile()
    {
        Write("table.csv", ChineseCsv);

        ProfileLoader.ResolveFile(Write("p.json", FileProfile("table.csv")), out var files);

        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "p.json", "table.csv" }));
    }

    [Test]
    public void AnEditedTable_ChangesTheProfileDigest_AndTheRecordedFileDigest()
    {
        var path = Write("p.json", FileProfile("table.csv"));
        Write("table.csv", ChineseCsv);
        var before = ProfileLoader.Load(path);
        Write("table.csv", ChineseCsv.Replace("25,18,12,6,3", "25,18,12,6,2", StringComparison.Ordinal));
        var after = ProfileLoader.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(ProfileWriter.Sha256(after), Is.Not.EqualTo(ProfileWriter.Sha256(before)));
            Assert.That(TableOf(after).Source!.Sha256, Is.Not.EqualTo(TableOf(before).Source!.Sha256));
            Assert.That(TableOf(after).Source!.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, "table.csv"))))));
        });
    }

    [Test]
    public void WrittenBack_TheRowsAreInline_AndReloadWithoutFileAccess()
    {
        Write("table.csv", ChineseCsv);
        var profile = ProfileLoader.Load(Write("p.json", FileProfile("table.csv")));

        var json = ProfileWriter.ToJson(profile);
        var again = ProfileLoader.Parse(json);

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Not.Contain("table.csv"));
            Assert.That(TableOf(again).Rows, Is.EqualTo(TableOf(profile).Rows));
            Assert.That(ProfileWriter.Sha256(again), Is.EqualTo(ProfileWriter.Sha256(profile)));
        });
    }

    [Test]
    public void ResolveFile_CarriesTheTable_SoTheTextCompilesWithoutFileAccess_AsLoadDoes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Write("table.csv", ChineseCsv, Encoding.GetEncoding("GB18030"));
        var path = Write("p.json", FileProfile("table.csv"));

        var json = ProfileLoader.ResolveFile(path);
        var fromText = ProfileLoader.Parse(json);
        var loaded = ProfileLoader.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"file_base64\""));
            Assert.That(TableOf(fromText).Rows, Is.EqualTo(TableOf(loaded).Rows));
            Assert.That(TableOf(fromText).Source, Is.EqualTo(TableOf(loaded).Source), "the same path, digest and length: the bytes of the GB18030 file");
            Assert.That(ProfileWriter.Sha256(fromText), Is.EqualTo(ProfileWriter.Sha256(loaded)));
        });
    }

    [Test]
    public void ResolveFile_ABaseInASubfolder_CarriesTheTableOfItsOwnFolder()
    {
        Write("bases/table.csv", ChineseCsv);
        Write("table.csv", EnglishCsv.Replace("40,30", "41,30", StringComparison.Ordinal));
        Write("bases/base.json", FileProfile("table.csv"));

        var profile = ProfileLoader.Parse(ProfileLoader.ResolveFile(Write("p.json", """{ "extends": "bases/base.json", "name": "child" }""")));

        Assert.Multiple(() =>
        {
            Assert.That(TableOf(profile).Source!.Path, Is.EqualTo("bases/table.csv"));
            Assert.That(TableOf(profile).Rows[0].Standards[0], Is.EqualTo(40));
        });
    }

    [Test]
    public void AResolvedTextSavedAsAProfileFile_ReadsItsTableAgain_NotTheStaleCopy()
    {
        Write("table.csv", ChineseCsv);
        var resolved = ProfileLoader.ResolveFile(Write("p.json", FileProfile("table.csv")));
        Write("table.csv", ChineseCsv.Replace("40,30,20", "44,30,20", StringComparison.Ordinal));

        var saved = ProfileLoader.Load(Write("resolved.json", resolved));

        Assert.Multiple(() =>
        {
            Assert.That(TableOf(ProfileLoader.Parse(resolved)).Rows[0].Standards[0], Is.EqualTo(40), "without file access: the bytes the text carries");
            Assert.That(TableOf(saved).Rows[0].Standards[0], Is.EqualTo(44), "from a file: the table on disk");
            Assert.That(TableOf(saved).Source!.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, "table.csv"))))).IgnoreCase);
        });
    }

    [Test]
    public void AnExtendingProfile_ThatReplacesTheFileByRows_DropsTheBasesFile()
    {
        Write("table.csv", ChineseCsv);
        Write("base.json", FileProfile("table.csv"));
        var pool = System.Text.Json.Nodes.JsonNode.Parse(FileProfile("table.csv"))!["pools"]![0]!;
        var child = $$"""
            { "extends": "base.json", "name": "child", "pools": [ { "id": "{{pool["id"]}}", "indicators": [ { "id": "{{pool["indicators"]![0]!["id"]}}",
              "scoring": { "standard_table": { "file": null, "rows": [ { "standards": [50, 40, 30, 20, 10] } ] } } } ] } ] }
            """;

        var json = ProfileLoader.ResolveFile(Write("p.json", child));
        var profile = ProfileLoader.Parse(json);

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Not.Contain("file_base64"));
            Assert.That(TableOf(profile).Source, Is.Null);
            Assert.That(TableOf(profile).Rows.Single().Standards[0], Is.EqualTo(50));
        });
    }

    [TestCase("\"file_base64\": \"not base64!\"", ".file_base64", "file_base64 is not base64")]
    [TestCase("\"file_base64\": 3", ".file_base64", "file_base64 must be a string")]
    public void ABadFileBase64_IsRefusedAtItsKey(string content, string at, string message)
    {
        var json = FileProfile("table.csv").Replace("\"file\":\"table.csv\"", "\"file\":\"table.csv\"," + content, StringComparison.Ordinal);

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json));

        Assert.That(e.Problems.Single().Path + " " + e.Problems.Single().Message, Does.StartWith(FilePath[..^".file".Length] + at + " " + message));
    }

    [Test]
    public void AChildCarryingOnlyFileBase64_OverABasesFile_IsRefused_NotSwappedIn()
    {
        Write("table.csv", ChineseCsv);
        Write("base.json", FileProfile("table.csv"));
        var pool = System.Text.Json.Nodes.JsonNode.Parse(FileProfile("table.csv"))!["pools"]![0]!;
        var other = Convert.ToBase64String(Encoding.UTF8.GetBytes(ChineseCsv.Replace("40,30,20", "99,30,20", StringComparison.Ordinal)));
        var child = $$"""
            { "extends": "base.json", "name": "child", "pools": [ { "id": "{{pool["id"]}}", "indicators": [ { "id": "{{pool["indicators"]![0]!["id"]}}",
              "scoring": { "standard_table": { "file_base64": "{{other}}" } } } ] } ] }
            """;

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Write("p.json", child)));

        Assert.That(e.Problems.Select(p => p.Path + " " + p.Message), Is.EqualTo(new[] { FilePath[..^".file".Length] + ".file_base64 " + ProfileDataFiles.WithoutFile }));
    }

    [TestCase("/etc/passwd.csv")]
    [TestCase("../outside.csv")]
    [TestCase("a/../../outside.csv")]
    [TestCase("C:/tables/x.csv")]
    [TestCase("notes.txt")]
    [TestCase("line\nbreak.csv")]
    [TestCase("LONG")]
    public void FileBase64_BesideAFileTheLoaderCouldNotHaveWritten_IsRefused(string file)
    {
        file = file == "LONG" ? new string('x', ProfileDataFiles.MaxFileReferenceLength) + ".csv" : file;
        var json = System.Text.Json.Nodes.JsonNode.Parse(FileProfile("table.csv"))!;
        var table = json["pools"]![0]!["indicators"]![0]!["scoring"]!["standard_table"]!.AsObject();
        table["file"] = file;
        table["file_base64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(ChineseCsv));

        var problem = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json.ToJsonString())).Problems.Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem.Path, Is.EqualTo(FilePath));
            Assert.That(problem.Message, Does.Contain("beside file_base64 must be a relative path of a .csv file"));
            Assert.That(problem.Message.Length, Is.LessThan(400), "a long name is shortened");
            Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True);
        });
    }

    [Test]
    public void FileBase64_WithoutFile_IsRefused()
    {
        var json = FileProfile("table.csv").Replace("\"file\":\"table.csv\"", "\"file_base64\":\"" + Convert.ToBase64String(Encoding.UTF8.GetBytes(ChineseCsv)) + "\"", StringComparison.Ordinal);

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json));

        Assert.That(e.Problems.Select(p => p.Message), Has.Some.StartsWith("file_base64 without file"));
    }
}
