using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

/// <summary>功效系数: the formula (fixed or pool 满意值/不允许值, both directions, below 不允许值) and the banded form, by hand.</summary>
public class EfficacyCoefficientScoringTests
{
    private static double Score(IScoringMethod method, double x, double weight, Direction direction, params double[] pool) =>
        weight * method.Normalise(x, method.Fit(pool, double.NaN, direction));

    [TestCase(20, 48)] // 60 + 40 × (20 − 10) / (30 − 10) = 80 → 80 % of 60
    [TestCase(30, 60)] // at 满意值: 100
    [TestCase(45, 60)] // better than 满意值: capped at 100, never above W
    [TestCase(10, 36)] // at 不允许值: 60
    [TestCase(5, 0)] // worse than 不允许值: 0
    public void Formula_HigherIsBetter(double x, double expected) =>
        Assert.That(Score(KnownScoringMethods.EfficacyCoefficientWith(30, 10), x, 60, Direction.HigherIsBetter), Is.EqualTo(expected).Within(1e-9));

    [TestCase(1.5, 18)] // energy per VA: 满意值 1, 不允许值 3: 60 + 40 × (1.5 − 3) / (1 − 3) = 90 → 18 of 20
    [TestCase(0.5, 20)] // better than 满意值
    [TestCase(4, 0)] // worse than 不允许值
    public void Formula_LowerIsBetter(double x, double expected) =>
        Assert.That(Score(KnownScoringMethods.EfficacyCoefficientWith(1, 3), x, 20, Direction.LowerIsBetter), Is.EqualTo(expected).Within(1e-9));

    [TestCase(5, 30)] // 60 + 40 × (−0.25) = 50 → 30 of 60
    [TestCase(-20, 0)] // 60 + 40 × (−1.5) = 0: never below 0
    [TestCase(-100, 0)]
    public void Formula_BelowUnacceptableKept_NeverBelowZero(double x, double expected) =>
        Assert.That(Score(KnownScoringMethods.EfficacyCoefficientWith(30, 10, BelowUnacceptable.Formula), x, 60, Direction.HigherIsBetter), Is.EqualTo(expected).Within(1e-9));

    [Test]
    public void Formula_FromThePool_BestGetsWWorstGets60Percent()
    {
        double[] pool = [4, 10, 7];
        var m = KnownScoringMethods.EfficacyCoefficient;

        Assert.Multiple(() =>
        {
            Assert.That(Score(m, 10, 50, Direction.HigherIsBetter, pool), Is.EqualTo(50));
            Assert.That(Score(m, 4, 50, Direction.HigherIsBetter, pool), Is.EqualTo(30));
            Assert.That(Score(m, 7, 50, Direction.HigherIsBetter, pool), Is.EqualTo(40).Within(1e-9));
            Assert.That(Score(m, 4, 50, Direction.LowerIsBetter, pool), Is.EqualTo(50));
            Assert.That(Score(m, 5, 50, Direction.HigherIsBetter, 5, 5), Is.EqualTo(50), "constant pool: everyone at 满意值");
            Assert.That(m.FitReadsValues, Is.True);
            Assert.That(KnownScoringMethods.EfficacyCoefficientWith(30, 10).FitReadsValues, Is.False);
        });
    }

    [TestCase(250, 40)] // better than 优秀: 1 × W
    [TestCase(200, 40)] // at 优秀
    [TestCase(190, 38.4)] // 良好: 0.8 × 40 + (190 − 150) / (200 − 150) × 8
    [TestCase(120, 27.2)] // 平均: 24 + 20 / 50 × 8
    [TestCase(100, 24)] // at 平均
    [TestCase(45, 12)] // 较差: 8 + 15 / 30 × 8
    [TestCase(30, 8)] // at 较差
    [TestCase(20, 0)] // worse than 较差
    public void Banded_HigherIsBetter(double x, double expected) =>
        Assert.That(Score(KnownScoringMethods.EfficacyBands([200, 150, 100, 60, 30]), x, 40, Direction.HigherIsBetter), Is.EqualTo(expected).Within(1e-9));

    [TestCase(0.3, 10)] // better than 优秀 0.5
    [TestCase(0.75, 9)] // 良好 [1, 0.5): 8 + (0.75 − 1) / (0.5 − 1) × 2
    [TestCase(3.5, 0)] // worse than 较差 3
    public void Banded_LowerIsBetter(double x, double expected) =>
        Assert.That(Score(KnownScoringMethods.EfficacyBands([0.5, 1, 1.5, 2, 3]), x, 10, Direction.LowerIsBetter), Is.EqualTo(expected).Within(1e-9));

    [Test]
    public void Banded_OwnCoefficients()
    {
        var m = KnownScoringMethods.EfficacyBands([200, 150, 100, 60, 30], [1, 0.85, 0.7, 0.5, 0.3]);

        Assert.That(Score(m, 175, 20, Direction.HigherIsBetter), Is.EqualTo(18.5).Within(1e-9)); // 17 + 0.5 × 3
    }

    [Test]
    public void NeverAboveItsWeight()
    {
        IScoringMethod[] methods = [KnownScoringMethods.EfficacyCoefficientWith(30, 10), KnownScoringMethods.EfficacyBands([200, 150, 100, 60, 30]), KnownScoringMethods.EfficacyCoefficient];
        var probe = Enumerable.Range(-50, 600).Select(i => i * 0.5).ToArray();

        Assert.That(methods.SelectMany(m => probe.Select(x => Score(m, x, 40, Direction.HigherIsBetter, 1, 200))), Is.All.InRange(0, 40));
    }

    [Test]
    public void Explain_ShowsTheArithmetic()
    {
        var formula = KnownScoringMethods.EfficacyCoefficientWith(30, 10);
        var bands = KnownScoringMethods.EfficacyBands([200, 150, 100, 60, 30]);

        Assert.Multiple(() =>
        {
            Assert.That(formula.Explain(20, 60, formula.Fit([], double.NaN, Direction.HigherIsBetter)),
                Is.EqualTo("功效系数 efficacy coefficient: 满意值 30, 不允许值 10; 60 + 40 × min((20 − 10) / (30 − 10) = 0.5, 1) = 80; 80 / 100 × 60 = 48"));
            Assert.That(formula.Explain(5, 60, formula.Fit([], double.NaN, Direction.HigherIsBetter)), Does.EndWith("< 0: worse than 不允许值, 0 × 60 = 0"));
            Assert.That(bands.Explain(45, 40, bands.Fit([], double.NaN, Direction.HigherIsBetter)),
                Is.EqualTo("功效系数 banded 功效系数档位: 45 in 较差 [30, 较低 60): 本档基础分 0.2 × 40 = 8, 档差 (0.4 − 0.2) × 40 = 8; 8 + (45 − 30) / (60 − 30) × 8 = " + (40 * bands.Normalise(45, bands.Fit([], double.NaN, Direction.HigherIsBetter))).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public void Fit_AgainstTheDirection_Throws()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => KnownScoringMethods.EfficacyCoefficientWith(30, 10).Fit([], double.NaN, Direction.LowerIsBetter), Throws.ArgumentException.With.Message.Contains("below 不允许值"));
            Assert.That(() => KnownScoringMethods.EfficacyBands([200, 150, 100, 60, 30]).Fit([], double.NaN, Direction.LowerIsBetter), Throws.ArgumentException);
        });
    }

    [Test]
    public void Constructor_InvalidOptions_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new EfficacyCoefficientScoring(new EfficacyCoefficientOptions { Satisfactory = 30 }), Throws.ArgumentException);
            Assert.That(() => KnownScoringMethods.EfficacyCoefficientWith(30, 30), Throws.ArgumentException);
            Assert.That(() => KnownScoringMethods.EfficacyCoefficientWith(double.NaN, 30), Throws.ArgumentException);
            Assert.That(() => KnownScoringMethods.EfficacyBands([200, 150, 100]), Throws.ArgumentException);
            Assert.That(() => KnownScoringMethods.EfficacyBands([200, 150, 150, 60, 30]), Throws.ArgumentException);
            Assert.That(() => KnownScoringMethods.EfficacyBands([200, 150, 100, 60, 30], [1, 0.8, 0.8, 0.4, 0.2]), Throws.ArgumentException);
            Assert.That(() => KnownScoringMethods.EfficacyBands([200, 150, 100, 60, 30], [1.2, 0.8, 0.6, 0.4, 0.2]), Throws.ArgumentException);
            Assert.That(() => new EfficacyCoefficientScoring(new EfficacyCoefficientOptions { Standards = [200, 150, 100, 60, 30], Satisfactory = 1, Unacceptable = 0 }), Throws.ArgumentException);
            Assert.That(() => new EfficacyCoefficientScoring(new EfficacyCoefficientOptions { Standards = [200, 150, 100, 60, 30], BelowUnacceptable = BelowUnacceptable.Formula }), Throws.ArgumentException);
        });
    }
}
