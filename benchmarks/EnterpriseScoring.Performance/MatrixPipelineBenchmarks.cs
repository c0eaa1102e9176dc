using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Performance;

/// <summary>
/// The generic MCDA path through the public matrix API (issue 14) on an n × 6 matrix of raw values: entropy weights on the
/// raw matrix, the min-max weighted sum (in one pass, and with the normalised matrix made first) and competition ranks
/// without ids; and TOPSIS on the vector-normalised matrix. <c>benchmarks/numpy_pipeline.py</c> is the same pipeline in vectorised numpy, to run in the same session.
/// </summary>
/// <remarks>Budgets (2 cores, median, 1M × 6): the pipeline ≤ 60 ms and ≥ 5 × faster than numpy; TOPSIS ≤ 80 ms.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class MatrixPipelineBenchmarks
{
    private const int Criteria = 6;
    private DecisionMatrix matrix = null!;
    private DecisionMatrix vectorNormalised = null!;
    private double[] totals = [];
    private int[] ranks = [];

    /// <summary>The number of rows.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Raw values: uniform in [0, 1000) with 3 decimals (so there are ties), the sixth column a cost; fixed seed.
    /// The matrix is a view over these arrays (no copy).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251231);
        var columns = new double[Criteria][];
        for (var j = 0; j < Criteria; j++)
        {
            columns[j] = new double[Firms];
            for (var i = 0; i < Firms; i++)
            {
                columns[j][i] = Math.Round(random.NextDouble() * 1000, 3);
            }
        }

        Direction[] directions = [.. Enumerable.Repeat(Direction.HigherIsBetter, Criteria - 1), Direction.LowerIsBetter];
        matrix = DecisionMatrix.View(columns, null, directions);
        vectorNormalised = matrix.Normalise(KnownScoringMethods.Vector);
        totals = new double[Firms];
        ranks = new int[Firms];
    }

    /// <summary>Entropy weights + min-max weighted sum + competition rank: three public calls, the weighted sum of the raw
    /// matrix's min-max scores in one pass (<see cref="WeightedSumAggregation.ScoreAndAggregate"/>, no normalised matrix).</summary>
    [Benchmark]
    public int[] EntropyMinMaxSumRank()
    {
        var weights = KnownWeightingMethods.Entropy.ComputeWeights(matrix).Weights;
        KnownAggregationMethods.WeightedSum.ScoreAndAggregate(matrix, KnownScoringMethods.MinMax, [.. weights], totals);
        Ranking.Rank(totals, TiePolicy.Competition, ranks);
        return ranks;
    }

    /// <summary>The same pipeline with the normalised matrix made first (<c>matrix.Normalise</c>, 48 MB at 1M × 6) and then
    /// added up: four public calls, as numpy does it; the same totals bit for bit.</summary>
    [Benchmark]
    public int[] EntropyMinMaxNormaliseSumRank()
    {
        var weights = KnownWeightingMethods.Entropy.ComputeWeights(matrix).Weights;
        var normalised = matrix.Normalise(KnownScoringMethods.MinMax);
        KnownAggregationMethods.WeightedSum.Aggregate(normalised, [.. weights], totals);
        Ranking.Rank(totals, TiePolicy.Competition, ranks);
        return ranks;
    }

    /// <summary>TOPSIS closeness (equal weights) of the vector-normalised matrix.</summary>
    [Benchmark]
    public double[] Topsis()
    {
        KnownAggregationMethods.Topsis.Aggregate(vectorNormalised, [1, 1, 1, 1, 1, 1], totals);
        return totals;
    }
}
