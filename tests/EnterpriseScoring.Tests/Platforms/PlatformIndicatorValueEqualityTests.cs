using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Tests.Platforms;

/// <summary>
/// The hand-written equality of <see cref="PlatformIndicatorValue"/>: value, parts and arithmetic text — a figure whose
/// arithmetic its indicator writes when read equals, and hashes as, one given the same text at once.
/// </summary>
public class PlatformIndicatorValueEqualityTests
{
    private static readonly IPlatformIndicator Writer = KnownPlatformIndicators.AboveRevenuePerMu;

    private static PlatformIndicatorValue Given() => new(412.5, 8250, 20, 3, Writer.Arithmetic(8250, 20, 3));

    private static PlatformIndicatorValue Lazy() => new(412.5, 8250, 20, 3, Writer);

    [Test]
    public void EqualValues_AreEqual_WithEqualHashes()
    {
        var (a, b) = (Given(), Given());
        var (none, noneAgain) = (new PlatformIndicatorValue(null, 0, 0, 0, string.Empty), new PlatformIndicatorValue(null, 0, 0, 0, string.Empty));
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(none, Is.EqualTo(noneAgain));
            Assert.That(none.GetHashCode(), Is.EqualTo(noneAgain.GetHashCode()));
        });
    }

    [Test]
    public void ValueWithArithmeticWrittenWhenRead_EqualsOneGivenTheSameText()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lazy().Arithmetic, Is.EqualTo(Given().Arithmetic).And.Not.Empty);
            Assert.That(Lazy(), Is.EqualTo(Given()));
            Assert.That(Given(), Is.EqualTo(Lazy()));
            Assert.That(Lazy().GetHashCode(), Is.EqualTo(Given().GetHashCode()));
            Assert.That(Lazy() with { Arithmetic = "另一个 another" }, Is.Not.EqualTo(Given()), "a given text wins over the written one");
            Assert.That(Lazy() with { Numerator = 8000 }, Is.Not.EqualTo(Given() with { Numerator = 8000 }), "the text is written from the parts held");
        });
    }

    [Test]
    public void ValuesDifferingInAnyProperty_AreNotEqual()
    {
        var variants = new (string Property, PlatformIndicatorValue Value)[]
        {
            ("Value", Given() with { Value = 412.50000000000006 }),
            ("Value null", Given() with { Value = null }),
            ("Numerator", Given() with { Numerator = 8250.000000000002 }),
            ("Denominator", Given() with { Denominator = 21 }),
            ("Count", Given() with { Count = 4 }),
            ("Arithmetic", Given() with { Arithmetic = "另一个 another" }),
        };
        Assert.Multiple(() =>
        {
            foreach (var (property, value) in variants)
            {
                Assert.That(value, Is.Not.EqualTo(Given()), property);
                Assert.That(Given(), Is.Not.EqualTo(value), property);
                Assert.That(value, Is.Not.EqualTo(Lazy()), $"{property} (against the lazy value)");
            }
        });
    }
}
