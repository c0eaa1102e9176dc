using EnterpriseScoring.Profiles.Components;

namespace EnterpriseScoring.Tests.Docs;

/// <summary>docs/profile-format.md's component reference is generated from the descriptors, so it cannot drift from what the loader accepts.</summary>
public class ProfileFormatDocTests
{
    [Test]
    public void ComponentReference_MatchesTheDescriptors()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "profile-format.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = doc.IndexOf(ComponentReference.Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(ComponentReference.End, StringComparison.Ordinal);
        Assert.That(begin, Is.GreaterThanOrEqualTo(0).And.LessThan(end), "the component-reference markers are missing");
        var start = begin + ComponentReference.Begin.Length + 1;
        var generated = ComponentReference.Markdown();
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..start] + generated + doc[end..], new System.Text.UTF8Encoding(false));
            Assert.Pass("docs/profile-format.md component reference regenerated");
        }

        Assert.That(doc[start..end], Is.EqualTo(generated), "regenerate: UPDATE_DOCS=1 dotnet test tests/EnterpriseScoring.Tests --filter FullyQualifiedName~ProfileFormatDocTests");
    }
}
