using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>A profile's metadata (units, sources, notes, assumptions) is part of the profile object and survives every copy.</summary>
public class ProfileMetadataTests
{
    private const string Json = """
        { "name": "m", "evaluation_year": 2025, "currency_unit": "元", "area_unit": "㎡", "description": "d",
          "sources": [{ "document": "某政发〔2025〕1号" }], "notes": ["n"],
          "pools": [{ "id": "all", "indicators": [{ "id": "tax_per_mu", "weight": 100, "benchmark": { "type": "fixed", "value": 15 } }] }] }
        """;

    [Test]
    public void WithEvaluationYear_KeepsTheMetadata()
    {
        var profile = ProfileLoader.Parse(Json);

        var copy = profile.WithEvaluationYear(2024);

        Assert.Multiple(() =>
        {
            Assert.That(copy.EvaluationYear, Is.EqualTo(2024));
            Assert.That(copy.Metadata, Is.SameAs(profile.Metadata));
            Assert.That(ProfileMetadata.Of(copy)!.CurrencyUnit, Is.EqualTo("元"));
            Assert.That(ProfileMetadata.Of(copy)!.AreaUnit, Is.EqualTo("㎡"));
            Assert.That(ProfileWriter.ToJson(copy), Is.EqualTo(ProfileWriter.ToJson(profile).Replace("\"evaluation_year\": 2025", "\"evaluation_year\": 2024", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void BuilderAndLoader_PutTheMetadataOnTheProfile_AndAnInitialiserCanSetIt()
    {
        var built = new ProfileBuilder("b", 2025).Units("元", "公顷")
            .Pool("all", "全部", p => p.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(15)))
            .Build();
        var plain = new EvaluationProfile { Name = "p", Pools = built.Pools, Metadata = new ProfileMetadata { AreaUnit = "㎡" } };

        Assert.Multiple(() =>
        {
            Assert.That(built.Metadata!.AreaUnit, Is.EqualTo("公顷"));
            Assert.That(ProfileLoader.Parse(Json).Metadata!.Sources.Single().Document, Is.EqualTo("某政发〔2025〕1号"));
            Assert.That(ProfileMetadata.Of(plain)!.AreaUnit, Is.EqualTo("㎡"));
            Assert.That(ProfileMetadata.Of(new EvaluationProfile { Name = "x", Pools = built.Pools }), Is.Null);
        });
    }
}
