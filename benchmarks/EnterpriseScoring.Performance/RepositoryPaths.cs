namespace EnterpriseScoring.Performance;

/// <summary>Paths inside the repository the benchmarks run from (found from the benchmark's own folder upwards).</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding EnterpriseScoring.sln), or null when the benchmark runs outside it.</summary>
    public static string? FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EnterpriseScoring.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
