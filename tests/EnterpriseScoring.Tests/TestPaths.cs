namespace EnterpriseScoring.Tests;

/// <summary>Locations in the repository, found from the test assembly's directory.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnterpriseScoring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EnterpriseScoring.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding EnterpriseScoring.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>A path under seeds/.</summary>
    public static string Seeds(params string[] parts) => Path.Combine([RepositoryRoot, "seeds", .. parts]);
}
