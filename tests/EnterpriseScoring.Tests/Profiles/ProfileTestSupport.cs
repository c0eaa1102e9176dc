using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Profiles;

internal static class ProfileTestSupport
{
    private static readonly Lazy<FirmTable> LazyCity = new(() => SyntheticCity.Default(2000, 20251231));

    /// <summary>The sample city (same as seeds/data/sample-city.csv), generated rather than read.</summary>
    public static FirmTable City => LazyCity.Value;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnterpriseScoring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EnterpriseScoring.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Asserts that <paramref name="action"/> throws a ProfileException and returns it.</summary>
    public static ProfileException Problems(Action action) => Assert.Throws<ProfileException>(() => action())!;
}
