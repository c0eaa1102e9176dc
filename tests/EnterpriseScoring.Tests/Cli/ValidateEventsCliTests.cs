using System.Text;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore validate --events FILE --profile SCORECARD</c>: a scorecard events file checked alone, as
/// <c>escore scorecard --events</c> reads it — exit code 3 and every rejected row with line, column, value and reason (an
/// event class the scorecard does not declare among them), in English and Chinese; 0 when every row can be read.
/// </summary>
public class ValidateEventsCliTests : TempFolderTest
{
    private static readonly string Scorecard = TestPaths.Seeds("data", "platform-example.scorecard.json");
    private static readonly string Events = TestPaths.Seeds("data", "platform-example.events.csv");
    private static readonly string Firms = TestPaths.Seeds("data", "platform-example.csv");
    private static readonly string Register = TestPaths.Seeds("data", "platform-example.register.csv");

    [Test]
    public void Valid_SaysHowManyRowsAndEvents()
    {
        var rows = File.ReadAllLines(Events).Skip(1).Count(l => l.Length > 0);
        var ofOtherYears = File.ReadAllLines(Events).Skip(1).Count(l => l.Contains(",2024-", StringComparison.Ordinal));

        var (code, stdout, stderr) = CliRunner.Run("validate", "--events", Events, "--profile", Scorecard);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("scorecard platform-example-scorecard").And.Contain("3 event class(es)"));
        Assert.That(stdout, Does.Contain($"--events '{Events}': {rows} row(s), {rows} event(s), each readable ({rows - ofOtherYears} of 2025"));
    }

    [Test]
    public void Invalid_ExitCode3_EveryRejectedRow_WithLineColumnValueReason_InEnglishAndChinese()
    {
        var file = Path.Combine(Folder, "events.csv");
        File.WriteAllText(file, "平台,日期,事件类别,次数,说明\nP1,2025-13-01,major_accident,1,坏日期\nP2,2025-03-01,major_acident,1,拼错的类别\nP4,2025-03-01,illegal_land,0,次数为 0\nP4,2025-03-02,env_inspection,1,好的一行\n", Encoding.UTF8);

        var en = CliRunner.Run("validate", "--events", file, "--profile", Scorecard);
        var zh = CliRunner.Run("--lang", "zh", "validate", "--events", file, "--profile", Scorecard);

        Assert.Multiple(() =>
        {
            Assert.That((en.Code, zh.Code), Is.EqualTo((ExitCodes.InputOrUsageError, ExitCodes.InputOrUsageError)));
            Assert.That(en.Stderr, Does.Contain($"--events '{file}' line 2, platform 'P1', column '日期', value '2025-13-01'"));
            Assert.That(en.Stderr, Does.Contain($"--events '{file}' line 3, platform 'P2', column '事件类别', value 'major_acident'"));
            Assert.That(en.Stderr, Does.Contain("major_accident"), "the closest declared class as a hint");
            Assert.That(en.Stderr, Does.Contain($"--events '{file}' line 4, platform 'P4', column '次数', value '0'"));
            Assert.That(en.Stderr, Does.Not.Contain("line 5,"), "the good row is not listed");
            Assert.That(en.Stderr, Does.Contain("3 rows of --events"));
            Assert.That(zh.Stderr, Does.Contain($"--events '{file}' 第 3 行，平台 'P2'，列 '事件类别'，值 'major_acident'"));
            Assert.That(zh.Stderr, Does.Contain("中有 3 行无法计入"));
        });
    }

    [Test]
    public void Usage_EventsNeedTheScorecard_AndAreCheckedAlone()
    {
        var noProfile = CliRunner.Run("validate", "--events", Events);
        var withCorrections = CliRunner.Run("validate", "--events", Events, "--profile", Scorecard, "--input", TestPaths.Seeds("data", "platform-example.csv"), "--corrections", Events);
        var registerAlone = CliRunner.Run("validate", "--events", Events, "--profile", Scorecard, "--platforms", Register);
        var missing = CliRunner.Run("validate", "--events", Path.Combine(Folder, "none.csv"), "--profile", Scorecard);
        Assert.Multiple(() =>
        {
            Assert.That(noProfile.Code, Is.Not.EqualTo(ExitCodes.Success));
            Assert.That(noProfile.Stderr, Does.Contain("--events needs --profile"));
            Assert.That(withCorrections.Code, Is.Not.EqualTo(ExitCodes.Success));
            Assert.That(withCorrections.Stderr, Does.Contain("--events checks the events file against the scorecard"));
            Assert.That(registerAlone.Code, Is.Not.EqualTo(ExitCodes.Success), "the firms name platforms too: a register alone cannot decide");
            Assert.That(registerAlone.Stderr, Does.Contain("--platforms checks the platforms of an --events file"));
            Assert.That(missing.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(missing.Stderr, Does.Contain("not found"));
        });
    }

    [Test]
    public void WithFirmsAndRegister_EveryPlatformIsChecked_AsTheScorecardMatchesIt()
    {
        var (code, stdout, stderr) = CliRunner.Run("validate", "--events", Events, "--profile", Scorecard, "--input", Firms, "--platforms", Register);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("platforms: each of the"));
        Assert.That(CliRunner.Run("validate", "--events", Events, "--profile", Scorecard).Stdout, Does.Contain("platforms not checked"));

        // A platform neither in the register nor named by a firm: the problem escore scorecard would report, word for word.
        var file = Path.Combine(Folder, "events.csv");
        File.WriteAllText(file, "平台,日期,事件类别,次数,说明\nP1,2025-03-01,major_accident,1,好的一行\nP99,2025-03-02,major_accident,1,没有这个平台\nP99,2024-03-02,major_accident,1,其他年度不检查平台\n", Encoding.UTF8);
        var en = CliRunner.Run("validate", "--events", file, "--profile", Scorecard, "--input", Firms, "--platforms", Register);
        var zh = CliRunner.Run("--lang", "zh", "validate", "--events", file, "--profile", Scorecard, "--input", Firms, "--platforms", Register);
        var scorecard = CliRunner.Run("scorecard", "--profile", Scorecard, "--input", Firms, "--platforms", Register, "--events", file, "--out", Path.Combine(Folder, "out"));
        var problem = Array.Find(en.Stderr.Split('\n'), l => l.Contains("line 3,", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That((en.Code, zh.Code, scorecard.Code), Is.EqualTo((ExitCodes.InputOrUsageError, ExitCodes.InputOrUsageError, ExitCodes.InputOrUsageError)));
            Assert.That(problem, Does.Contain($"--events '{file}' line 3, platform 'P99'").And.Contain("value 'P99'").And.Contain("not a platform of the scorecard in 2025"));
            Assert.That(scorecard.Stderr, Does.Contain(problem!.Trim()[problem.Trim().IndexOf("--events", StringComparison.Ordinal)..]), "the scorecard run reports the same problem");
            Assert.That(en.Stderr, Does.Not.Contain("line 2,").And.Not.Contain("line 4,"), "a known platform, and an event of another year, are not problems");
            Assert.That(zh.Stderr, Does.Contain($"--events '{file}' 第 3 行，平台 'P99'").And.Contain("不是 2025 年的平台"));
        });
    }

    /// <summary>
    /// Rejected rows of the register are judged by <c>--max-rejects</c>, as <c>escore scorecard</c> judges them: beyond the
    /// limit exit code 5 with the rejected rows listed (line, id, column, value, reason) and the count; within it the rows
    /// and the count as warnings, and the <c>--rejects-exit-code</c>; in English and Chinese.
    /// </summary>
    [Test]
    public void WithARegister_RejectedRegisterRows_AreJudgedByMaxRejects()
    {
        var register = Path.Combine(Folder, "register.csv");
        var lines = File.ReadAllLines(Register, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        lines.Add("PX,坏级别的平台,不是级别,,南湖区,100,,,,,,");
        File.WriteAllLines(register, lines, Encoding.UTF8);
        var rows = lines.Count - 1;
        string[] run = ["validate", "--events", Events, "--profile", Scorecard, "--input", Firms, "--platforms", register];

        var beyond = CliRunner.Run([.. run, "--max-rejects", "0"]);
        var beyondZh = CliRunner.Run(["--lang", "zh", .. run, "--max-rejects", "0"]);
        var within = CliRunner.Run([.. run, "--max-rejects", "1"]);
        var withinExitCode1 = CliRunner.Run([.. run, "--max-rejects", "1", "--rejects-exit-code", "1"]);

        Assert.Multiple(() =>
        {
            Assert.That(beyond.Code, Is.EqualTo(ExitCodes.TooManyRejects), beyond.Stderr);
            Assert.That(beyond.Stderr, Does.Contain($"--platforms '{register}': line {rows + 1}, id 'PX'").And.Contain("不是级别"), "the rejected row, listed");
            Assert.That(beyond.Stderr, Does.Contain($"--platforms '{register}': 1 of {rows} platform register rows rejected (listed above), more than --max-rejects 0 allows"));
            Assert.That(beyond.Stderr, Does.Not.Contain("left unchanged"), "validate writes no output folder");
            Assert.That(beyond.Stdout, Does.Not.Contain("platforms: each of the"), "beyond the limit the events are not matched");
            Assert.That(beyondZh.Code, Is.EqualTo(ExitCodes.TooManyRejects), beyondZh.Stderr);
            Assert.That(beyondZh.Stderr, Does.Contain($"第 {rows + 1} 行，编号 'PX'").And.Contain("不是级别"));
            Assert.That(beyondZh.Stderr, Does.Contain($"平台名录 {rows} 行中拒收 1 行（见上），超过 --max-rejects 0 的上限"));
            Assert.That(within.Code, Is.EqualTo(ExitCodes.Success), within.Stderr);
            Assert.That(within.Stderr, Does.Contain($"--platforms '{register}': line {rows + 1}, id 'PX'"), "within the limit the row is listed too (no file holds it)");
            Assert.That(within.Stderr, Does.Contain($"1 of {rows} platform register rows rejected (listed above), within --max-rejects 1"));
            Assert.That(within.Stdout, Does.Contain("platforms: each of the"), "the events are still checked");
            Assert.That(withinExitCode1.Code, Is.EqualTo(ExitCodes.SuccessWithRejects), withinExitCode1.Stderr);
        });
    }
}
