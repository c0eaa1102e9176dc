using System.Text.RegularExpressions;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>
/// Scorecard profile problems in Chinese (<see cref="ProfileProblemText"/>): a corpus of bad scorecard profiles, one area of
/// the format each, whose every problem — message and hint — is translated with its path, quoted names and numbers kept.
/// </summary>
public class ScorecardProblemTextTests
{
    private const string B = "\"kind\": \"scorecard\", \"id\": \"t\", \"year\": 2025, \"firm_profile\": \"zhejiang-six-indicators\"";

    private const string Tax = "{ \"id\": \"above_tax_per_mu\", \"weight\": 10, \"targets\": [ { \"value\": 10 } ] }";

    private const string I = "\"indicators\": [ " + Tax + " ]";

    /// <summary>Bad scorecard profiles: the root, indicators and methods, targets, definitions, history rules, types and
    /// conditions, quotas, event classes, sources and assumptions.</summary>
    private static readonly string[] Corpus =
    [
        "[1, 2]",
        "{ \"kind\": \"scorecard\", \"id\": \"t\", \"year\": 2025,",
        "{ \"kind\": \"firm\", \"id\": \"\", \"year\": 3, \"firm_profile\": \"zhejiang-six-indicatorz\", \"colour\": 1, \"indicators\": [] }",
        "{ \"kind\": 7, \"year\": 2025.5, \"firm_profile\": \"zhejiang-six-indicators\" }",
        "{ " + B + ", \"scope\": \"everything\", \"peer_group\": \"levels\", \"top_list\": -1, \"bottom_list\": 1.5, " + I + " }",
        "{ \"kind\": \"scorecard\", \"id\": \"t\", \"year\": 2025, \"firm_profile\": \"profile.json\", " + I + " }",
        "{ " + B + ", \"indicators\": [ { \"id\": \"above_tax_per_mu\", \"weight\": -1, \"method\": \"capped\", \"name\": \"x\", \"unit\": \"y\", \"targets\": [ { \"value\": 0 }, { \"value\": 5 } ] }, { \"id\": \"above_tax_per_mu\", \"weight\": 1, \"method\": 7 }, { \"id\": \"taxx\", \"weight\": 1 }, { \"weight\": \"1\" }, 5 ] }",
        "{ " + B + ", \"indicators\": [ { \"id\": \"above_tax_per_mu\", \"weight\": 1, \"method\": { \"kind\": \"per_item\", \"points_per_item\": 0, \"flat_share\": 2, \"bonus\": 1 } }, { \"id\": \"tax_per_mu\", \"weight\": 1, \"method\": { \"kind\": \"vet\" } }, { \"id\": \"listed_firms\", \"weight\": 1, \"method\": { \"points_per_item\": 2 } }, { \"id\": \"revenue\", \"weight\": 1, \"method\": \"veto\" } ] }",
        "{ " + B + ", \"indicators\": [ { \"id\": \"above_tax_per_mu\", \"weight\": 1, \"method\": \"goal_posts\", \"targets\": [ { \"kind\": \"band\", \"value\": 10, \"upper\": 20, \"base\": 5 }, { \"value\": 10, \"base\": 12, \"year\": 2025 } ] }, { \"id\": \"tax_per_mu\", \"weight\": 1, \"method\": \"efficacy_coefficient\", \"targets\": [ { \"kind\": \"ceiling\", \"value\": 10, \"base\": 5 }, { \"value\": 10, \"levels\": [\"national\"] } ] }, { \"id\": \"revenue\", \"weight\": 1, \"method\": \"base_year_step\", \"targets\": [ { \"value\": 10, \"base\": 0 } ] }, { \"id\": \"above_value_added\", \"weight\": 1, \"method\": \"ratio\", \"targets\": [ { \"kind\": \"ceiling\", \"value\": 10 } ] } ] }",
        "{ " + B + ", \"indicators\": [ { \"id\": \"above_tax_per_mu\", \"weight\": 1, \"targets\": [ { \"kind\": \"band\", \"value\": 10 }, { \"value\": 10, \"upper\": 20, \"year\": 2024 }, { \"kind\": \"band\", \"value\": 10, \"upper\": 5, \"year\": 2023 }, { \"kind\": \"cumulative\", \"value\": 1, \"year\": 2022 }, { \"value\": 1, \"from_year\": 2020, \"year\": 2021 }, { \"value\": 1, \"platforms\": [\"P1\"], \"levels\": [\"galactic\"], \"year\": 2020 }, { \"kind\": \"roof\", \"value\": \"x\" } ] } ] }",
        "{ " + B + ", \"indicators\": [ { \"id\": \"a1\", \"weight\": 1, \"definition\": { \"kind\": \"ratio_of_sum\" } }, { \"id\": \"a2\", \"weight\": 1, \"definition\": { \"kind\": \"count\" } }, { \"id\": \"a3\", \"weight\": 1, \"definition\": { \"kind\": \"share\", \"measure\": \"taxes\" } }, { \"id\": \"a4\", \"weight\": 1, \"definition\": { \"kind\": \"register_figure\", \"figure\": \"area\" } }, { \"id\": \"a5\", \"weight\": 1, \"definition\": { \"kind\": \"tier_land_share\", \"tier\": \"x\" } }, { \"id\": \"a6\", \"weight\": 1, \"definition\": 3 }, { \"id\": \"A 7\", \"weight\": 1, \"definition\": { \"kind\": \"total\", \"measure\": \"tax\", \"scale\": -2 } }, { \"id\": \"a8\", \"weight\": 1, \"definition\": { \"kind\": \"total\", \"measure\": \"tax\", \"filter\": { \"size_clas\": \"above_designated_size\" } } }, { \"id\": \"a9\", \"weight\": 1, \"definition\": { \"kind\": \"count\", \"condition\": { \"required_tags\": \"listed\" } } } ] }",
        "{ " + B + ", \"history\": [ { \"id\": \"w\", \"list\": \"middle\", \"size\": 0, \"years\": 0, \"of_last\": 40 }, { \"id\": \"w\", \"list\": \"bottom\", \"size\": 1, \"years\": 3, \"of_last\": 2 }, { \"id\": \"\", \"list\": \"top\", \"size\": 1, \"years\": 1 }, { \"list\": \"top\" } ], " + I + " }",
        "{ " + B + ", \"types\": [], \"quotas\": [ { \"type\": \"exit\", \"at_least_percent\": 30 } ], " + I + " }",
        "{ " + B + ", \"default_type\": \"exit\", " + I + " }",
        "{ " + B + ", \"types\": [ { \"id\": \"Exit\" }, { \"id\": \"keep\", \"label\": 3 }, { \"id\": \"keep\" } ], \"default_type\": \"exitt\", \"quotas\": [ { \"type\": \"exitt\", \"at_least_percent\": 0, \"per\": \"city\", \"rounding\": \"up\", \"protected\": 5 }, { \"type\": \"keep\", \"at_least_percent\": 130 } ], " + I + " }",
        "{ " + B + ", \"history\": [ { \"id\": \"w\", \"list\": \"bottom\", \"size\": 1, \"years\": 1 } ], \"event_classes\": [ { \"id\": \"hazard\", \"points_per_event\": 1 } ], \"types\": [ { \"id\": \"a\", \"when\": {} }, { \"id\": \"b\", \"when\": 3 }, { \"id\": \"c\", \"when\": { \"rank_at_most\": 0, \"rank_percent_at_most\": 120, \"vetoed\": \"yes\", \"levels\": [\"galactic\"], \"list\": \"side\", \"history\": \"ww\", \"events\": [\"hazzard\"], \"colour\": 1 } }, { \"id\": \"d\", \"when\": { \"indicator\": { \"id\": \"above_tax_per_mu\" }, \"any\": [], \"not\": { \"indicator\": 4 } } }, { \"id\": \"e\", \"when\": { \"indicator\": { \"id\": \"tax\", \"met\": true }, \"any\": \"x\", \"events\": [] } }, { \"id\": \"f\", \"when\": { \"any\": [ null, { \"total_below\": \"x\" } ] } } ], \"default_type\": \"a\", " + I + " }",
        "{ " + B + ", \"event_classes\": [ { \"id\": \"a\", \"points_per_event\": -1, \"max_points\": -2 }, { \"id\": \"b\", \"max_points\": 3, \"disqualify\": \"yes\" }, { \"id\": \"c\" }, { \"id\": \"C d\", \"points_per_event\": 1 }, { \"id\": \"e\", \"label\": \"事故\", \"points_per_event\": 1 }, { \"id\": \"e\", \"disqualify\": true }, { \"id\": \"f\", \"label\": \"事故\", \"points_per_event\": 1 }, { \"id\": \"g\", \"label\": \" \", \"points_per_event\": 1, \"cap\": 2 } ], " + I + " }",
        "{ " + B + ", \"event_classes\": [], " + I + " }",
        "{ " + B + ", \"sources\": [ { \"document\": \"\" }, { \"url\": \"x\" }, 3 ], \"assumptions\": [ { \"path\": \"$.indicators[5].weight\", \"note\": \"x\" }, { \"path\": \"$.nothing\" } ], \"notes\": [ 1 ], \"history\": { }, " + I + " }",
    ];

    [TestCaseSource(nameof(Corpus))]
    public void EveryProblem_IsInChinese_WithItsPathNamesAndNumbers(string json)
    {
        var problems = Assert.Throws<ProfileException>(() => ScorecardLoader.Parse(json))!.Problems;
        Assert.That(problems, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var problem in problems)
            {
                AssertTranslated(problem);
            }
        });
    }

    [Test]
    public void FirmProfileFileProblems_AreInChinese()
    {
        var directory = Directory.CreateTempSubdirectory("escore-scorecard-zh-").FullName;
        try
        {
            foreach (var reference in new[] { "missing.profile.json", "../outside.profile.json" })
            {
                var path = Path.Combine(directory, "card.json");
                File.WriteAllText(path, "{ \"kind\": \"scorecard\", \"id\": \"t\", \"year\": 2025, \"firm_profile\": \"" + reference + "\", " + I + " }");
                var problem = Assert.Throws<ProfileException>(() => ScorecardLoader.Load(path))!.Problems.Single();
                AssertTranslated(problem);
            }

            AssertTranslated(Assert.Throws<ProfileException>(() => ScorecardLoader.Load("jiaxing-platforms-202"))!.Problems.Single());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void Examples_KeepTheirParticulars()
    {
        static string Zh(string message, string? hint = null) => ProfileProblemText.Chinese(new ProfileProblem("$.x", message, hint));
        Assert.Multiple(() =>
        {
            Assert.That(Zh("'keep' is used twice", "give each type its own id"), Is.EqualTo("$.x：“keep”用了两次（提示：每个平台类型须有自己的 id）"));
            Assert.That(Zh("12 is not below the target 10", "for a floor the base (不允许值) is the worse, lower value"), Is.EqualTo("$.x：12 不低于目标值 10（提示：下限目标（floor）的基数（不允许值）是更差、更低的值）"));
            Assert.That(Zh("unknown peer_group 'levels'", "did you mean 'level'?"), Is.EqualTo("$.x：未知的比较组（peer_group）“levels”（提示：是否应为“level”？）"));
            Assert.That(Zh("applies to the same platforms and year as targets[0]"), Is.EqualTo("$.x：与 targets[0] 适用于相同的平台和年度"));
            Assert.That(Zh("'事故' already names event_classes[4]"), Is.EqualTo("$.x：“事故”已用于 event_classes[4]"));
        });
    }

    private static void AssertTranslated(ProfileProblem problem)
    {
        var chinese = ProfileProblemText.Chinese(problem);
        Assert.Multiple(() =>
        {
            Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True, $"message not translated: {problem}");
            Assert.That(chinese, Does.StartWith(problem.Path + "："));
            Assert.That(chinese, Does.Match(@"\p{IsCJKUnifiedIdeographs}"));
            foreach (var quoted in Regex.Matches(problem.Message, "'([^']+)'").Select(m => m.Groups[1].Value))
            {
                Assert.That(chinese, Does.Contain(quoted), $"{problem} lost '{quoted}'");
            }

            foreach (var number in Regex.Matches(problem.Message, @"-?\d+(\.\d+)?").Select(m => m.Value))
            {
                Assert.That(chinese, Does.Contain(number), $"{problem} lost {number}");
            }

            if (problem.Hint is { } hint)
            {
                var zh = ProfileProblemText.ChineseHint(hint);
                Assert.That(zh, Is.Not.EqualTo(hint).And.Match(@"\p{IsCJKUnifiedIdeographs}"), $"hint not translated: {problem}");
                foreach (var quoted in Regex.Matches(hint, "'([^']+)'").Select(m => m.Groups[1].Value).Where(q => q != "escore score"))
                {
                    Assert.That(zh, Does.Contain(quoted), $"{problem} hint lost '{quoted}'");
                }
            }
        });
    }
}
