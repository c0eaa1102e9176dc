using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Samples;

public partial class SyntheticCityTests
{
    [Test]
    public void Generate_SameSeed_GivesIdenticalTables()
    {
        var a = SyntheticCity.Default(400, 123);
        var b = SyntheticCity.Default(400, 123);

        Assert.That(Fingerprint(a), Is.EqualTo(Fingerprint(b)));
    }

    [Test]
    public void Generate_DifferentSeed_GivesDifferentTables()
    {
        var a = SyntheticCity.Default(400, 123);
        var b = SyntheticCity.Default(400, 124);

        Assert.Multiple(() =>
        {
            Assert.That(Fingerprint(a), Is.Not.EqualTo(Fingerprint(b)));
            Assert.That(a.Ids.Intersect(b.Ids).Count(), Is.LessThan(5));
        });
    }

    [Test]
    public void Generate_LargerCity_StartsWithTheSmallerCity()
    {
        var small = SyntheticCity.Default(50, 77);
        var large = SyntheticCity.Default(200, 77);

        Assert.That(Fingerprint(large).Take(50), Is.EqualTo(Fingerprint(small)));
    }

    /// <summary>Pinned output: a change to the generator's model or PRNG fails here. Update deliberately, with the seeds.</summary>
    [Test]
    public void Generate_Seed1FirstFirm_MatchesGolden()
    {
        var firm = SyntheticCity.Default(1, 1).GetFirm(0);

        Assert.Multiple(() =>
        {
            Assert.That(firm.Id, Is.EqualTo(GoldenSeed1.Id));
            Assert.That(firm.Name, Is.EqualTo(GoldenSeed1.Name));
            Assert.That(firm.Region, Is.EqualTo(GoldenSeed1.Region));
            Assert.That(firm.Platform, Is.EqualTo(GoldenSeed1.Platform));
            Assert.That(firm.IndustryCode, Is.EqualTo(GoldenSeed1.Industry));
            Assert.That(firm.SizeClass, Is.EqualTo(GoldenSeed1.SizeClass));
            Assert.That(firm.StartYear, Is.EqualTo(GoldenSeed1.StartYear));
            Assert.That(firm.Tags.Order(StringComparer.Ordinal), Is.EqualTo(GoldenSeed1.Tags));
            Assert.That(firm.Measures.Keys.Order(StringComparer.Ordinal), Is.EqualTo(GoldenSeed1.Measures.Keys.Order(StringComparer.Ordinal)));
            foreach (var (id, expected) in GoldenSeed1.Measures)
            {
                // Values are rounded to 2-3 decimals by the generator; allow for last-bit libm differences only.
                Assert.That(firm.Measures.GetValueOrDefault(id, double.NaN), Is.EqualTo(expected).Within(1e-9), id);
            }
        });
    }

    private static List<string> Fingerprint(FirmTable table)
    {
        var rows = new List<string>(table.Count);
        for (var r = 0; r < table.Count; r++)
        {
            var firm = table.GetFirm(r);
            var measures = string.Join(";", firm.Measures.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => FormattableString.Invariant($"{m.Key}={m.Value:R}")));
            rows.Add(FormattableString.Invariant($"{firm.Id}|{firm.Name}|{firm.Region}|{firm.Platform}|{firm.IndustryCode}|{firm.SizeClass}|{firm.StartYear}|{string.Join(",", firm.Tags.Order(StringComparer.Ordinal))}|{measures}"));
        }

        return rows;
    }
}
