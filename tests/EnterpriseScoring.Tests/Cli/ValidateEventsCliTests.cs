using System.Text;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore validate --events FILE --profile SCORECARD</c>: a scorecard events file checked alone, as
/// <c>escore scorecard --events</c> reads it — exit code 3 and every rejected row with line, column, value and reason (an
/// event class the scorecard does not declare among them), in English and Chinese; 0 when every row can be read.
/// </summary>
public class ValidateEventsCliTests
{
    private static readonly string Scorecard = TestPaths.Seeds("data", "platform-example.scorecard.json");
    private static readonly string Events = TestPaths.Seeds("data", "platform-example.events.csv");
    private string directory = string.Empty;

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("escore-validate-events-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

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
        var file = Path.Combine(directory, "events.csv");
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
        var withInput = CliRunner.Run("validate", "--events", Events, "--profile", Scorecard, "--input", TestPaths.Seeds("data", "platform-example.csv"));
        var missing = CliRunner.Run("validate", "--events", Path.Combine(directory, "none.csv"), "--profile", Scorecard);
        Assert.Multiple(() =>
        {
            Assert.That(noProfile.Code, Is.Not.EqualTo(ExitCodes.Success));
            Assert.That(noProfile.Stderr, Does.Contain("--events needs --profile"));
            Assert.That(withInput.Code, Is.Not.EqualTo(ExitCodes.Success));
            Assert.That(withInput.Stderr, Does.Contain("--events checks the events file alone"));
            Assert.That(missing.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(missing.Stderr, Does.Contain("not found"));
        });
    }
}
