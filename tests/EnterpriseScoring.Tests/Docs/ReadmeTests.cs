using System.Text.RegularExpressions;

namespace EnterpriseScoring.Tests.Docs;

/// <summary>The README's C# is the runnable sample docs/samples/quickstart.cs (which .ci/run executes, in the repository and against a packed feed), so it cannot rot.</summary>
public partial class ReadmeTests
{
    [Test]
    public void ReadmeCSharpBlock_IsTheQuickstartSample()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var sample = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "samples", "quickstart.cs"))
            .Where(line => !line.StartsWith("#:", StringComparison.Ordinal) && !line.StartsWith("// Run from", StringComparison.Ordinal));

        var version = Regex.Match(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

        var block = CSharpBlock().Match(readme);

        Assert.That(block.Success, Is.True, "README has no ```csharp block");
        Assert.That(version, Is.Not.Empty);
        Assert.That(
            block.Groups[1].Value.Trim(),
            Is.EqualTo($"#:package EnterpriseScoring@{version}\n" + string.Join("\n", sample).Trim()),
            "the README shows docs/samples/quickstart.cs as it runs outside the repository: #:package with the package version, then the code");
    }

    [Test]
    public void ReadmeCommands_AreTheOnesCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var ci = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, ".ci", "run"));

        Assert.That(readme, Does.Contain("dotnet test -c Release"));
        Assert.That(ci, Does.Contain("dotnet test -c Release"));
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
