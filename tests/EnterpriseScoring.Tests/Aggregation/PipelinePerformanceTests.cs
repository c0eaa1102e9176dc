using System.Diagnostics;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Aggregation;

/// <summary>City-scale timing of entropy weights + weighted sum + rank (1M firms × 6 indicators). Explicit: timings on
/// shared CI machines are noisy; run with <c>--filter FullyQualifiedName~PipelinePerformance</c> in Release.</summary>
[Explicit("Timing; run by hand in Release.")]
public class PipelinePerformanceTests
{
    [Test]
    public void EntropySumRank_MillionBySix_ReportsTiming()
    {
        const int n = 1_000_000;
        const int m = 6;
        var random = new Random(1);
        var columns = Enumerable.Range(0, m).Select(_ => Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 2, 3)).ToArray()).ToArray();
        var ids = Enumerable.Range(0, n).Select(i => i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var matrix = new DecisionMatrix(columns);
        var totals = new double[n];
        var ranks = new int[n];
        var points = new double[m];

        void RunOnce()
        {
            var weights = KnownWeightingMethods.Entropy.ComputeWeights(matrix).Weights;
            for (var j = 0; j < m; j++)
            {
                points[j] = 100 * weights[j];
            }

            KnownAggregationMethods.WeightedSum.Aggregate(matrix, points, totals);
            Ranking.Rank(totals, ids, TiePolicy.Competition, ranks);
        }

        RunOnce(); // warm-up (JIT, array pool)
        var best = double.MaxValue;
        var phases = new double[3];
        var cpu = new double[] { double.MaxValue, double.MaxValue, double.MaxValue };
        using var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalMilliseconds;
        }

        for (var run = 0; run < 10; run++)
        {
            var c0 = Cpu();
            var w0 = KnownWeightingMethods.Entropy.ComputeWeights(matrix);
            var c1 = Cpu();
            KnownAggregationMethods.WeightedSum.Aggregate(matrix, points, totals);
            var c2 = Cpu();
            Ranking.Rank(totals, ids, TiePolicy.Competition, ranks);
            var c3 = Cpu();
            cpu = [Math.Min(cpu[0], c1 - c0), Math.Min(cpu[1], c2 - c1), Math.Min(cpu[2], c3 - c2)];
            var sw = Stopwatch.StartNew();
            var weights = KnownWeightingMethods.Entropy.ComputeWeights(matrix).Weights;
            var t1 = sw.Elapsed.TotalMilliseconds;
            for (var j = 0; j < m; j++)
            {
                points[j] = 100 * weights[j];
            }

            KnownAggregationMethods.WeightedSum.Aggregate(matrix, points, totals);
            var t2 = sw.Elapsed.TotalMilliseconds;
            Ranking.Rank(totals, ids, TiePolicy.Competition, ranks);
            var t3 = sw.Elapsed.TotalMilliseconds;
            if (t3 < best)
            {
                best = t3;
                phases = [t1, t2 - t1, t3 - t2];
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        Ranking.Rank(totals, ids, TiePolicy.Competition, ranks);
        KnownAggregationMethods.WeightedSum.Aggregate(matrix, points, totals);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        TestContext.Out.WriteLine($"rank + weighted sum allocated {allocated} bytes");
        TestContext.Out.WriteLine($"process CPU time (min of 10): entropy {cpu[0]:F1} ms (all threads), weighted sum {cpu[1]:F1}, rank {cpu[2]:F1}");
        TestContext.Out.WriteLine($"best total {best:F1} ms: entropy {phases[0]:F1}, weighted sum {phases[1]:F1}, rank {phases[2]:F1}");
        Assert.That(ranks.Min(), Is.EqualTo(1));
    }
}
