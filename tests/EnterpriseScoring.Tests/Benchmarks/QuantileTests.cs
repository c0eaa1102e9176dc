using EnterpriseScoring.Tests.Scoring;
using MathNet.Numerics.Statistics;

namespace EnterpriseScoring.Tests.Benchmarks;

/// <summary>Our <c>Internal/Quantile</c> against MathNet's implementations of the same definitions.</summary>
public class QuantileTests
{
    private static readonly double[] Probabilities = [0, 0.01, 0.05, 0.1, 0.25, 0.3, 1.0 / 3, 0.5, 0.7, 0.75, 0.8, 0.9, 0.95, 0.99, 1];

    [Test]
    public void R7_RandomData_MatchesMathNetExcel()
    {
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 40; seed++)
            {
                var sorted = ScoringTestData.Pool(seed, 1 + (seed * 3 % 57), -100, 1000);
                Array.Sort(sorted);
                var random = new Random(seed);
                foreach (var p in Probabilities.Append(random.NextDouble()))
                {
                    var expected = SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.Excel);
                    var r7 = SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7);
                    var actual = Quantile.R7(sorted, p);
                    Assert.That(actual, Is.EqualTo(expected).Within(1e-12 * Math.Max(1, Math.Abs(expected))), $"n = {sorted.Length}, p = {p}");
                    Assert.That(actual, Is.EqualTo(r7).Within(1e-12 * Math.Max(1, Math.Abs(expected))), $"n = {sorted.Length}, p = {p}");
                }
            }
        });
    }

    [Test]
    public void R6_RandomData_MatchesMathNet()
    {
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 40; seed++)
            {
                var sorted = ScoringTestData.Pool(seed, 1 + (seed * 3 % 57), -100, 1000);
                Array.Sort(sorted);
                var random = new Random(seed);
                foreach (var p in Probabilities.Append(random.NextDouble()))
                {
                    var expected = SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R6);
                    Assert.That(Quantile.R6(sorted, p), Is.EqualTo(expected).Within(1e-12 * Math.Max(1, Math.Abs(expected))), $"n = {sorted.Length}, p = {p}");
                }
            }
        });
    }

    public static IEnumerable<TestCaseData> ExcelTable()
    {
        // Excel PERCENTILE.INC({1,2,3,4}, p)
        double[] data = [1, 2, 3, 4];
        yield return new TestCaseData(data, 0.0, 1.0);
        yield return new TestCaseData(data, 0.25, 1.75);
        yield return new TestCaseData(data, 0.5, 2.5);
        yield return new TestCaseData(data, 0.75, 3.25);
        yield return new TestCaseData(data, 1.0, 4.0);
        yield return new TestCaseData(new double[] { 7 }, 0.3, 7.0);
        yield return new TestCaseData(new double[] { 15, 20, 35, 40, 50 }, 0.4, 29.0);
    }

    [TestCaseSource(nameof(ExcelTable))]
    public void R7_ExcelTable(double[] sorted, double p, double expected)
    {
        Assert.That(Quantile.R7(sorted, p), Is.EqualTo(expected).Within(1e-12));
    }
}
