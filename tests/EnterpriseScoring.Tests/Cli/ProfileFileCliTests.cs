using System.Diagnostics;
using System.Text;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Tests.Profiles;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>--profile FILE</c> and its <c>extends</c> through the real <c>escore</c>: confined to the profile's folder, regular
/// UTF-8 files of at most 1 MiB, never echoing what a non-profile file contains; exit code 2 for every refusal.
/// </summary>
public class ProfileFileCliTests : TempFolderTest
{
    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    /// <summary>The <c>profiles</c> folder inside the test's folder (the base's SetUp runs before this one).</summary>
    [SetUp]
    public void CreateProfilesFolder() => Directory.CreateDirectory(Path.Combine(Folder, "profiles"));

    private string Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string Child(string extends) =>
        Write("profiles/child.json", $$"""{"extends": "{{extends.Replace("\\", "\\\\", StringComparison.Ordinal)}}", "name": "child", "evaluation_year": 2025}""");

    /// <summary>Runs <c>profiles validate</c>, <c>profiles show</c> and <c>score</c> on the profile; each must exit 2 and say <paramref name="expected"/>.</summary>
    private void AssertRefusedEverywhere(string profile, string expected, params string[] mustNotContain)
    {
        var runs = new[]
        {
            CliRunner.Run("profiles", "validate", profile),
            CliRunner.Run("profiles", "show", profile),
            CliRunner.Run("score", "-p", profile, "-i", Sample, "-o", Path.Combine(Folder, "out")),
        };
        foreach (var (code, stdout, stderr) in runs)
        {
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.InvalidProfile), stderr);
                Assert.That(stderr, Does.Contain(expected));
                Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
                foreach (var secret in mustNotContain)
                {
                    Assert.That(stdout + stderr, Does.Not.Contain(secret));
                }
            });
        }

        Assert.That(Directory.Exists(Path.Combine(Folder, "out")), Is.False, "nothing published");
    }

    [Test]
    public void Extends_AnAbsolutePathOrOutOfTheFolder_IsRefused_AndNotRead()
    {
        var secretFile = Write("secret.json", $$"""{"token": "{{ProfileConfinementTests.Secret}}", "evaluation_year": "{{ProfileConfinementTests.Secret}}"}""");

        AssertRefusedEverywhere(Child(secretFile), "absolute path", ProfileConfinementTests.Secret, "token");
        AssertRefusedEverywhere(Child("../secret.json"), "leads out of the folder", ProfileConfinementTests.Secret, "token");
    }

    [Test]
    public void Extends_SystemFiles_AreRefused()
    {
        Assume.That(OperatingSystem.IsLinux(), "/etc/passwd and /proc");

        AssertRefusedEverywhere(Child("/etc/passwd"), "absolute path", "root:");
        AssertRefusedEverywhere(Child("/proc/self/environ"), "absolute path", "PATH=");
        AssertRefusedEverywhere(Child("../../../../../../../../etc/passwd"), "leads out of the folder", "root:");
    }

    [Test]
    public void Extends_AJsonFileInTheFolderThatIsNotAProfile_IsNotQuoted()
    {
        Write("profiles/package.json", $$$"""{"name": "app", "version": "{{{ProfileConfinementTests.Secret}}}", "dependencies": {"left-pad": "1.0"}}""");

        AssertRefusedEverywhere(Child("package.json"), "'package.json' is not a profile", ProfileConfinementTests.Secret, "dependencies", "left-pad");
    }

    [Test]
    public void Profile_ADeviceOrProcFile_IsRefusedBeforeItIsRead()
    {
        Assume.That(OperatingSystem.IsLinux(), "/dev/zero and /proc");

        AssertRefusedEverywhere("/dev/zero", "not a regular file");
        AssertRefusedEverywhere("/proc/self/environ", "not a regular file", "PATH=");
    }

    [Test]
    public void Profile_APipe_IsRefusedWithoutHanging()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes via mkfifo");
        var fifo = Path.Combine(Folder, "profiles", "pipe.json");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
        }

        var run = Task.Run(() => AssertRefusedEverywhere(fifo, "not a regular file"));
        Assert.That(run.Wait(TimeSpan.FromSeconds(120)), Is.True, "hang guard: escore must not open a pipe and wait for a writer");
        var child = Child("pipe.json");
        var viaExtends = Task.Run(() => CliRunner.Run("profiles", "validate", child));
        Assert.That(viaExtends.Wait(TimeSpan.FromSeconds(60)), Is.True, "hang guard");
        Assert.That(viaExtends.Result.Code, Is.EqualTo(ExitCodes.InvalidProfile));
    }

    [Test]
    public void Profile_OverOneMebibyte_IsRefused()
    {
        var big = Write("profiles/big.json", "{" + new string(' ', (1 << 20) + 1) + "}");

        AssertRefusedEverywhere(big, "more than the 1048576 bytes");
    }

    [Test]
    public void Profile_NotUtf8_IsAnErrorNamingTheByteOffset_NotSilentlyAlteredText()
    {
        var gbk = Path.Combine(Folder, "profiles", "gbk.json");
        File.WriteAllBytes(gbk, [.. "{\"name\": \"x\", \"jurisdiction\": \""u8.ToArray(), 0xC4, 0xB3, 0xCF, 0xD8, .. "\"}"u8.ToArray()]); // 某县 in GBK: C4 B3 happens to be valid UTF-8 (ĳ), CF is not followed by a continuation byte
        var utf16 = Path.Combine(Folder, "profiles", "utf16.json");
        File.WriteAllText(utf16, ProfileConfinementTests.Base, Encoding.Unicode);
        var bom = Path.Combine(Folder, "profiles", "bom.json");
        File.WriteAllText(bom, ProfileConfinementTests.Base, new UTF8Encoding(true));

        AssertRefusedEverywhere(gbk, "not valid UTF-8: invalid byte at byte offset 33 (line 1, byte 34 of the line)");
        AssertRefusedEverywhere(utf16, "UTF-16");
        Assert.That(CliRunner.Run("profiles", "validate", bom).Code, Is.EqualTo(ExitCodes.Success), "a UTF-8 byte-order mark is fine");
    }
}
