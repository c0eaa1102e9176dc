using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Weighting;

public class CriticWeightingTests
{
    [TestCase(1, 3, 2)]
    [TestCase(2, 10, 4)]
    [TestCase(3, 80, 6)]
    public void ComputeWeights_RandomDataWithDirections_MatchesNaiveReference(int seed, int n, int m)
    {
        var columns = Reference.RandomColumns(seed, n, m, -20, 100);
        var directions = Reference.RandomDirections(seed, m);
        var result = KnownWeightingMethods.Critic.ComputeWeights(Reference.Matrix(columns, directions));
        Reference.AssertClose(result.Weights, Reference.Critic(columns, directions));
    }

    [Test]
    public void ComputeWeights_SampleStandardDeviation_MatchesNaiveReference()
    {
        var columns = Reference.RandomColumns(4, 12, 3);
        var method = new CriticWeighting(new CriticWeightingOptions { DegreesOfFreedom = 1 });
        var result = method.ComputeWeights(Reference.Matrix(columns));
        Reference.AssertClose(result.Weights, Reference.Critic(columns, ddof: 1));
    }

    /// <summary>
    /// A small example computed by hand (not reproduced from Diakoulaki et al. 1995, whose table we cannot quote exactly).
    /// Columns already min-max normalised: y1 = (0, ½, 1), y2 = (1, 0, ½), y3 = (0, ¼, 1).
    /// σ1 = σ2 = √(1/6) = 0.408248, σ3 = √(0.541667/3) = 0.424918 (population).
    /// r12 = (−0.25/3)/(1/6) = −0.5; r13 = (0.5/3)/(0.408248 × 0.424918) = 0.960769; r23 = (−0.125/3)/0.173472 = −0.240192.
    /// C1 = 0.408248 × (1.5 + 0.039231) = 0.628388; C2 = 0.408248 × (1.5 + 1.240192) = 1.118679; C3 = 0.424918 × (0.039231 + 1.240192) = 0.543650.
    /// w = C / 2.290717 = (0.274319, 0.488353, 0.237328).
    /// </summary>
    [Test]
    public void ComputeWeights_HandComputedExample_MatchesHandValues()
    {
        var matrix = new DecisionMatrix([[0, 0.5, 1], [1, 0, 0.5], [0, 0.25, 1]]);
        var result = KnownWeightingMethods.Critic.ComputeWeights(matrix);
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights[0], Is.EqualTo(0.274319).Within(2e-6));
            Assert.That(result.Weights[1], Is.EqualTo(0.488353).Within(2e-6));
            Assert.That(result.Weights[2], Is.EqualTo(0.237328).Within(2e-6));
            Assert.That(result.Diagnostics["std_dev[c1]"], Is.EqualTo(Math.Sqrt(1.0 / 6)).Within(1e-15));
            Assert.That(result.Diagnostics["conflict[c1]"], Is.EqualTo(1.539231).Within(1e-6));
            Assert.That(result.Diagnostics["information[c3]"], Is.EqualTo(0.543650).Within(1e-6));
        });
    }

    [Test]
    public void ComputeWeights_LowerIsBetterColumn_SameAsFlippedHigherIsBetter()
    {
        var columns = Reference.RandomColumns(9, 20, 3);
        var flipped = columns.Select((c, j) => j == 1 ? c.Select(x => -x).ToArray() : c).ToArray();
        var a = KnownWeightingMethods.Critic.ComputeWeights(Reference.Matrix(columns, [Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.HigherIsBetter]));
        var b = KnownWeightingMethods.Critic.ComputeWeights(Reference.Matrix(flipped));
        Reference.AssertClose(a.Weights, b.Weights, 1e-11);
    }

    [Test]
    public void ComputeWeights_ConstantColumn_WeightZeroAndCorrelationTreatedAsZero()
    {
        // y1 = (0, ½, 1), y2 = (1, 0, ½), constant c3: r12 = −0.5, r13 = r23 = 0 by convention.
        var matrix = new DecisionMatrix([[0, 0.5, 1], [1, 0, 0.5], [3, 3, 3]]);
        var result = KnownWeightingMethods.Critic.ComputeWeights(matrix);
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 0.5, 0.5, 0.0 }).Within(1e-15));
            Assert.That(result.Diagnostics["conflict[c1]"], Is.EqualTo(2.5).Within(1e-15));
            Assert.That(result.Diagnostics["information[c3]"], Is.EqualTo(0));
        });
    }

    [Test]
    public void ComputeWeights_SingleCriterion_EqualWeightWithNote()
    {
        var result = KnownWeightingMethods.Critic.ComputeWeights(new DecisionMatrix([[1.0, 2, 3]]));
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 1.0 }));
            Assert.That(result.Notes, Has.Count.EqualTo(1));
        });
    }

    [TestCase(0)]
    [TestCase(1)]
    public void ComputeWeights_FewerThanTwoRows_EqualWeights(int rows)
    {
        var columns = Enumerable.Range(0, 2).Select(_ => Enumerable.Repeat(1.0, rows).ToArray()).ToArray();
        var result = KnownWeightingMethods.Critic.ComputeWeights(new DecisionMatrix(columns));
        Assert.That(result.Weights, Is.EqualTo(new[] { 0.5, 0.5 }));
    }

    [Test]
    public void ComputeWeights_AllIdenticalRows_EqualWeightsNoNaN()
    {
        var result = KnownWeightingMethods.Critic.ComputeWeights(DecisionMatrix.FromRows([[1, 2, 3], [1, 2, 3], [1, 2, 3]]));
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 }));
            Assert.That(result.Diagnostics.Values.All(double.IsFinite), Is.True);
        });
    }

    [Test]
    public void ComputeWeights_ShuffledRows_SameWeightsWithinTolerance()
    {
        var columns = Reference.RandomColumns(22, 150, 4);
        var a = KnownWeightingMethods.Critic.ComputeWeights(Reference.Matrix(columns));
        var b = KnownWeightingMethods.Critic.ComputeWeights(Reference.Matrix(Reference.Permute(columns, 3)));
        Reference.AssertClose(b.Weights, a.Weights);
    }

    [Test]
    public void Constructor_BadDegreesOfFreedom_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CriticWeighting(new CriticWeightingOptions { DegreesOfFreedom = 2 }));
    }
}
