using System.Text.RegularExpressions;

namespace EnterpriseScoring.Tests.Matrix;

/// <summary>docs/matrix.md shows the runnable sample docs/samples/matrix.cs, so it cannot rot.</summary>
public partial class MatrixDocTests
{
    [Test]
    public void MatrixDocCSharpBlock_IsTheMatrixSample()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "matrix.md")).ReplaceLineEndings("\n");
        var sample = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "samples", "matrix.cs"))
            .Where(line => !line.StartsWith("#:", StringComparison.Ordinal) && !line.StartsWith("// Run from", StringComparison.Ordinal));
        var block = CSharpBlock().Match(doc);
        Assert.That(block.Success, Is.True, "docs/matrix.md has no ```csharp block");
        Assert.That(block.Groups[1].Value.Trim(), Is.EqualTo(string.Join("\n", sample).Trim()), "copy docs/samples/matrix.cs into docs/matrix.md");
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
