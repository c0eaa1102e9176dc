using EnterpriseScoring.Profiles;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>
/// Profile problems in Chinese: every problem a corpus of the mistakes a county analyst makes produces is translated,
/// with its path, names and numbers kept; a message of an unknown form stays in English.
/// </summary>
public class ProfileProblemTextTests
{
    private const string Base = "\"name\": \"x\", \"extends\": \"zhejiang-six-indicators\"";

    /// <summary>Profiles with one kind of mistake each (the texts the loader reports for them must all be translated).</summary>
    private static readonly string[] Mistakes =
    [
        "{" + Base + ", \"evaluation_year\": \"2025\"}",
        "{" + Base + ", \"evaluation_year\": 3}",
        "{" + Base + ", \"bogus\": 1}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\", \"name\": \"y\"}], \"evaluation_year\": null}",
        "{" + Base + ", \"currency_unit\": \"dollars\"}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\", \"weighting\": {\"method\": \"entrop\"}}]}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\", \"indicators\": [{\"id\": \"tax_per_mu\", \"weight\": -1}]}]}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\", \"indicators\": [{\"id\": \"no_such_indicator\", \"weight\": 1}]}]}",
        "{" + Base + ", \"pools\": [{\"id\": \"no_such_pool\", \"remove\": true}]}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\"}, {\"id\": \"above_size\", \"name\": \"y\"}]}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\", \"tiering\": {\"scheme\": \"quota_bandz\"}}]}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\", \"indicators\": [{\"id\": \"tax_per_mu\", \"benchmark\": {\"type\": \"fixed\", \"value\": 0}}]}]}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\", \"indicators\": [{\"id\": \"tax_per_mu\", \"benchmark\": {\"type\": \"fixed\"}}]}]}",
        "{" + Base + ", \"pools\": [{\"id\": \"above_size\", \"indicators\": [{\"id\": \"tax_per_mu\", \"benchmark\": {\"type\": \"fixed\", \"value\": 10, \"colour\": 1}}]}]}",
        "{\"name\": \"x\", \"extends\": \"no-such-profile\"}",
        "{\"name\": \"x\", \"extends\": 7}",
        "{" + Base + ", \"evaluation_year\": 2025,",
        "[1, 2]",
    ];

    [TestCaseSource(nameof(Mistakes))]
    public void EveryProblemOfACommonMistake_IsInChinese_WithItsPathAndParticulars(string json)
    {
        var problems = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(json))!.Problems;
        Assert.That(problems, Is.Not.Empty);
        foreach (var problem in problems)
        {
            var chinese = ProfileProblemText.Chinese(problem);
            Assert.Multiple(() =>
            {
                Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True, $"not translated: {problem}");
                Assert.That(chinese, Does.StartWith(problem.Path + "："));
                Assert.That(chinese, Does.Match(@"\p{IsCJKUnifiedIdeographs}"));
                foreach (var quoted in System.Text.RegularExpressions.Regex.Matches(problem.Message, "'([^']+)'").Select(m => m.Groups[1].Value))
                {
                    Assert.That(chinese, Does.Contain(quoted), $"{problem} lost '{quoted}'");
                }

                foreach (var number in System.Text.RegularExpressions.Regex.Matches(problem.Message, @"-?\d+(\.\d+)?").Select(m => m.Value))
                {
                    Assert.That(chinese, Does.Contain(number), $"{problem} lost {number}");
                }
            });
        }
    }

    [Test]
    public void AScorecardProfileMistake_IsInChinese()
    {
        var problems = Assert.Throws<ProfileException>(() => ScorecardLoader.Parse("{\"kind\": \"scorecard\", \"id\": \"x\", \"year\": 3, \"colour\": 1}"))!.Problems;
        Assert.That(problems.Where(p => p.Message.Contains("plausible", StringComparison.Ordinal) || p.Message.StartsWith("unknown key", StringComparison.Ordinal)), Is.Not.Empty);
        foreach (var problem in problems.Where(p => p.Message.Contains("plausible", StringComparison.Ordinal) || p.Message.StartsWith("unknown key", StringComparison.Ordinal)))
        {
            Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True, problem.ToString());
        }
    }

    [Test]
    public void AnExtendsCycle_IsInChinese()
    {
        var directory = Directory.CreateTempSubdirectory("escore-cycle-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "a.json"), "{\"name\": \"a\", \"extends\": \"b.json\"}");
            File.WriteAllText(Path.Combine(directory, "b.json"), "{\"name\": \"b\", \"extends\": \"a.json\"}");
            var problem = Assert.Throws<ProfileException>(() => ProfileLoader.Load(Path.Combine(directory, "a.json")))!.Problems.Single(p => p.Message.StartsWith("extends cycle", StringComparison.Ordinal));
            Assert.That(ProfileProblemText.ChineseMessage(problem.Message), Does.StartWith("extends 循环引用：").And.Contain("a.json").And.Contain("b.json"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestCase("unknown key 'x'", null, "$.a：未知的键“x”")]
    [TestCase("-1 is not > 0", "weights are points > 0, e.g. 30", "$.a：-1 不满足 > 0（提示：权重为大于 0 的分值，例如 30）")]
    [TestCase("2.5 is not in [0, 1]", null, "$.a：2.5 不在 [0, 1] 范围内")]
    [TestCase("0 is not ≥ 1", null, "$.a：0 不满足 ≥ 1")]
    [TestCase("unknown weighting method 'entrop'", "did you mean 'entropy'?", "$.a：未知的赋权方法“entrop”（提示：是否应为“entropy”？）")]
    [TestCase("unknown widget 'w'", null, "$.a：未知的widget “w”")]
    [TestCase("is the string \"x\"; expected a number", null, "$.a：为字符串 \"x\"，应为数字")]
    [TestCase("is an object; expected one of a, b", "see docs/profile-format.md", "$.a：为对象，应为以下之一：a, b（提示：see docs/profile-format.md）")]
    [TestCase("a sentence of a form nobody translated", "a hint nobody translated", "$.a：a sentence of a form nobody translated（提示：a hint nobody translated）")]
    public void Chinese_KnownFormsTranslated_OthersKeptInEnglish(string message, string? hint, string expected) =>
        Assert.That(ProfileProblemText.Chinese(new ProfileProblem("$.a", message, hint)), Is.EqualTo(expected));

    [Test]
    public void ChineseHint_KeepsTheDocumentReference()
    {
        Assert.That(
            ProfileProblemText.ChineseHint("e.g. 2025; see \"Numeric ranges\" in docs/profile-format.md"),
            Is.EqualTo("例如 2025；参见 \"Numeric ranges\" in docs/profile-format.md"));
    }

    [Test]
    public void ExtendsAFilePath_WithoutAccessToFiles_IsInChinese_WithTheReferenceKept()
    {
        // ProfileLoader.Parse has no folder: a file path under extends is refused without touching the file system.
        var problem = Assert.Throws<ProfileException>(() => ProfileLoader.Parse("""{ "name": "x", "extends": "./base.profile.json" }"""))!.Problems.Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Does.Contain("loaded without access to files"));
            Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True);
            Assert.That(ProfileProblemText.Chinese(problem), Is.EqualTo(problem.Path + "：“./base.profile.json”是文件路径，而此评价方案的加载方式不能读取文件（提示：请写内置方案名，或从方案文件加载（ProfileLoader.Load(path)、escore --profile FILE），或用 ProfileResolver.Directory(folder) 加载）"));
        });
    }

    [Test]
    public void HostileMessage_DoesNotHang()
    {
        var text = "unknown key '" + new string('\'', 100_000);
        Assert.That(ProfileProblemText.ChineseMessage(text), Is.Not.Null);
    }
}
