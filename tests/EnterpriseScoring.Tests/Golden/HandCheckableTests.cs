using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/hand-checkable.csv through the whole pipeline; every expected number is derived in seeds/README.md.</summary>
public class HandCheckableTests
{
    private const double Tolerance = 1e-9;

    private static Evaluation Evaluate(out FirmReadResult read)
    {
        read = FirmCsvReader.Read(TestPaths.Seeds("data", "hand-checkable.csv"));
        return new Evaluator(HandCheckableProfile.Create()).Evaluate(read.Table);
    }

    private static FirmResult ByName(Evaluation evaluation, string name) => evaluation.Results.Single(r => r.Name == name);

    [Test]
    public void Read_LoadsAllTenRowsWithChineseHeaders()
    {
        Evaluate(out var read);

        Assert.That((read.RowsRead, read.Table.Count, read.RejectedRowCount), Is.EqualTo((10, 10, 0)));
    }

    [TestCase("嘉兴甲纺织有限公司", 10 / 6.0 * 40 + 30 + 30 + 5, 2, Tier.B)]
    [TestCase("嘉兴乙机械有限公司", 15 / 6.0 * 40 + 45 + 45, 1, Tier.C)]
    [TestCase("嘉兴丙化工有限公司", 5 / 6.0 * 40 + 15 + 15, 4, Tier.B)]
    [TestCase("嘉兴丁电子有限公司", 5 / 6.0 * 40 + 15 + 15, 4, Tier.B)]
    [TestCase("嘉兴戊汽配有限公司", 10 / 6.0 * 40, 3, Tier.B)]
    [TestCase("嘉兴庚服装有限公司", -0.4 / 6.0 * 40 + 12 + 18.75, 6, Tier.D)]
    [TestCase("嘉兴辛塑料制品厂", 120, 1, Tier.B)]
    public void Evaluate_RatedFirms_MatchHandArithmetic(string name, double total, int rank, Tier tier)
    {
        var result = ByName(Evaluate(out _), name);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(FirmStatus.Rated));
            Assert.That(result.Total, Is.EqualTo(total).Within(Tolerance));
            Assert.That(result.Rank, Is.EqualTo(rank));
            Assert.That(result.Tier, Is.EqualTo(tier));
        });
    }

    [Test]
    public void Evaluate_PoolMeanIsRatioOfSumsOverRatedFirms()
    {
        var above = Evaluate(out _).Pools.Single(p => p.Id == "above");

        // (200 + 150 + 250 + 40 + 120 − 10) / (20 + 10 + 50 + 8 + 12 + 25) = 750 / 125.
        Assert.That(above.Indicators[0].Benchmark!.Value.Value, Is.EqualTo(6));
        Assert.That(above.RatedCount, Is.EqualTo(6));
    }

    [TestCase("嘉兴己五金有限公司", FirmStatus.Rejected, "land area")]
    [TestCase("嘉兴壬包装有限公司", FirmStatus.NotPooled, "no pool")]
    [TestCase("嘉兴癸热电有限公司", FirmStatus.Exempt, "utilities")]
    public void Evaluate_UnratedFirms_HaveStatusAndReason(string name, FirmStatus status, string reason)
    {
        var result = ByName(Evaluate(out _), name);

        Assert.That(result.Status, Is.EqualTo(status));
        Assert.That(result.Reason, Does.Contain(reason));
    }

    [Test]
    public void Evaluate_VetoAndHonours_AreExplained()
    {
        var evaluation = Evaluate(out _);

        Assert.Multiple(() =>
        {
            Assert.That(ByName(evaluation, "嘉兴乙机械有限公司").TierReason, Does.Contain("A → C"));
            Assert.That(ByName(evaluation, "嘉兴甲纺织有限公司").Bonus, Is.EqualTo(5));
            Assert.That(ByName(evaluation, "嘉兴庚服装有限公司").Overrides.Single().Note, Is.EqualTo("no change"));
            Assert.That(evaluation.Results.Count, Is.EqualTo(10));
        });
    }
}
