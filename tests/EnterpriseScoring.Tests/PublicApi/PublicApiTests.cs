using PublicApiGenerator;

namespace EnterpriseScoring.Tests.PublicApi;

/// <summary>
/// The library's public API is approved: a change to it shows up as a diff of
/// tests/EnterpriseScoring.Tests/PublicApi/EnterpriseScoring.approved.txt in review.
/// Regenerate with <c>UPDATE_PUBLIC_API=1 dotnet test tests/EnterpriseScoring.Tests --filter FullyQualifiedName~PublicApiTests</c>.
/// </summary>
public class PublicApiTests
{
    [Test]
    public void PublicApi_MatchesApprovedFile() => Approve(typeof(Evaluator).Assembly, "EnterpriseScoring.approved.txt");

    /// <summary>The Excel package (EnterpriseScoring.Excel) is approved the same way.</summary>
    [Test]
    public void ExcelPublicApi_MatchesApprovedFile() => Approve(typeof(EnterpriseScoring.Excel.ResultsXlsxWriter).Assembly, "EnterpriseScoring.Excel.approved.txt");

    /// <summary>The Parquet package (EnterpriseScoring.Parquet) is approved the same way.</summary>
    [Test]
    public void ParquetPublicApi_MatchesApprovedFile() => Approve(typeof(EnterpriseScoring.Parquet.ResultsParquetWriter).Assembly, "EnterpriseScoring.Parquet.approved.txt");

    /// <summary>The dependency-injection package (EnterpriseScoring.Extensions.DependencyInjection) is approved the same way.</summary>
    [Test]
    public void DependencyInjectionPublicApi_MatchesApprovedFile() =>
        Approve(typeof(EnterpriseScoring.Extensions.DependencyInjection.EvaluatorCache).Assembly, "EnterpriseScoring.Extensions.DependencyInjection.approved.txt");

    private static void Approve(System.Reflection.Assembly assembly, string file)
    {
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ReplaceLineEndings("\n");
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "EnterpriseScoring.Tests", "PublicApi", file);
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(path, api);
        }

        Assert.That(File.Exists(path), Is.True, "no approved API file: run with UPDATE_PUBLIC_API=1");
        Assert.That(api, Is.EqualTo(File.ReadAllText(path).ReplaceLineEndings("\n")), "the public API changed: review the diff, then run with UPDATE_PUBLIC_API=1");
    }
}
