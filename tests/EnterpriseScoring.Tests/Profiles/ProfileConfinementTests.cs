using System.Diagnostics;
using System.Text;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>
/// <c>extends</c> cannot read the machine: without a resolver nothing is read; with the directory resolver only regular,
/// small, UTF-8 profile files inside the extending file's folder are read; refusals never show a file's contents.
/// </summary>
public class ProfileConfinementTests
{
    /// <summary>A valid base profile.</summary>
    internal const string Base = """
        {"name": "base", "evaluation_year": 2024, "jurisdiction": "某县",
         "pools": [{"id": "all", "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": {"type": "fixed", "value": 15}}]}]}
        """;

    /// <summary>Contents that must never appear in a message.</summary>
    internal const string Secret = "hunter2-secret";

    private string dir = string.Empty;
    private string outside = string.Empty;

    [SetUp]
    public void SetUp()
    {
        var top = Path.Combine(Path.GetTempPath(), "es-confine-" + Guid.NewGuid().ToString("N"));
        dir = Path.Combine(top, "profiles");
        outside = Path.Combine(top, "elsewhere");
        Directory.CreateDirectory(dir);
        Directory.CreateDirectory(outside);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);

    private string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string Child(string extends) =>
        Write(dir, "child.json", $$"""{"extends": "{{extends.Replace("\\", "\\\\", StringComparison.Ordinal)}}", "name": "child", "evaluation_year": 2025}""");

    private static ProfileProblem Refusal(Action load)
    {
        var e = ProfileTestSupport.Problems(load);
        Assert.That(e.Problems, Has.Count.EqualTo(1), e.Message);
        return e.Problems[0];
    }

    [Test]
    public void Parse_WithoutResolver_ReadsNoFile()
    {
        var file = Write(outside, "base.json", Base);

        var byPath = Refusal(() => ProfileLoader.Parse($$"""{"extends": "{{file.Replace("\\", "\\\\", StringComparison.Ordinal)}}", "name": "x", "evaluation_year": 2025}"""));
        var relative = Refusal(() => ProfileLoader.Parse("""{"extends": "base.json", "name": "x", "evaluation_year": 2025}"""));

        Assert.Multiple(() =>
        {
            Assert.That(byPath.Path, Is.EqualTo("$.extends"));
            Assert.That(byPath.Message, Does.Contain("without access to files"));
            Assert.That(relative.Message, Does.Contain("without access to files"));
            Assert.That(ProfileLoader.Parse("""{"extends": "linhai-2014", "name": "x", "evaluation_year": 2025}""").Pools, Is.Not.Empty, "built-ins still resolve");
        });
    }

    [Test]
    public void Parse_WithDirectoryResolver_ReadsFilesInThatFolderOnly()
    {
        Write(dir, "bases/base.json", Base);
        Write(outside, "base.json", Base);
        var resolver = ProfileResolver.Directory(dir);

        var profile = ProfileLoader.Parse("""{"extends": "bases/base.json", "name": "x", "evaluation_year": 2025}""", resolver);
        var escape = Refusal(() => ProfileLoader.Parse("""{"extends": "../elsewhere/base.json", "name": "x", "evaluation_year": 2025}""", resolver));

        Assert.Multiple(() =>
        {
            Assert.That(profile.Jurisdiction, Is.EqualTo("某县"));
            Assert.That(escape.Message, Does.Contain("leads out of the folder"));
        });
    }

    [Test]
    public void Load_ExtendsAnAbsolutePath_IsRefused()
    {
        var file = Write(outside, "base.json", Base);

        var problem = Refusal(() => ProfileLoader.Load(Child(file)));

        Assert.That(problem.Message, Does.Contain("absolute path"));
    }

    [TestCase("../elsewhere/base.json")]
    [TestCase("sub/../../elsewhere/base.json")]
    [TestCase("..\\elsewhere\\base.json")]
    public void Load_ExtendsOutOfTheFolderByDotDot_IsRefused(string extends)
    {
        Write(outside, "base.json", Base);

        var problem = Refusal(() => ProfileLoader.Load(Child(extends)));

        Assert.Multiple(() =>
        {
            Assert.That(problem.Path, Is.EqualTo("$.extends"));
            Assert.That(problem.Message, Does.Contain("leads out of the folder"));
        });
    }

    [Test]
    public void Load_ABaseMayNotLeaveItsOwnFolderEither()
    {
        Write(dir, "base.json", Base);
        Write(dir, "sub/middle.json", """{"extends": "../base.json", "name": "middle", "evaluation_year": 2025}""");

        var problem = Refusal(() => ProfileLoader.Load(Child("sub/middle.json")));

        Assert.That(problem.Message, Does.Contain("leads out of the folder of sub/middle.json"));
    }

    [Test]
    public void Load_ExtendsASymbolicLinkOutOfTheFolder_IsRefused()
    {
        Assume.That(!OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var target = Write(outside, "base.json", Base);
        File.CreateSymbolicLink(Path.Combine(dir, "linked.json"), target);
        Directory.CreateSymbolicLink(Path.Combine(dir, "linked-folder"), outside);
        Write(dir, "inside.json", Base);
        File.CreateSymbolicLink(Path.Combine(dir, "alias.json"), "inside.json");

        var file = Refusal(() => ProfileLoader.Load(Child("linked.json")));
        var folder = Refusal(() => ProfileLoader.Load(Child("linked-folder/base.json")));
        var allowed = ProfileLoader.Load(Child("alias.json"));

        Assert.Multiple(() =>
        {
            Assert.That(file.Message, Does.Contain("symbolic link"));
            Assert.That(folder.Message, Does.Contain("symbolic link"));
            Assert.That(allowed.Jurisdiction, Is.EqualTo("某县"), "a link that stays inside the folder is fine");
        });
    }

    [Test]
    public void Load_ExtendsAPipe_IsRefusedWithoutOpeningIt()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes via mkfifo");
        var fifo = Path.Combine(dir, "pipe.json");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
        }

        var child = Child("pipe.json");
        var load = Task.Run(() => Assert.Throws<ProfileException>(() => ProfileLoader.Load(child)));
        Assert.That(load.Wait(TimeSpan.FromSeconds(60)), Is.True, "hang guard: opening a pipe blocks until a writer comes");
        var top = Task.Run(() => Assert.Throws<ProfileException>(() => ProfileLoader.Load(fifo)));
        Assert.That(top.Wait(TimeSpan.FromSeconds(60)), Is.True, "hang guard");

        Assert.Multiple(() =>
        {
            Assert.That(load.Result!.Problems.Single().Message, Does.Contain("not a regular file"));
            Assert.That(top.Result!.Problems.Single().Message, Does.Contain("not a regular file"));
        });
    }

    [Test]
    public void Load_ADeviceOrProcFile_IsRefusedWithoutReadingIt()
    {
        Assume.That(OperatingSystem.IsLinux(), "/dev/zero and /proc");

        var zero = Refusal(() => ProfileLoader.Load("/dev/zero"));
        var environ = Refusal(() => ProfileLoader.Load("/proc/self/environ"));

        Assert.Multiple(() =>
        {
            Assert.That(zero.Message, Does.Contain("not a regular file"));
            Assert.That(environ.Message, Does.Contain("not a regular file"));
        });
    }

    [Test]
    public void Load_AFileOverTheSizeLimit_IsRefused()
    {
        var padding = new string(' ', ProfileResolver.MaxFileBytes);
        Write(dir, "big.json", Base.Replace("{", "{" + padding, StringComparison.Ordinal));

        var asBase = Refusal(() => ProfileLoader.Load(Child("big.json")));
        var asTop = Refusal(() => ProfileLoader.Load(Path.Combine(dir, "big.json")));

        Assert.Multiple(() =>
        {
            Assert.That(asBase.Message, Does.Contain("more than the 1048576 bytes"));
            Assert.That(asTop.Message, Does.Contain("more than the 1048576 bytes"));
        });
    }

    [Test]
    public void Load_AJsonFileThatIsNotAProfile_IsNotQuoted()
    {
        Write(dir, "settings.json", $$"""{"api_key": "{{Secret}}", "password": "{{Secret}}", "name": "{{Secret}}"}""");

        var asBase = Refusal(() => ProfileLoader.Load(Child("settings.json")));
        var asTop = Refusal(() => ProfileLoader.Load(Path.Combine(dir, "settings.json")));

        foreach (var problem in new[] { asBase, asTop })
        {
            Assert.Multiple(() =>
            {
                Assert.That(problem.Message, Does.Contain("is not a profile"));
                Assert.That(problem.ToString(), Does.Not.Contain(Secret).And.Not.Contain("api_key").And.Not.Contain("password"));
            });
        }
    }

    [Test]
    public void Load_AFileThatIsNotJson_IsNotQuoted()
    {
        Write(dir, "passwd.json", $"root:x:0:0:{Secret}:/root:/bin/bash\n");

        var problem = Refusal(() => ProfileLoader.Load(Child("passwd.json")));

        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Does.Contain("JSON syntax error in passwd.json at line 1, position 1"));
            Assert.That(problem.ToString(), Does.Not.Contain(Secret).And.Not.Contain("'r'").And.Contain("'…' is an invalid start of a value"));
        });
    }

    [Test]
    public void Load_AProfileWithATypo_IsStillReportedInDetail()
    {
        var child = Write(dir, "county.json", """{"name": "c", "evaluation_year": 2025, "pols": []}""");

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(child));

        Assert.That(e.Problems.Any(p => p.Path == "$.pols" && p.Hint!.Contains("pools", StringComparison.Ordinal)), Is.True, e.Message);
    }

    [Test]
    public void Load_ProfileFileEncodings_Utf8WithOrWithoutBomLoads_OthersAreErrorsWithTheByteOffset()
    {
        var utf8Bom = Path.Combine(dir, "bom.json");
        File.WriteAllText(utf8Bom, Base, new UTF8Encoding(true));
        var utf16 = Path.Combine(dir, "utf16.json");
        File.WriteAllText(utf16, Base, Encoding.Unicode);
        var gbk = Path.Combine(dir, "gbk.json");
        File.WriteAllBytes(gbk, [.. "{\n  \"name\": \"b\", \"jurisdiction\": \""u8.ToArray(), 0xC4, 0xB3, 0xCF, 0xD8, .. "\"}"u8.ToArray()]); // 某县 in GBK: C4 B3 happens to be valid UTF-8 (ĳ), CF is not followed by a continuation byte
        var noBom16 = Path.Combine(dir, "utf16-nobom.json");
        File.WriteAllBytes(noBom16, Encoding.Unicode.GetBytes(Base));

        var bad = Refusal(() => ProfileLoader.Load(gbk));

        Assert.Multiple(() =>
        {
            Assert.That(ProfileLoader.Load(utf8Bom).Jurisdiction, Is.EqualTo("某县"));
            Assert.That(Refusal(() => ProfileLoader.Load(utf16)).Message, Does.Contain("UTF-16"));
            Assert.That(Refusal(() => ProfileLoader.Load(noBom16)).Message, Does.Contain("NUL byte at byte offset 1").And.Contain("UTF-16"));
            Assert.That(bad.Message, Does.Contain("not valid UTF-8").And.Contain("byte offset 36 (line 2, byte 35 of the line)"));
            Assert.That(Refusal(() => ProfileLoader.Load(Child("gbk.json"))).Message, Does.Contain("not valid UTF-8"));
        });
    }

    [Test]
    public void CustomResolver_SuppliesBasesFromAnywhere_WithCycleDetection()
    {
        var store = new Dictionary<string, string>
        {
            ["db:base"] = Base,
            ["db:a"] = """{"extends": "db:b", "name": "a", "evaluation_year": 2025}""",
            ["db:b"] = """{"extends": "db:a", "name": "b", "evaluation_year": 2025}""",
        };
        var resolver = new StoreResolver(store);

        var profile = ProfileLoader.Parse("""{"extends": "db:base", "name": "x", "evaluation_year": 2025}""", resolver);
        var cycle = Refusal(() => ProfileLoader.Parse("""{"extends": "db:a", "name": "x", "evaluation_year": 2025}""", resolver));
        var missing = Refusal(() => ProfileLoader.Parse("""{"extends": "db:none", "name": "x", "evaluation_year": 2025}""", resolver));

        Assert.Multiple(() =>
        {
            Assert.That(profile.Jurisdiction, Is.EqualTo("某县"));
            Assert.That(cycle.Message, Does.Contain("extends cycle: (this profile) → db:a → db:b → db:a"));
            Assert.That(missing.Path, Is.EqualTo("$.extends"));
            Assert.That(missing.Message, Is.EqualTo("no profile db:none in the store"));
        });
    }

    private sealed class StoreResolver(Dictionary<string, string> store) : IProfileResolver
    {
        public ResolvedProfile Resolve(string reference, ResolvedProfile? from) =>
            store.TryGetValue(reference, out var json)
                ? new ResolvedProfile(reference, json, string.Empty)
                : throw new ProfileException($"no profile {reference} in the store");
    }
}
