using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Performance;

/// <summary>
/// The kernel of a data-weighted pool (issue 7, suite 3): entropy weights, weighted sum and competition rank on an
/// n × 6 matrix of non-negative scores, against a naive LINQ implementation of the same maths (the baseline).
/// Budget: 1M × 6 ≤ 60 ms and ≥ 10 × faster than the baseline.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KernelBenchmarks
{
    private const int Criteria = 6;
    private DecisionMatrix matrix = null!;
    private double[][] columns = [];
    private string[] ids = [];
    private double[] points = new double[Criteria];
    private double[] totals = [];
    private int[] ranks = [];

    /// <summary>The number of rows.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Random scores in [0, 2] with 3 decimals (so there are ties), fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251231);
        columns = new double[Criteria][];
        for (var j = 0; j < Criteria; j++)
        {
            columns[j] = new double[Firms];
            for (var i = 0; i < Firms; i++)
            {
                columns[j][i] = Math.Round(random.NextDouble() * 2, 3);
            }
        }

        matrix = new DecisionMatrix(columns);
        ids = new string[Firms];
        for (var i = 0; i < Firms; i++)
        {
            ids[i] = i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        }

        points = new double[Criteria];
        totals = new double[Firms];
        ranks = new int[Firms];
    }

    /// <summary>The naive implementation: LINQ over arrays, OrderByDescending for the ranks.</summary>
    [Benchmark(Baseline = true)]
    public int[] Naive() => NaiveKernels.EntropySumRank(columns);

    /// <summary>The library: <see cref="EntropyWeighting"/>, <see cref="WeightedSumAggregation"/>, <see cref="Ranking"/>.</summary>
    [Benchmark]
    public int[] Library()
    {
        var weights = KnownWeightingMethods.Entropy.ComputeWeights(matrix).Weights;
        for (var j = 0; j < Criteria; j++)
        {
            points[j] = 100 * weights[j];
        }

        KnownAggregationMethods.WeightedSum.Aggregate(matrix, points, totals);
        Ranking.Rank(totals, ids, TiePolicy.Competition, ranks);
        return ranks;
    }
}

/// <summary>Obviously-correct LINQ versions of the kernels, the baseline the fast ones are compared with.</summary>
public static class NaiveKernels
{
    /// <summary>Entropy weights × 100, weighted sum, competition ranks (1-2-2-4), descending.</summary>
    /// <param name="columns">The criteria, one array per column, all the same length, values ≥ 0.</param>
    public static int[] EntropySumRank(double[][] columns)
    {
        var n = columns[0].Length;
        var divergence = columns.Select(c =>
        {
            var sum = c.Sum();
            if (c.Min() == c.Max() || sum == 0)
            {
                return 0.0;
            }

            var e = -c.Select(x => x / sum).Where(p => p > 0).Sum(p => p * Math.Log(p)) / Math.Log(n);
            return Math.Max(0, 1 - e);
        }).ToArray();
        var total = divergence.Sum();
        var weights = total > 0 ? divergence.Select(d => 100 * d / total).ToArray() : divergence.Select(_ => 100.0 / columns.Length).ToArray();
        var totals = Enumerable.Range(0, n).Select(i => columns.Select((c, j) => weights[j] * c[i]).Sum()).ToArray();
        var order = Enumerable.Range(0, n).OrderByDescending(i => totals[i]).ToArray();
        var ranks = new int[n];
        for (var k = 0; k < n; k++)
        {
            ranks[order[k]] = k > 0 && totals[order[k]] == totals[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        }

        return ranks;
    }
}
