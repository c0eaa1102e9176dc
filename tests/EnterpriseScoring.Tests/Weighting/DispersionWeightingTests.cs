using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Weighting;

public class DispersionWeightingTests
{
    [TestCase(1, 2, 2)]
    [TestCase(2, 10, 4)]
    [TestCase(3, 80, 6)]
    public void CoefficientOfVariation_RandomData_MatchesNaiveReference(int seed, int n, int m)
    {
        var columns = Reference.RandomColumns(seed, n, m, 1, 100);
        var result = KnownWeightingMethods.CoefficientOfVariation.ComputeWeights(Reference.Matrix(columns));
        Reference.AssertClose(result.Weights, Reference.CoefficientOfVariation(columns));
    }

    [Test]
    public void CoefficientOfVariation_HandExample_MatchesHandValues()
    {
        // c1 = (1, 3): mean 2, σ 1, cv ½; c2 = (2, 2): constant → 0; c3 = (−4, −2): mean −3, σ 1, cv ⅓ (|mean|).
        var result = KnownWeightingMethods.CoefficientOfVariation.ComputeWeights(new DecisionMatrix([[1.0, 3], [2.0, 2], [-4.0, -2]]));
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 0.6, 0.0, 0.4 }).Within(1e-15));
            Assert.That(result.Diagnostics["cv[c1]"], Is.EqualTo(0.5));
            Assert.That(result.Diagnostics["mean[c3]"], Is.EqualTo(-3));
        });
    }

    [Test]
    public void CoefficientOfVariation_ZeroMeanNonConstant_ThrowsNamingCriterion()
    {
        var matrix = new DecisionMatrix([[1.0, 2], [-1.0, 1]], ["a", "balance"]);
        var ex = Assert.Throws<ArgumentException>(() => KnownWeightingMethods.CoefficientOfVariation.ComputeWeights(matrix));
        Assert.That(ex!.Message, Does.Contain("balance"));
    }

    [Test]
    public void CoefficientOfVariation_AllZeroColumn_WeightZero()
    {
        var result = KnownWeightingMethods.CoefficientOfVariation.ComputeWeights(new DecisionMatrix([[0.0, 0, 0], [1.0, 2, 3]]));
        Assert.That(result.Weights, Is.EqualTo(new[] { 0.0, 1.0 }));
    }

    [TestCase(1, 2, 2)]
    [TestCase(2, 10, 4)]
    [TestCase(3, 80, 6)]
    public void StandardDeviation_RandomData_MatchesNaiveReference(int seed, int n, int m)
    {
        var columns = Reference.RandomColumns(seed, n, m, -30, 100);
        var result = KnownWeightingMethods.StandardDeviation.ComputeWeights(Reference.Matrix(columns, Reference.RandomDirections(seed, m)));
        Reference.AssertClose(result.Weights, Reference.StandardDeviation(columns), 1e-11);
    }

    [Test]
    public void StandardDeviation_HandExample_MatchesHandValues()
    {
        // c1 = (0, 10, 20) → y = (0, ½, 1), σ = √(1/6); c2 = (5, 5, 6) → y = (0, 0, 1), σ = √2/3; c3 constant → 0.
        var result = KnownWeightingMethods.StandardDeviation.ComputeWeights(new DecisionMatrix([[0.0, 10, 20], [5.0, 5, 6], [1.0, 1, 1]]));
        var s1 = Math.Sqrt(1.0 / 6);
        var s2 = Math.Sqrt(2) / 3;
        Reference.AssertClose(result.Weights, [s1 / (s1 + s2), s2 / (s1 + s2), 0]);
    }

    [Test]
    public void StandardDeviation_SingleRow_EqualWeightsWithNote()
    {
        var result = KnownWeightingMethods.StandardDeviation.ComputeWeights(DecisionMatrix.FromRows([[1, 2]]));
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 0.5, 0.5 }));
            Assert.That(result.Notes, Is.Not.Empty);
        });
    }

    [Test]
    public void StandardDeviation_SampleOption_ChangesNothingInRatios()
    {
        // ddof only rescales every σ by the same factor, so the weights are unchanged.
        var columns = Reference.RandomColumns(8, 15, 3);
        var a = KnownWeightingMethods.StandardDeviation.ComputeWeights(Reference.Matrix(columns));
        var b = new StandardDeviationWeighting(new StandardDeviationWeightingOptions { DegreesOfFreedom = 1 }).ComputeWeights(Reference.Matrix(columns));
        Reference.AssertClose(b.Weights, a.Weights);
    }
}
