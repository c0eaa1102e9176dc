using System.Runtime.Intrinsics;

namespace EnterpriseScoring.Tests.Weighting;

/// <summary>The entropy kernel's 8-lane logarithm against <see cref="Math.Log(double)"/>.</summary>
public class VectorLogTests
{
    private static IEnumerable<double> Values()
    {
        var random = new Random(20251231);
        for (var i = 0; i < 40_000; i++)
        {
            // Every binade from the subnormals to the largest doubles, uniform mantissas.
            yield return Math.ScaleB(1 + random.NextDouble(), random.Next(-1074, 1024));
        }

        for (var i = 0; i < 4_000; i++)
        {
            yield return 1 + ((random.NextDouble() - 0.5) * 1e-6); // near 1, where ln x is tiny
            yield return Math.Sqrt(2) * (1 + ((random.NextDouble() - 0.5) * 1e-12)); // around the reduction's boundary
            yield return Math.Round(random.NextDouble() * 2, 3) + 0.001; // the benchmark's values
        }

        foreach (var v in new[] { double.Epsilon, 2.2250738585072014e-308, 2.2250738585072009e-308, 0.5, 1, 2, Math.E, double.MaxValue })
        {
            yield return v;
        }
    }

    [Test]
    public void Log_PositiveFiniteValues_WithinOneUlpOfMathLog()
    {
        var values = Values().ToArray();
        var worst = 0.0;
        for (var i = 0; i + 8 <= values.Length; i += 8)
        {
            var logs = ColumnKernels.Log(Vector512.Create(values.AsSpan(i, 8)));
            for (var k = 0; k < 8; k++)
            {
                var expected = Math.Log(values[i + k]);
                var ulp = Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected);
                worst = Math.Max(worst, Math.Abs(logs[k] - expected) / (expected == 0 ? double.Epsilon : ulp));
                Assert.That(Math.Abs(logs[k] - expected), Is.LessThanOrEqualTo(expected == 0 ? 0 : ulp), $"ln {values[i + k]:R}");
            }
        }

        TestContext.Out.WriteLine($"largest error {worst:F2} ulp");
    }
}
