using EnterpriseScoring.IO;
using EnterpriseScoring.Land;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/shared-parcel.csv under seeds/data/shared-parcel.profile.json: every number is derived by hand in seeds/README.md ("Shared parcels").</summary>
public class SharedParcelExampleTests
{
    private static Evaluation Evaluate()
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "shared-parcel.csv"));
        Assert.That(read.Rejections, Is.Empty);
        return new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "shared-parcel.profile.json"))).Evaluate(read.Table);
    }

    [Test]
    public void Profile_IsTheHandCheckableProfileWithSharedParcels()
    {
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "shared-parcel.profile.json"));

        Assert.That(profile.Land, Is.TypeOf<SharedParcelMerge>());
        Assert.That(((SharedParcelMerge)profile.Land).Inner, Is.SameAs(KnownLandAreaStrategies.Certificate));
        Assert.That(profile.Pools.Select(p => p.Id), Is.EqualTo(new[] { "above", "below" }));
    }

    [TestCase("9133040271000011XP", 129.666667, 2, Tier.B, "330402-001")] // 甲 holds parcel 330402-001's certificate
    [TestCase("91330402710000128P", 129.666667, 2, Tier.B, "330402-001")] // 乙 tenant (规下, high_tech: +3 for the parcel)
    [TestCase("91330402710000136J", 129.666667, 2, Tier.B, "330402-001")] // 丙 tenant (规下)
    [TestCase("91330402710000144D", 87.333333, 4, Tier.C, "330411-007")] // 丁 holds 330411-007: B, capped at C by 戊's violation
    [TestCase("913304027100001528", 87.333333, 4, Tier.C, "330411-007")] // 戊 tenant with env_violation
    [TestCase("913304027100001603", 147.666667, 1, Tier.A, null)] // 己
    [TestCase("913304027100001790", 61.666667, 5, Tier.C, null)] // 庚
    [TestCase("91330402710000187T", 109.166667, 3, Tier.B, null)] // 辛: names parcel 330411-012 alone, not merged
    [TestCase("91330402710000195M", 21, 6, Tier.D, null)] // 壬
    public void Firm_HasTheHandComputedResult(string id, double total, int rank, Tier tier, string? parcel)
    {
        var result = Evaluate().Find(id)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(FirmStatus.Rated));
            Assert.That(result.PoolId, Is.EqualTo("above"));
            Assert.That(result.Total, Is.EqualTo(total).Within(5e-7));
            Assert.That(result.Rank, Is.EqualTo(rank));
            Assert.That(result.Tier, Is.EqualTo(tier));
            Assert.That(result.Parcel, Is.EqualTo(parcel));
        });
    }

    [Test]
    public void Pool_BenchmarkIsTheRatioOfSumsOverTheUnits_AndCountsFirms()
    {
        var evaluation = Evaluate();
        var above = evaluation.Pools[0];

        Assert.Multiple(() =>
        {
            Assert.That(above.Indicators[0].Benchmark!.Value.Value, Is.EqualTo(6), "750 万元 / 125 亩");
            Assert.That(above.FirmCount, Is.EqualTo(9));
            Assert.That(above.RatedCount, Is.EqualTo(9));
            Assert.That(evaluation.Find("91330402710000128P")!.Indicators.Select(i => i.Value), Is.EqualTo(new double?[] { 10, 100, 20 }));
        });
    }
}
