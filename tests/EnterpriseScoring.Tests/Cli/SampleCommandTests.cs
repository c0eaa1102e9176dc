using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Cli;

public class SampleCommandTests : TempFolderTest
{
    [Test]
    public void Run_Sample_WritesTheGeneratedCityAsCsv()
    {
        var path = Path.Combine(Folder, "city.csv");

        var (code, stdout, stderr) = CliRunner.Run("sample", "--firms", "60", "--seed", "11", "--year", "2024", "--out", path);

        var read = FirmCsvReader.Read(path);
        var expected = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 60, Seed = 11, EvaluationYear = 2024 });
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("Wrote 60 firms"));
            Assert.That(read.RejectedRowCount, Is.Zero);
            Assert.That(read.Table.Ids, Is.EqualTo(expected.Ids));
            Assert.That(read.Table.GetMeasure(KnownMeasures.Tax).Values.ToArray(), Is.EqualTo(expected.GetMeasure(KnownMeasures.Tax).Values.ToArray()));
            Assert.That(Directory.GetFiles(Folder), Has.Length.EqualTo(1), "no temporary file is left behind");
        });
    }

    [Test]
    public void Run_SampleTwice_WritesIdenticalBytes()
    {
        var a = Path.Combine(Folder, "a.csv");
        var b = Path.Combine(Folder, "b.csv");

        CliRunner.Run("sample", "--firms", "40", "--seed", "5", "--out", a, "--quiet");
        var (code, stdout, _) = CliRunner.Run("sample", "--firms", "40", "--seed", "5", "--out", b, "--quiet");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout, Is.Empty);
            Assert.That(File.ReadAllBytes(b), Is.EqualTo(File.ReadAllBytes(a)));
        });
    }

    [TestCase("--firms", "0")]
    [TestCase("--firms", "-3")]
    [TestCase("--firms", "many")]
    [TestCase("--firms", "10", "--year", "1800")]
    [TestCase("--seed", "1")]
    public void Run_SampleBadArguments_ExitsWith3(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(["sample", .. args, "--out", Path.Combine(Folder, "x.csv")]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
            Assert.That(File.Exists(Path.Combine(Folder, "x.csv")), Is.False);
        });
    }

    [Test]
    public void Run_SampleOutIsADirectory_ExitsWith3()
    {
        var (code, _, stderr) = CliRunner.Run("sample", "--firms", "3", "--out", Folder);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.StartWith("escore: error: ").And.Contain("directory"));
        });
    }

    [Test]
    public void Process_Sample_WritesFileAndExitsZero()
    {
        var path = Path.Combine(Folder, "sub", "city.csv");

        var (code, stdout, stderr) = CliRunner.RunProcess("sample", "--firms", "25", "--seed", "2", "--out", path);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("Wrote 25 firms"));
            Assert.That(File.ReadAllLines(path), Has.Length.EqualTo(26));
        });
    }

    [Test]
    public void Run_SampleWithPlatforms_WritesTheRegisterOfTheCity_AndAScorecardRunsOnBoth()
    {
        var city = Path.Combine(Folder, "city.csv");
        var register = Path.Combine(Folder, "city.register.csv");

        var (code, stdout, stderr) = CliRunner.Run("sample", "--firms", "300", "--seed", "9", "--out", city, "--platforms", register);
        var (scoreCode, _, scoreErr) = CliRunner.Run("scorecard", "--profile", "jiaxing-platforms-2020", "--input", city, "--platforms", register, "--out", Path.Combine(Folder, "out"), "--quiet");

        var options = new SyntheticCityOptions { FirmCount = 300, Seed = 9 };
        var expected = SyntheticPlatformRegister.Generate(options, SyntheticCity.Generate(options));
        var read = EnterpriseScoring.Platforms.PlatformRegisterReader.Read(register);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("Wrote the platform register (35 platforms)"));
            Assert.That(read.Rejections, Is.Empty);
            Assert.That(read.Register.Platforms.Select(p => p with { Line = 0 }), Is.EqualTo(expected.Platforms));
            Assert.That(scoreCode, Is.EqualTo(ExitCodes.Success), scoreErr);
            Assert.That(scoreErr, Does.Not.Contain("not in the register").And.Not.Contain("unregistered"));
        });
    }

    [Test]
    public void Run_SamplePlatformsSameFileAsOut_IsAUsageError()
    {
        var city = Path.Combine(Folder, "city.csv");

        var (code, _, stderr) = CliRunner.Run("sample", "--firms", "3", "--out", city, "--platforms", Path.Combine(Folder, ".", "city.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("--platforms and --out name the same file"));
            Assert.That(File.Exists(city), Is.False);
        });
    }
}
