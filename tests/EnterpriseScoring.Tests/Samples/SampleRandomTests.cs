using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Samples;

public class SampleRandomTests
{
    [Test]
    public void SplitMix64_SeedZero_MatchesReferenceOutput()
    {
        // Reference: the first outputs of Vigna's splitmix64.c from state 0.
        ulong state = 0;

        Assert.That(SampleRandom.SplitMix64(ref state), Is.EqualTo(0xE220A8397B1DCDAFUL));
    }

    [Test]
    public void NextUInt64_State1234_MatchesReferenceXoshiro256StarStar()
    {
        // Reference: xoshiro256** from state {1, 2, 3, 4} (Blackman & Vigna's xoshiro256starstar.c).
        var random = SampleRandom.FromState(1, 2, 3, 4);

        Assert.That(
            new[] { random.NextUInt64(), random.NextUInt64(), random.NextUInt64(), random.NextUInt64() },
            Is.EqualTo(new ulong[] { 11520, 0, 1509978240, 1215971899390074240 }));
    }

    [Test]
    public void NextDouble_ManyDraws_StayInUnitIntervalWithMeanNearHalf()
    {
        var random = new SampleRandom(42, 0);
        var sum = 0.0;
        for (var i = 0; i < 20_000; i++)
        {
            var u = random.NextDouble();
            Assert.That(u, Is.GreaterThanOrEqualTo(0).And.LessThan(1));
            sum += u;
        }

        Assert.That(sum / 20_000, Is.EqualTo(0.5).Within(0.01));
    }

    [Test]
    public void NextNormal_ManyDraws_HaveStandardMoments()
    {
        var random = new SampleRandom(7, 3);
        double sum = 0, sumSq = 0;
        const int n = 40_000;
        for (var i = 0; i < n; i++)
        {
            var z = random.NextNormal();
            sum += z;
            sumSq += z * z;
        }

        var mean = sum / n;
        Assert.Multiple(() =>
        {
            Assert.That(mean, Is.EqualTo(0).Within(0.02));
            Assert.That((sumSq / n) - (mean * mean), Is.EqualTo(1).Within(0.03));
        });
    }

    [Test]
    public void NextInt_Bound_CoversEveryValueAndNoOther()
    {
        var random = new SampleRandom(1, 1);
        var seen = new int[7];
        for (var i = 0; i < 7_000; i++)
        {
            seen[random.NextInt(7)]++;
        }

        Assert.That(seen, Has.All.GreaterThan(800));
    }

    [Test]
    public void Constructor_DifferentStreams_GiveDifferentSequences()
    {
        var a = new SampleRandom(5, 0);
        var b = new SampleRandom(5, 1);

        Assert.That(a.NextUInt64(), Is.Not.EqualTo(b.NextUInt64()));
    }
}
