using System.Text;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Tests.Cli;
using static EnterpriseScoring.Tests.Engine.EngineFixtures;

namespace EnterpriseScoring.Tests.Land;

/// <summary>
/// An evaluated land area below the minimum (1 ㎡ = 0.0015 亩), or one that makes a per-mu ratio overflow, is a data
/// error for that firm — rejected with a reason like land 0 — under every land strategy, never rated with its per-mu
/// indicators "missing" and never a value that swamps the pool's benchmark.
/// </summary>
public class LandAreaMinimumTests
{
    private static EvaluationProfile Profile(ILandAreaStrategy? land = null) => new()
    {
        Name = "land-minimum",
        EvaluationYear = 2025,
        Land = land ?? KnownLandAreaStrategies.Certificate,
        Pools =
        [
            new PoolProfile
            {
                Id = "all",
                Indicators =
                [
                    new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 60, Benchmark = KnownBenchmarks.PoolMeanRatioOfSums },
                    new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 40, Benchmark = KnownBenchmarks.Fixed(100) },
                ],
            },
        ],
    };

    private static Evaluation Evaluate(EvaluationProfile profile, params Firm[] firms) => new Evaluator(profile).Evaluate(FirmTable.FromFirms(firms));

    [TestCase(5e-324)]
    [TestCase(1e-300)]
    [TestCase(1e-9)]
    [TestCase(0.0014)]
    public void Certificate_AreaBelowTheMinimum_IsRejectedLikeZero_AndLeavesTheBenchmarkAlone(double tiny)
    {
        var evaluation = Evaluate(Profile(), Firm("A", 10, 50, 1000), Firm("B", 20, 200, 1500), Firm("T", tiny, 10, 10), Firm("Z", 0, 10, 10));
        var without = Evaluate(Profile(), Firm("A", 10, 50, 1000), Firm("B", 20, 200, 1500));

        var t = evaluation.Find("T")!;
        Assert.Multiple(() =>
        {
            Assert.That(t.Status, Is.EqualTo(FirmStatus.Rejected), t.ToString());
            Assert.That(t.Reason, Does.Contain("below the minimum 0.0015 亩").And.Contain("tax_per_mu"));
            Assert.That(evaluation.Find("Z")!.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(evaluation.Find("Z")!.Reason, Does.StartWith("land area missing or ≤ 0"), "the reason for land 0 is unchanged");
            Assert.That(evaluation.Find("B")!.Total, Is.EqualTo(without.Find("B")!.Total), "the tiny area does not enter the benchmark");
        });
    }

    [Test]
    public void Certificate_TheMinimumItself_IsRated()
    {
        var evaluation = Evaluate(Profile(), Firm("A", 10, 50, 1000), Firm("M", 0.0015, 0.01, 0.1));

        Assert.That(evaluation.Find("M")!.Status, Is.EqualTo(FirmStatus.Rated));
    }

    [Test]
    public void PerMuRatioThatOverflows_IsRejectedNotMissing()
    {
        var evaluation = Evaluate(Profile(), Firm("A", 10, 50, 1000), Firm("O", 0.01, 1e307, 10));

        var o = evaluation.Find("O")!;
        Assert.Multiple(() =>
        {
            Assert.That(o.Status, Is.EqualTo(FirmStatus.Rejected), o.ToString());
            Assert.That(o.Reason, Does.Contain("tax_per_mu").And.Contain("not a finite number"));
        });
    }

    [Test]
    public void Net_TinyOrNegativeNetArea_IsRejected()
    {
        var evaluation = Evaluate(
            Profile(KnownLandAreaStrategies.Net),
            Firm("A", 10, 50, 1000, extra: [("leased_in_area", 0), ("leased_out_area", 0)]),
            Firm("T", 10, 50, 1000, extra: [("leased_in_area", 0), ("leased_out_area", 9.9999999999)]),
            Firm("N", 10, 50, 1000, extra: [("leased_in_area", 0), ("leased_out_area", 12)]));

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("A")!.Status, Is.EqualTo(FirmStatus.Rated));
            Assert.That(evaluation.Find("T")!.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(evaluation.Find("T")!.Reason, Does.Contain("below the minimum"));
            Assert.That(evaluation.Find("N")!.Status, Is.EqualTo(FirmStatus.Rejected));
        });
    }

    [Test]
    public void BuildingAreaConversion_OwnAreaBelowTheMinimum_CountsAsNoLand_AndIsConverted()
    {
        var evaluation = Evaluate(
            Profile(new BuildingAreaConversion()),
            Firm("A", 10, 50, 1000, extra: [("building_area", 0)]),
            Firm("L", 5e-324, 10, 100, extra: [("building_area", 2000)]));

        var l = evaluation.Find("L")!;
        Assert.Multiple(() =>
        {
            Assert.That(l.Status, Is.EqualTo(FirmStatus.Rated), l.ToString());
            Assert.That(l.LandArea, Is.EqualTo(2000 / BuildingAreaConversion.SquareMetresPerMu).Within(1e-12));
        });
    }

    [Test]
    public void SharedParcel_ParcelAreaBelowTheMinimum_IsRejected()
    {
        static Firm OnParcel(Firm firm) => new() { Id = firm.Id, SizeClass = firm.SizeClass, Measures = firm.Measures, Parcel = "p" };
        var firms = new[] { Firm("A", 10, 50, 1000), OnParcel(Firm("P1", 5e-324, 10, 10)), OnParcel(Firm("P2", 5e-324, 10, 10)) };

        var evaluation = Evaluate(Profile(KnownLandAreaStrategies.SharedParcel), firms);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("P1")!.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(evaluation.Find("P2")!.Status, Is.EqualTo(FirmStatus.Rejected));
        });
    }

    [Test]
    public void Escore_SubnormalLand_IsARejectedRowWithItsReason()
    {
        var directory = Path.Combine(Path.GetTempPath(), "escore-land-min-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var text = File.ReadAllText(TestPaths.Seeds("data", "hand-checkable.csv"), Encoding.UTF8).Replace("C3311,规上,2018,0,", "C3311,规上,2018,5e-324,", StringComparison.Ordinal);
            var input = Path.Combine(directory, "tiny.csv");
            File.WriteAllText(input, text, new UTF8Encoding(false));
            var output = Path.Combine(directory, "out");

            var (code, _, stderr) = CliRunner.Run("score", "--max-rejects", "100%", "--rejects-exit-code", "1", "--profile", TestPaths.Seeds("data", "hand-checkable.profile.json"), "--input", input, "--out", output);

            var rejects = File.ReadAllLines(Path.Combine(output, "rejects.csv"));
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
                Assert.That(rejects, Has.Length.EqualTo(2), "header + the firm");
                Assert.That(rejects[1], Does.Contain("91330402710000064R").And.Contain("用地面积(亩)").And.Contain("5E-324").And.Contain("below the minimum"));
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
