using System.Globalization;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Tests.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>The tier table from the pool summary equals the table counted from a result per firm (the old way).</summary>
public class TierTableTests
{
    private static readonly Tier[] Tiers = [Tier.A, Tier.B, Tier.C, Tier.D, Tier.T, Tier.UngradedAsB];

    private static IEnumerable<string> BuiltInProfiles() => EnterpriseScoring.Profiles.ProfileCatalog.Names;

    [TestCaseSource(nameof(BuiltInProfiles))]
    public void Render_EveryBuiltInProfile_SameAsCountingResults(string profile)
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 3000, Seed = 5, MissingRate = 0.05, TagRateMultiplier = 3 });
        var evaluation = new Evaluator(EnterpriseScoring.Profiles.ProfileCatalog.Get(profile)).Evaluate(table);

        Assert.That(TierTable.Render(evaluation), Is.EqualTo(Naive(evaluation)));
    }

    [Test]
    public void Render_AwkwardCityAndEmptyTable_SameAsCountingResults()
    {
        var profile = EnterpriseScoring.Profiles.ProfileCatalog.Get("zhejiang-six-indicators");
        var empty = new Evaluator(profile).Evaluate(FirmTable.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(TierTable.Render(ResultsCsvIdentityTests.Awkward()), Is.EqualTo(Naive(ResultsCsvIdentityTests.Awkward())));
            Assert.That(TierTable.Render(empty), Is.EqualTo(Naive(empty)));
        });
    }

    /// <summary>The table as escore printed it before: grouped and counted over <see cref="Evaluation.Results"/>.</summary>
    private static string Naive(Evaluation evaluation)
    {
        var f = CultureInfo.InvariantCulture;
        string[] Line(string label, IReadOnlyCollection<FirmResult> results) =>
            [label, results.Count.ToString(f), .. Tiers.Select(t => results.Count(r => r.Tier == t).ToString(f)), results.Count(r => r.Tier is null).ToString(f)];
        var rows = evaluation.Results
            .GroupBy(r => r.PoolId ?? "(no pool)")
            .OrderBy(g => g.Key == "(no pool)" ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Line(g.Key, [.. g]))
            .Append(Line("total", evaluation.Results))
            .ToList();
        return TierTable.Text(["pool", "firms", "A", "B", "C", "D", "T", "ungraded", "no tier"], rows);
    }
}
