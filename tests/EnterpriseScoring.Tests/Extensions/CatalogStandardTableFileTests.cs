using EnterpriseScoring.Extensions.DependencyInjection;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Profiles;
using Microsoft.Extensions.Options;

namespace EnterpriseScoring.Tests.Extensions;

/// <summary>
/// <see cref="ConfiguredProfileCatalog"/> and profiles whose <c>standard_table</c> names a CSV file: the catalog's text
/// carries the table (so it compiles without file access, into the profile <c>escore</c> loads), its hash changes when only
/// the CSV does, a base in a subfolder names its table from its own folder, a bad CSV gives the CLI's problems, and a
/// path out of the folder is refused.
/// </summary>
public class CatalogStandardTableFileTests : TempFolderTest
{
    private ConfiguredProfileCatalog Catalog() =>
        new(Options.Create(new EnterpriseScoringOptions { ProfileDirectories = { Folder }, IncludeBuiltInProfiles = false }));

    private string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void AFileTableProfile_CompilesFromTheCatalogsText_AsEscoreLoadsIt()
    {
        Write("table.csv", StandardTableFileTests.ChineseCsv);
        var path = Write("county.json", StandardTableFileTests.FileProfile("table.csv"));
        var catalog = Catalog();

        var read = catalog.Read("county");
        var compiled = catalog.Compile(read);
        var loaded = ProfileLoader.Load(path); // what escore --profile reads

        Assert.Multiple(() =>
        {
            Assert.That(read.Json, Does.Contain("\"file_base64\""), "the text carries the table");
            Assert.That(StandardTableFileTests.TableOf(compiled).Rows, Is.EqualTo(StandardTableFileTests.TableOf(loaded).Rows));
            Assert.That(StandardTableFileTests.TableOf(compiled).Source, Is.EqualTo(StandardTableFileTests.TableOf(loaded).Source));
            Assert.That(ProfileWriter.Sha256(compiled), Is.EqualTo(ProfileWriter.Sha256(loaded)));
        });
    }

    [Test]
    public void OnlyTheCsvChanged_TheNextReadHasANewHashAndTable()
    {
        var csv = Write("table.csv", StandardTableFileTests.ChineseCsv);
        var profile = Write("county.json", StandardTableFileTests.FileProfile("table.csv"));
        var old = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(csv, old);
        File.SetLastWriteTimeUtc(profile, old);
        var catalog = Catalog();

        var before = catalog.Read("county");
        var again = catalog.Read("county");
        // The same length, another value: only the stamp of the CSV (its last-write time) tells.
        File.WriteAllText(csv, StandardTableFileTests.ChineseCsv.Replace("25,18,12,6,3", "25,18,12,6,2", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(csv, old.AddSeconds(1));
        var after = catalog.Read("county");

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.SameAs(before), "unchanged files: the text as read before");
            Assert.That(after.Sha256, Is.Not.EqualTo(before.Sha256));
            Assert.That(StandardTableFileTests.TableOf(catalog.Compile(after)).Rows.Select(r => r.Standards[4]), Is.Not.EqualTo(StandardTableFileTests.TableOf(catalog.Compile(before)).Rows.Select(r => r.Standards[4])));
            Assert.That(StandardTableFileTests.TableOf(catalog.Compile(after)).Rows, Is.EqualTo(StandardTableFileTests.TableOf(ProfileLoader.Load(profile)).Rows));
        });
    }

    [Test]
    public void ABaseInASubfolder_NamesItsTableFromItsOwnFolder()
    {
        Write("bases/table.csv", StandardTableFileTests.ChineseCsv);
        Write("table.csv", StandardTableFileTests.ChineseCsv.Replace("40,30", "41,30", StringComparison.Ordinal)); // another table beside the top profile
        Write("bases/base.json", StandardTableFileTests.FileProfile("table.csv"));
        Write("county.json", """{ "extends": "bases/base.json", "name": "county" }""");

        var table = StandardTableFileTests.TableOf(Catalog().Load("county"));

        Assert.Multiple(() =>
        {
            Assert.That(table.Source!.Path, Is.EqualTo("bases/table.csv"));
            Assert.That(table.Rows[0].Standards[0], Is.EqualTo(40));
        });
    }

    [Test]
    public void ABadCsv_GivesTheProblemsEscoreGives_WithLineAndColumn()
    {
        Write("bad.csv", """
            行业代码,规模,优秀值,良好值,平均值,较低值,较差值
            C26,大型,40,30,abc,10,5
            C,巨型,25,18,12,6,3
            C26,,40,30,20,10,5
            26,,30,22,15,8,4

            """);
        var path = Write("county.json", StandardTableFileTests.FileProfile("bad.csv"));

        var cli = ProfileTestSupport.Problems(() => ProfileLoader.Load(path));
        var catalog = ProfileTestSupport.Problems(() => Catalog().Load("county"));
        var suffix = $" (profile 'county', {path})";

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Problems.Select(p => (p.Path, p.Message)), Is.EqualTo(cli.Problems.Select(p => (p.Path, p.Message + suffix))));
            Assert.That(catalog.Problems.Select(p => p.Message), Has.Some.StartWith("'bad.csv' line 2, column '平均值', value 'abc': not a number"));
        });
    }

    [TestCase("../outside.csv", "leads out of the folder")]
    [TestCase("/etc/passwd.csv", "is an absolute path")]
    [TestCase("linked.csv", "symbolic link that leads out of the folder")]
    public void AnEscape_IsRefused(string file, string message)
    {
        var outside = Directory.CreateTempSubdirectory("escore-catalog-outside-").FullName;
        try
        {
            Write("inside/table.csv", StandardTableFileTests.ChineseCsv);
            File.WriteAllText(Path.Combine(Folder, "outside.csv"), StandardTableFileTests.ChineseCsv); // outside the profile's folder, inside the catalog's
            File.WriteAllText(Path.Combine(outside, "secret.csv"), StandardTableFileTests.ChineseCsv);
            File.CreateSymbolicLink(Path.Combine(Folder, "inside", "linked.csv"), Path.Combine(outside, "secret.csv"));
            Write("inside/county.json", StandardTableFileTests.FileProfile(file));
            var catalog = new ConfiguredProfileCatalog(Options.Create(new EnterpriseScoringOptions { ProfileDirectories = { Path.Combine(Folder, "inside") }, IncludeBuiltInProfiles = false }));

            var e = ProfileTestSupport.Problems(() => catalog.Load("county"));

            Assert.Multiple(() =>
            {
                Assert.That(e.Problems.Single().Path, Is.EqualTo(StandardTableFileTests.FilePath));
                Assert.That(e.Problems.Single().Message, Does.Contain(message));
            });
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
