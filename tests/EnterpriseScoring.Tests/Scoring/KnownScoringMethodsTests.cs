using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class KnownScoringMethodsTests
{
    [TestCase("ratio_to_benchmark", typeof(RatioToBenchmarkScoring))]
    [TestCase("min_max", typeof(MinMaxScoring))]
    [TestCase("inverse_benchmark", typeof(InverseBenchmarkScoring))]
    [TestCase("z_score", typeof(ZScoreScoring))]
    [TestCase("vector", typeof(VectorScoring))]
    [TestCase("percentile_rank", typeof(PercentileRankScoring))]
    [TestCase("rank", typeof(RankScoring))]
    public void TryGet_KnownName_ReturnsThatMethod(string name, Type type)
    {
        var found = KnownScoringMethods.TryGet(name, out var method);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True);
            Assert.That(method, Is.InstanceOf(type));
            Assert.That(method!.Name, Is.EqualTo(name));
        });
    }

    [TestCase("RANK")]
    [TestCase("")]
    [TestCase("topsis")]
    public void TryGet_UnknownName_ReturnsFalse(string name)
    {
        Assert.Multiple(() =>
        {
            Assert.That(KnownScoringMethods.TryGet(name, out var method), Is.False);
            Assert.That(method, Is.Null);
        });
    }

    [Test]
    public void All_HasOneMethodPerName()
    {
        var names = KnownScoringMethods.All.Select(m => m.Name).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names, Has.Length.EqualTo(8));
            Assert.That(KnownScoringMethods.All, Has.None.Null);
        });
    }

    [Test]
    public void RequiresBenchmark_OnlyBenchmarkMethods()
    {
        var requiring = KnownScoringMethods.All.Where(m => m.RequiresBenchmark).Select(m => m.Name);
        Assert.That(requiring, Is.EquivalentTo(new[] { "ratio_to_benchmark", "inverse_benchmark" }));
    }

    [Test]
    public void MinMaxAnhui_HasFloorPointTwo()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KnownScoringMethods.MinMaxAnhui.Options.Floor, Is.EqualTo(0.2));
            Assert.That(KnownScoringMethods.MinMaxWithFloor(0.2).Options, Is.EqualTo(KnownScoringMethods.MinMaxAnhui.Options));
        });
    }
}
