using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Tests.Platforms;

public class PlatformMembershipTests
{
    [Test]
    public void Create_2025_MergedPlatformIsInItsAbsorber_SubParkInItsMainPlatform()
    {
        var membership = PlatformMembership.Create(PlatformExample.Firms, PlatformExample.Register, 2025);

        Assert.Multiple(() =>
        {
            Assert.That(membership.Units.Select(u => u.Id), Is.EqualTo(new[] { "P1", "P1A", "P2", "P4", "塘汇工业区", "南湖区", "秀洲区", PlatformMembership.CityId }));
            Assert.That(membership.Units.Select(u => u.FirmCount), Is.EqualTo(new[] { 5, 2, 3, 2, 1, 8, 3, 11 }));
            Assert.That(membership.FirmsOutsidePlatforms, Is.EqualTo(1));
            Assert.That(Unit(membership, "P2").Absorbed, Is.EqualTo(new[] { "P3" }));
            Assert.That(Unit(membership, "P1A").Parent, Is.EqualTo("P1"));
            Assert.That(Unit(membership, "塘汇工业区"), Has.Property("IsRegistered").False.And.Property("County").EqualTo("秀洲区"));
            Assert.That(membership.Warnings.Single(), Does.Contain("塘汇工业区").And.Contain("not in the platform register"));
            Assert.That(membership.PlatformOf(7)!.Id, Is.EqualTo("P2"), "F08 names P3, merged into P2 from 2024-07-01");
            Assert.That(membership.PlatformOf(11), Is.Null);
        });
    }

    [Test]
    public void Create_2023_BeforeTheMerge_PlatformStandsAlone()
    {
        var membership = PlatformMembership.Create(PlatformExample.Firms, PlatformExample.Register, 2023);

        Assert.Multiple(() =>
        {
            Assert.That(membership.Units.Take(5).Select(u => u.Id), Is.EqualTo(new[] { "P1", "P1A", "P2", "P3", "P4" }));
            Assert.That(Unit(membership, "P2").FirmCount, Is.EqualTo(2));
            Assert.That(Unit(membership, "P3").FirmCount, Is.EqualTo(1));
            Assert.That(Unit(membership, "P2").Absorbed, Is.Empty);
        });
    }

    [Test]
    public void Create_WithoutRegister_PlatformsFromTheFirms_InTheirFirmsCounty()
    {
        var membership = PlatformMembership.Create(PlatformExample.Firms, PlatformRegister.Empty, 2025);

        Assert.Multiple(() =>
        {
            Assert.That(membership.Units.Where(u => u.Kind == PlatformUnitKind.Platform).Select(u => u.Id), Is.EqualTo(new[] { "P1", "P1A", "P2", "P3", "P4", "塘汇工业区" }));
            Assert.That(membership.Units.Where(u => u.Kind == PlatformUnitKind.Platform).All(u => !u.IsRegistered && u.Parent.Length == 0));
            Assert.That(Unit(membership, "P4").County, Is.EqualTo("秀洲区"));
            Assert.That(membership.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Create_FirmRegionOtherThanTheRegisterCounty_IsWarned()
    {
        var register = PlatformRegister.Create([new Platform { Id = "P4", County = "南湖区" }]);

        var membership = PlatformMembership.Create(PlatformExample.Firms, register, 2025);

        Assert.That(membership.Warnings, Has.Some.Contains("'P4'").And.Contains("秀洲区 2"));
    }

    [Test]
    public void Create_ChainOfMerges_FollowsEveryMergeInForce()
    {
        var register = PlatformRegister.Create(
        [
            new Platform { Id = "P1", County = "南湖区" },
            new Platform { Id = "P2", County = "南湖区", MergedInto = "P1", MergedFrom = new DateOnly(2026, 1, 1) },
            new Platform { Id = "P3", County = "南湖区", MergedInto = "P2", MergedFrom = new DateOnly(2024, 7, 1) },
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(Unit(PlatformMembership.Create(PlatformExample.Firms, register, 2025), "P2").Absorbed, Is.EqualTo(new[] { "P3" }));
            Assert.That(Unit(PlatformMembership.Create(PlatformExample.Firms, register, 2026), "P1").Absorbed, Is.EqualTo(new[] { "P2", "P3" }));
            Assert.That(PlatformMembership.Create(PlatformExample.Firms, register, 2026).TryGetUnit("P2", out _), Is.False);
        });
    }

    private static PlatformUnit Unit(PlatformMembership membership, string id) =>
        membership.TryGetUnit(id, out var unit) ? unit : throw new AssertionException($"no unit {id}");
}
