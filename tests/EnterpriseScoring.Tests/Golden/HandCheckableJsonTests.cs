using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/hand-checkable.profile.json is the same profile as <see cref="HandCheckableProfile"/>, written as JSON.</summary>
public class HandCheckableJsonTests
{
    private static string ProfilePath => TestPaths.Seeds("data", "hand-checkable.profile.json");

    [Test]
    public void JsonProfile_GivesTheSameResultsAsTheCodeProfile()
    {
        var table = FirmCsvReader.Read(TestPaths.Seeds("data", "hand-checkable.csv")).Table;

        var fromJson = new Evaluator(ProfileLoader.Load(ProfilePath)).Evaluate(table);
        var fromCode = new Evaluator(HandCheckableProfile.Create()).Evaluate(table);

        Assert.That(fromJson.Results, Has.Count.EqualTo(10));
        Assert.That(
            fromJson.Results.Select(r => (r.Id, r.Status, r.Total, r.Rank, r.Tier, r.Bonus, r.Reason)),
            Is.EqualTo(fromCode.Results.Select(r => (r.Id, r.Status, r.Total, r.Rank, r.Tier, r.Bonus, r.Reason))));
    }

    [Test]
    public void JsonProfile_WritesLikeTheCodeProfile()
    {
        // Same profile data: the canonical JSON of both differs only in the metadata the file carries.
        var fromJson = ProfileLoader.Load(ProfilePath);
        var fromCode = HandCheckableProfile.Create();

        Assert.That(ProfileWriter.ToJson(fromJson, ProfileMetadata.Empty), Is.EqualTo(ProfileWriter.ToJson(fromCode, ProfileMetadata.Empty)));
    }
}
