#:project ../../src/EnterpriseScoring/EnterpriseScoring.csproj
// Run from the repository root: dotnet run docs/samples/matrix.cs
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

// A plain numeric CSV: a header of criterion names, one row per alternative; an id column is optional.
// (DecisionMatrixCsvReader.Read("suppliers.csv", options) reads a file the same way.)
const string csv = """
    supplier,price,quality,delivery_days,capacity
    A,250,16,12,5
    B,200,16,8,3
    C,300,32,16,4
    D,275,32,8,4
    E,225,16,16,2
    """;
var options = new DecisionMatrixCsvOptions { IdColumn = "supplier", LowerIsBetter = new HashSet<string> { "price", "delivery_days" } };
var read = DecisionMatrixCsvReader.Read(new StringReader(csv), options);
var matrix = read.Matrix;

// 1. Objective weights from the data (entropy here; CRITIC, coefficient of variation and standard deviation alike).
var weights = KnownWeightingMethods.Entropy.ComputeWeights(matrix).Weights.ToArray();

// 2. Normalise every column in one call, each with its own direction (min-max here; z-score, vector, percentile rank alike).
var normalised = matrix.Normalise(KnownScoringMethods.MinMax);

// 3. Weighted sum and competition ranks (1-2-2-4): no ids needed.
var totals = new double[matrix.RowCount];
KnownAggregationMethods.WeightedSum.Aggregate(normalised, weights, totals);
var ranks = Ranking.Rank(totals);

// 4. TOPSIS on the vector-normalised matrix, same weights.
var closeness = new double[matrix.RowCount];
KnownAggregationMethods.Topsis.Aggregate(matrix.Normalise(KnownScoringMethods.Vector), weights, closeness);
var topsisRanks = Ranking.Rank(closeness);

Console.WriteLine("weights: " + string.Join("  ", matrix.Criteria.Select((c, j) => $"{c} {weights[j]:0.0000}")));
for (var i = 0; i < matrix.RowCount; i++)
{
    Console.WriteLine($"{read.Ids![i]}  sum {totals[i]:0.0000} rank {ranks[i]}   topsis {closeness[i]:0.0000} rank {topsisRanks[i]}");
}
