using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests;

/// <summary>
/// Variants in one expression (<see cref="EvaluationProfile.WithWeighting"/>, <c>WithWeight</c>, <c>WithBenchmark</c>,
/// <c>WithBands</c>) equal the same change written as an <c>extends</c> diff: the same profile, the same evaluation, and
/// for a bad value the same <see cref="ProfileException"/> at the same JSON path.
/// </summary>
public class EvaluationProfileVariantTests
{
    private const string Base = "zhejiang-six-indicators";
    private static readonly Lazy<FirmTable> City = new(() => SyntheticCity.Default(600, 12));

    private static EvaluationProfile Profile => ProfileCatalog.Get(Base);

    private static IEnumerable<TestCaseData> Variants()
    {
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithWeighting("above_size", KnownWeightingMethods.Entropy)),
            """ "pools": [{ "id": "above_size", "weighting": { "method": "entropy" } }] """).SetName("WithWeighting entropy");
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithWeight("above_size", "tax_per_mu", 35)),
            """ "pools": [{ "id": "above_size", "indicators": [{ "id": "tax_per_mu", "weight": 35 }] }] """).SetName("WithWeight 35");
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithBenchmark("below_size", "tax_per_mu", 30)),
            """ "pools": [{ "id": "below_size", "indicators": [{ "id": "tax_per_mu", "benchmark": { "type": "fixed", "value": 30 } }] }] """).SetName("WithBenchmark fixed 30");
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithBenchmark("above_size", "value_added_per_mu", KnownBenchmarks.Median)),
            """ "pools": [{ "id": "above_size", "indicators": [{ "id": "value_added_per_mu", "benchmark": { "type": "pool_median" } }] }] """).SetName("WithBenchmark median");
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithBands("above_size", 10, 70, 15, 5)),
            """ "pools": [{ "id": "above_size", "tiering": { "scheme": "quota_bands", "a": 10, "b": 70, "c": 15, "d": 5 } }] """).SetName("WithBands one pool");
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithBands(10, 70, 15, 5).WithWeighting("below_size", KnownWeightingMethods.Critic)),
            """
            "pools": [
              { "id": "above_size", "tiering": { "scheme": "quota_bands", "a": 10, "b": 70, "c": 15, "d": 5 } },
              { "id": "below_size", "weighting": { "method": "critic" }, "tiering": { "scheme": "quota_bands", "a": 10, "b": 70, "c": 15, "d": 5 } }]
            """).SetName("WithBands every pool, then CRITIC");
    }

    [TestCaseSource(nameof(Variants))]
    public void Variant_EqualsTheSameChangeWrittenAsExtends(Func<EvaluationProfile, EvaluationProfile> variantOf, string diff)
    {
        var profile = Profile;
        var variant = variantOf(profile);
        var written = Extends(diff);

        Assert.That(ProfileWriter.ToJson(variant), Is.EqualTo(ProfileWriter.ToJson(written)), "the same profile");
        Assert.That(ProfileWriter.ToJson(variant), Is.Not.EqualTo(ProfileWriter.ToJson(profile)), "the profile's hash (of its canonical JSON) changes");
        Assert.That(variant, Is.Not.EqualTo(profile));
        Assert.That(variant.Metadata, Is.SameAs(profile.Metadata));

        var a = new Evaluator(variant).Evaluate(City.Value);
        var b = new Evaluator(written).Evaluate(City.Value);
        Assert.That(a.Results.Select(r => (r.Total, r.Rank, r.Tier)), Is.EqualTo(b.Results.Select(r => (r.Total, r.Rank, r.Tier))), "the same evaluation");
        var original = new Evaluator(profile).Evaluate(City.Value);
        Assert.That(a.Results.Select(r => (r.Total, r.Tier)), Is.Not.EqualTo(original.Results.Select(r => (r.Total, r.Tier))), "the variant changes something");
    }

    private static IEnumerable<TestCaseData> BadVariants()
    {
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithWeight("above_size", "tax_per_mu", -1)),
            """ "pools": [{ "id": "above_size", "indicators": [{ "id": "tax_per_mu", "weight": -1 }] }] """,
            "$.pools[0].indicators[0].weight").SetName("negative weight");
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithBenchmark("above_size", "labor_productivity", 0)),
            """ "pools": [{ "id": "above_size", "indicators": [{ "id": "labor_productivity", "benchmark": { "type": "fixed", "value": 0 } }] }] """,
            "$.pools[0].indicators[4].benchmark.value").SetName("fixed benchmark 0");
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithBands("below_size", 10, 70, 15, 4)),
            """ "pools": [{ "id": "below_size", "tiering": { "scheme": "quota_bands", "a": 10, "b": 70, "c": 15, "d": 4 } }] """,
            "$.pools[1].tiering").SetName("bands adding up to 99");
        yield return new TestCaseData(
            (Func<EvaluationProfile, EvaluationProfile>)(p => p.WithBands("above_size", -10, 90, 15, 5)),
            """ "pools": [{ "id": "above_size", "tiering": { "scheme": "quota_bands", "a": -10, "b": 90, "c": 15, "d": 5 } }] """,
            "$.pools[0].tiering").SetName("negative band");
    }

    /// <remarks>The loader reports a problem of an <c>extends</c> diff at its path in the diff (the child's n-th item); a
    /// variant has no diff, so its path is the merged profile's — the same place, counted in the profile.</remarks>
    [TestCaseSource(nameof(BadVariants))]
    public void BadVariant_ThrowsTheProfileExceptionTheJsonGets(Func<EvaluationProfile, EvaluationProfile> variantOf, string diff, string mergedPath)
    {
        var fromJson = Assert.Throws<ProfileException>(() => Extends(diff))!.Problems.Single();
        var fromCode = Assert.Throws<ProfileException>(() => variantOf(Profile))!.Problems.Single();

        Assert.That(fromCode.Path, Is.EqualTo(mergedPath));
        Assert.That(fromCode.Path[fromCode.Path.LastIndexOf(']')..], Is.EqualTo(fromJson.Path[fromJson.Path.LastIndexOf(']')..]));
        Assert.That(fromCode.Message, Is.EqualTo(fromJson.Message));
        Assert.That(fromCode.Hint, Is.EqualTo(fromJson.Hint));
    }

    [Test]
    public void WithWeight_PoolComputesItsWeights_ThrowsProfileExceptionWithAHint()
    {
        var entropy = Profile.WithWeighting("above_size", KnownWeightingMethods.Entropy);

        var e = Assert.Throws<ProfileException>(() => entropy.WithWeight("above_size", "tax_per_mu", 30))!;
        Assert.That(e.Problems.Single().Path, Is.EqualTo("$.pools[0].indicators[0].weight"));
        Assert.That(e.Problems.Single().Message, Does.Contain("computes its weights (entropy)"));
        Assert.That(entropy.WithWeighting("above_size", null).WithWeight("above_size", "tax_per_mu", 30).Pools[0].Indicators[0].Weight, Is.EqualTo(30));
    }

    [Test]
    public void WithWeight_DoesNotRenormaliseTheOtherWeights()
    {
        var profile = Profile;
        var before = profile.Pools[0].Indicators.Select(i => i.Weight).ToArray();

        var after = profile.WithWeight("above_size", "tax_per_mu", before[0] + 7).Pools[0].Indicators.Select(i => i.Weight).ToArray();

        Assert.That(after[0], Is.EqualTo(before[0] + 7));
        Assert.That(after[1..], Is.EqualTo(before[1..]));
    }

    [Test]
    public void UnknownPoolOrIndicator_ThrowsArgumentExceptionListingTheIds()
    {
        var e = Assert.Throws<ArgumentException>(() => Profile.WithWeight("nope", "tax_per_mu", 3))!;
        Assert.That(e.ParamName, Is.EqualTo("poolId"));
        Assert.That(e.Message, Does.Contain("'above_size'"));

        e = Assert.Throws<ArgumentException>(() => Profile.WithBenchmark("above_size", "nope", 3))!;
        Assert.That(e.ParamName, Is.EqualTo("indicatorId"));
        Assert.That(e.Message, Does.Contain("'tax_per_mu'"));
    }

    private static EvaluationProfile Extends(string diff) =>
        ProfileLoader.Parse($$"""{ "extends": "{{Base}}", "name": "{{Base}}", {{diff}} }""");
}
