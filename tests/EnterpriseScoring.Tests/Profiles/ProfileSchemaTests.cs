using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

public class ProfileSchemaTests
{
    [Test]
    public void CommittedSchema_MatchesTheFormatTypes()
    {
        var path = Path.Combine(ProfileTestSupport.RepositoryRoot(), "docs", "profile.schema.json");
        var generated = ProfileSchema.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            ProfileSchema.WriteTo(path);
            Assert.Pass("docs/profile.schema.json regenerated");
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.That(committed, Is.EqualTo(generated),
            "docs/profile.schema.json is out of date. Regenerate it: UPDATE_SCHEMA=1 dotnet test tests/EnterpriseScoring.Tests --filter FullyQualifiedName~ProfileSchemaTests (or call ProfileSchema.WriteTo(path)).");
    }

    [Test]
    public void Schema_DescribesRequiredKeysEnumsAndRejectsUnknownKeys()
    {
        var schema = ProfileSchema.Generate();
        Assert.Multiple(() =>
        {
            Assert.That(schema, Does.Contain("\"required\""));
            Assert.That(schema, Does.Contain("\"evaluation_year\""));
            Assert.That(schema, Does.Contain("\"above_designated_size\""));
            Assert.That(schema, Does.Contain("\"additionalProperties\": false"));
            Assert.That(schema, Does.Contain("规上"));
        });
    }
}
