namespace EnterpriseScoring.Tests;

/// <summary>
/// A fixture whose every test gets its own empty temporary folder (<see cref="Folder"/>): created before the test (before
/// the fixture's own <c>[SetUp]</c>), deleted with everything in it after (after its own <c>[TearDown]</c>).
/// </summary>
public abstract class TempFolderTest
{
    /// <summary>The test's temporary folder (a full path).</summary>
    protected string Folder { get; private set; } = string.Empty;

    /// <summary>Creates <see cref="Folder"/>, named after the fixture.</summary>
    [SetUp]
    public void CreateTempFolder() => Folder = Directory.CreateTempSubdirectory("escore-" + GetType().Name + "-").FullName;

    /// <summary>Deletes <see cref="Folder"/> and what is in it (nothing when a test deleted it already).</summary>
    [TearDown]
    public void DeleteTempFolder()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
