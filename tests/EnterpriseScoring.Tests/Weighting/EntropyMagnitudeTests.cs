using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Weighting;

/// <summary>
/// Entropy depends only on the shares p = x / Σx, so a column scaled by any power of two (exact) must give the same
/// divergence — also when the scaling makes its values subnormal or close to double.MaxValue.
/// </summary>
public class EntropyMagnitudeTests
{
    [TestCase(-1070)] // subnormal values (whole numbers ≤ 100 × 2^−1070 are exact)
    [TestCase(-200)]
    [TestCase(100)]
    [TestCase(1000)] // near double.MaxValue: the sums overflow
    public void Weights_DoNotChangeWhenAColumnIsScaledByAPowerOfTwo(int exponent)
    {
        var random = new Random(11);
        var a = Enumerable.Range(0, 997).Select(_ => (double)random.Next(0, 101)).ToArray();
        var b = Enumerable.Range(0, 997).Select(_ => Math.Round(random.NextDouble() * random.NextDouble() * 100, 2)).ToArray();
        var scaled = a.Select(v => Math.ScaleB(v, exponent)).ToArray();

        var plain = KnownWeightingMethods.Entropy.ComputeWeights(new DecisionMatrix([a, b])).Weights;
        var withScaled = KnownWeightingMethods.Entropy.ComputeWeights(new DecisionMatrix([scaled, b])).Weights;

        Assert.That(withScaled[0], Is.EqualTo(plain[0]).Within(1e-13), "subnormal/huge magnitudes lose no accuracy");
        Assert.That(withScaled[1], Is.EqualTo(plain[1]).Within(1e-13));
    }
}
