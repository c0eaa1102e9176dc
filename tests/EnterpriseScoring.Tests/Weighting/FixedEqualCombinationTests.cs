using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Weighting;

public class FixedEqualCombinationTests
{
    private static readonly DecisionMatrix SixCriteria = new(Enumerable.Range(0, 6).Select(j => new[] { 1.0 + j, 2.0, 3.0 * j }).ToArray());

    [Test]
    public void Fixed_Points_NormalisedWithInputSumAndNote()
    {
        var result = KnownWeightingMethods.Fixed(30, 20, 20, 10, 10, 10).ComputeWeights(SixCriteria);
        Assert.Multiple(() =>
        {
            Assert.That(result.Method, Is.EqualTo("fixed"));
            Assert.That(result.Weights, Is.EqualTo(new[] { 0.3, 0.2, 0.2, 0.1, 0.1, 0.1 }).Within(1e-15));
            Assert.That(result.Diagnostics["input_sum"], Is.EqualTo(100));
            Assert.That(result.Diagnostics["input[c1]"], Is.EqualTo(30));
            Assert.That(result.Notes, Has.Count.EqualTo(1).And.Some.Contain("100").And.Some.Contain("normalised"));
        });
    }

    [Test]
    public void Fixed_Fractions_KeptAndSumReported()
    {
        var result = new FixedWeighting([0.5, 0.25, 0.25]).ComputeWeights(new DecisionMatrix([[1.0], [1.0], [1.0]]));
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 0.5, 0.25, 0.25 }));
            Assert.That(result.Diagnostics["input_sum"], Is.EqualTo(1));
        });
    }

    private static IEnumerable<TestCaseData> InvalidFixed()
    {
        yield return new TestCaseData(new[] { 1.0, -1 }).SetName("Fixed_NegativeWeight_Throws");
        yield return new TestCaseData(new[] { 1.0, double.NaN }).SetName("Fixed_NaNWeight_Throws");
        yield return new TestCaseData(new[] { 1.0, double.PositiveInfinity }).SetName("Fixed_InfiniteWeight_Throws");
        yield return new TestCaseData(new[] { 0.0, 0.0 }).SetName("Fixed_AllZero_Throws");
        yield return new TestCaseData(Array.Empty<double>()).SetName("Fixed_Empty_Throws");
    }

    [TestCaseSource(nameof(InvalidFixed))]
    public void Fixed_Invalid_Throws(double[] values)
    {
        Assert.Throws<ArgumentException>(() => new FixedWeighting(values));
    }

    [Test]
    public void Fixed_WrongCount_ThrowsWithBothCounts()
    {
        var ex = Assert.Throws<ArgumentException>(() => KnownWeightingMethods.Fixed(50, 50).ComputeWeights(SixCriteria));
        Assert.That(ex!.Message, Does.Contain("2").And.Contain("6"));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(6)]
    public void Equal_AnyCount_OneOverM(int m)
    {
        var matrix = new DecisionMatrix(Enumerable.Range(0, m).Select(_ => new[] { 1.0 }).ToArray());
        var result = KnownWeightingMethods.Equal.ComputeWeights(matrix);
        Assert.That(result.Weights, Has.Count.EqualTo(m).And.All.EqualTo(1.0 / m));
    }

    [TestCase(0.0)]
    [TestCase(0.3)]
    [TestCase(1.0)]
    public void Combination_Alpha_ConvexCombination(double alpha)
    {
        var columns = Reference.RandomColumns(3, 20, 6);
        var matrix = Reference.Matrix(columns);
        var fixedMethod = KnownWeightingMethods.Fixed(30, 20, 20, 10, 10, 10);
        var result = KnownWeightingMethods.Combination(fixedMethod, KnownWeightingMethods.Entropy, alpha).ComputeWeights(matrix);
        var entropy = Reference.Entropy(columns);
        double[] policy = [0.3, 0.2, 0.2, 0.1, 0.1, 0.1];
        var expected = Reference.Normalise(policy.Zip(entropy, (a, b) => (alpha * a) + ((1 - alpha) * b)).ToArray());
        Assert.Multiple(() =>
        {
            Reference.AssertClose(result.Weights, expected);
            Assert.That(result.Diagnostics["alpha"], Is.EqualTo(alpha));
            Assert.That(result.Diagnostics["first.input_sum"], Is.EqualTo(100));
            Assert.That(result.Diagnostics.ContainsKey("second.entropy[c1]"), Is.True);
            Assert.That(result.Notes, Has.Some.StartsWith("first (fixed)"));
        });
    }

    [TestCase(-0.1)]
    [TestCase(1.1)]
    [TestCase(double.NaN)]
    public void Combination_AlphaOutOfRange_Throws(double alpha)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CombinationWeighting(KnownWeightingMethods.Equal, KnownWeightingMethods.Entropy, alpha));
    }

    [Test]
    public void KnownWeightingMethods_TryGet_FindsEveryParameterlessName()
    {
        Assert.Multiple(() =>
        {
            foreach (var name in KnownWeightingMethods.ParameterlessNames)
            {
                Assert.That(KnownWeightingMethods.TryGet(name, out var method), Is.True, name);
                Assert.That(method!.Name, Is.EqualTo(name));
            }

            Assert.That(KnownWeightingMethods.TryGet("fixed", out var none), Is.False);
            Assert.That(none, Is.Null);
            Assert.That(KnownWeightingMethods.TryGet("Entropy", out _), Is.False);
        });
    }

    [Test]
    public void FromRows_PlainMatrix_EntropyWithoutProfile()
    {
        double[][] rows = [[12.5, 300, 3.1], [8.0, 120, 2.2], [20.1, 510, 4.8], [3.3, 90, 1.0]];
        var result = KnownWeightingMethods.Entropy.ComputeWeights(DecisionMatrix.FromRows(rows));
        Reference.AssertClose(result.Weights, Reference.Entropy(Enumerable.Range(0, 3).Select(j => rows.Select(r => r[j]).ToArray()).ToArray()));
    }

    [Test]
    public void Fixed_InputArrayChangedAfterConstruction_WeightsUnchanged()
    {
        double[] points = [60, 40];
        var method = new FixedWeighting(points);
        points[0] = 0;
        Assert.Multiple(() =>
        {
            Assert.That(method.Values, Is.EqualTo(new[] { 60.0, 40.0 }));
            Assert.That(method.Values, Is.Not.InstanceOf<double[]>());
            Assert.That(method.ComputeWeights(new DecisionMatrix([[1.0], [1.0]])).Weights, Is.EqualTo(new[] { 0.6, 0.4 }));
        });
    }
}
