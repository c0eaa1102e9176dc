using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Tests.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Matrix;

/// <summary>The direct matrix API: views without copies, one-call normalisation, ranks without ids, numeric CSV.</summary>
public class DecisionMatrixApiTests
{
    private static double[][] Columns(int n, int m, int seed) =>
        Enumerable.Range(0, m).Select(j => ScoringTestData.Pool(seed + j, n, 0, 100)).ToArray();

    [Test]
    public void View_ReadsTheCallersArrays_WithoutCopying()
    {
        var columns = Columns(5, 2, 1);
        var view = DecisionMatrix.View(columns, ["a", "b"], [Direction.HigherIsBetter, Direction.LowerIsBetter]);
        columns[1][3] = 42;
        Assert.Multiple(() =>
        {
            Assert.That(view[3, 1], Is.EqualTo(42));
            Assert.That(view.Criteria, Is.EqualTo(new[] { "a", "b" }));
            Assert.That(view.Directions[1], Is.EqualTo(Direction.LowerIsBetter));
            Assert.That(new DecisionMatrix(columns)[3, 1], Is.EqualTo(42));
        });
    }

    [Test]
    public void View_BadInput_FailsLikeTheConstructor()
    {
        Assert.That(() => DecisionMatrix.View([[1, double.NaN]]), Throws.ArgumentException);
        Assert.That(() => DecisionMatrix.View([[1, 2], [1]]), Throws.ArgumentException.With.Message.Contains("Column 1 has 1 rows"));
        Assert.That(() => DecisionMatrix.View([[1], [2]], ["only one"]), Throws.ArgumentException.With.Message.Contains("criterion names"));
        Assert.That(() => DecisionMatrix.View([[1]], null, [Direction.HigherIsBetter, Direction.LowerIsBetter]), Throws.ArgumentException.With.Message.Contains("directions"));
    }

    public static IEnumerable<IScoringMethod> Methods() =>
    [
        KnownScoringMethods.MinMax, KnownScoringMethods.MinMaxAnhui, KnownScoringMethods.ZScore, KnownScoringMethods.Vector,
        KnownScoringMethods.PercentileRank, KnownScoringMethods.Rank,
    ];

    [TestCaseSource(nameof(Methods))]
    public void Normalise_EachColumnFittedWithItsDirection_SameBitsAsFittingByHand(IScoringMethod method)
    {
        var columns = Columns(700, 3, 5);
        Direction[] directions = [Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.HigherIsBetter];
        var matrix = DecisionMatrix.View(columns, null, directions);
        var normalised = matrix.Normalise(method);
        Assert.That(normalised.Directions, Is.EqualTo(directions));
        for (var j = 0; j < 3; j++)
        {
            var expected = new double[700];
            method.NormaliseAll(columns[j], new ScoringFit(columns[j], double.NaN, directions[j]), expected);
            Assert.That(ScoringTestData.FirstBitDifference(normalised.Column(j), expected), Is.EqualTo(-1), $"column {j}");
        }

        Assert.That(columns[0], Is.EqualTo(Columns(700, 3, 5)[0]), "the input is not changed");
    }

    [TestCaseSource(nameof(Methods))]
    public void NormaliseInto_WritesTheCallersArrays_SameBitsAsNormalise_AndReusesThem(IScoringMethod method)
    {
        var columns = Columns(700, 3, 5);
        Direction[] directions = [Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.HigherIsBetter];
        var matrix = DecisionMatrix.View(columns, null, directions);
        double[][] destination = [new double[700], new double[700], new double[700]];

        var into = matrix.NormaliseInto(method, destination);
        var fresh = matrix.Normalise(method);

        for (var j = 0; j < 3; j++)
        {
            Assert.That(ScoringTestData.FirstBitDifference(destination[j], fresh.Column(j)), Is.EqualTo(-1), $"column {j}");
            Assert.That(ScoringTestData.FirstBitDifference(into.Column(j), fresh.Column(j)), Is.EqualTo(-1), $"view of column {j}");
        }

        // A second matrix of the same shape into the same arrays: the view shows the new values, nothing allocated per column.
        var other = DecisionMatrix.View(Columns(700, 3, 6), null, directions);
        var again = other.NormaliseInto(method, destination);
        Assert.That(ScoringTestData.FirstBitDifference(again.Column(2), other.Normalise(method).Column(2)), Is.EqualTo(-1));
        Assert.That(into.Column(0)[0], Is.EqualTo(destination[0][0]), "the first view changed with the arrays it views");
    }

    [Test]
    public void NormaliseInto_RefusesArraysThatWouldLoseValues_ListingEveryProblem()
    {
        var columns = Columns(10, 3, 1);
        var matrix = DecisionMatrix.View(columns);
        var shared = new double[10];
        var ex = Assert.Throws<ArgumentException>(() => matrix.NormaliseInto(KnownScoringMethods.MinMax, [new double[9], columns[1], shared]));
        Assert.That(ex!.Message, Does.Contain("destination[0]").And.Contain("9 values").And.Contain("destination[1]").And.Contain("overwrite"));
        var twice = Assert.Throws<ArgumentException>(() => matrix.NormaliseInto(KnownScoringMethods.MinMax, [shared, new double[10], shared]));
        Assert.That(twice!.Message, Does.Contain("destination[2]").And.Contain("same array"));
        Assert.That(() => matrix.NormaliseInto(KnownScoringMethods.MinMax, [new double[10]]), Throws.ArgumentException.With.Message.Contains("1 destination arrays for 3 columns"));
        Assert.That(columns[1], Is.EqualTo(Columns(10, 3, 1)[1]), "nothing was written");
    }

    [Test]
    public void Normalise_BenchmarkMethod_NeedsOneBenchmarkPerColumn()
    {
        var matrix = DecisionMatrix.View([[5, 10, 20], [1, 2, 3]]);
        var ratio = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2);
        Assert.That(() => matrix.Normalise(ratio), Throws.ArgumentException.With.Message.Contains("benchmark"));
        Assert.That(() => matrix.Normalise(ratio, [10]), Throws.ArgumentException.With.Message.Contains("2 columns"));
        var normalised = matrix.Normalise(ratio, [10, 2]);
        Assert.That(new[] { normalised[0, 0], normalised[2, 0], normalised[0, 1], normalised[2, 1] }, Is.EqualTo(new[] { 0.5, 1.2, 0.5, 1.2 }));
    }

    [Test]
    public void Normalise_MillionRows_SameAsSmallerPiecesAndThreadIndependent()
    {
        var columns = Columns(200_000, 6, 9);
        var normalised = DecisionMatrix.View(columns).Normalise(KnownScoringMethods.MinMax);
        for (var j = 0; j < 6; j++)
        {
            var expected = new double[columns[j].Length];
            KnownScoringMethods.MinMax.NormaliseAll(columns[j], new ScoringFit(columns[j], double.NaN, Direction.HigherIsBetter), expected);
            Assert.That(ScoringTestData.FirstBitDifference(normalised.Column(j), expected), Is.EqualTo(-1));
        }
    }

    [Test]
    public void FromMeasures_ViewsTheTablesColumns_AndRefusesMissingValues()
    {
        var table = FirmCsvReader.Read(TestPaths.Seeds("data", "hand-checkable.csv")).Table;
        var matrix = DecisionMatrix.FromMeasures(table, [KnownMeasures.Tax, KnownMeasures.Employees]);
        Assert.That(matrix.RowCount, Is.EqualTo(table.Count));
        Assert.That(matrix.Criteria, Is.EqualTo(new[] { KnownMeasures.Tax.Id, KnownMeasures.Employees.Id }));
        Assert.That(matrix.Column(1).ToArray(), Is.EqualTo(table.GetMeasure(KnownMeasures.Employees).Values.ToArray()));
        Assert.That(() => DecisionMatrix.FromMeasures(table, [KnownMeasures.ValueAdded]), Throws.ArgumentException.With.Message.Contains("'value_added' is missing for 1 firm(s)"));

        var builder = new FirmTableBuilder([KnownMeasures.Tax]);
        builder.Add(new Firm { Id = "a", Measures = new Dictionary<string, double> { [KnownMeasures.Tax.Id] = 1 } });
        builder.Add(new Firm { Id = "b" });
        Assert.That(() => DecisionMatrix.FromMeasures(builder.Build(), [KnownMeasures.Tax]), Throws.ArgumentException.With.Message.Contains("'b'"));
    }

    [TestCase(TiePolicy.Competition)]
    [TestCase(TiePolicy.Dense)]
    public void Rank_WithoutIds_SameAsWithIds(TiePolicy policy)
    {
        var totals = ScoringTestData.Pool(3, 5000, 0, 50).Select(v => Math.Round(v)).ToArray();
        var ids = Enumerable.Range(0, totals.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.That(Ranking.Rank(totals, policy), Is.EqualTo(Ranking.Rank(totals, ids, policy)));
        Assert.That(Ranking.Rank([3, 5, 5, 1], policy), Is.EqualTo(policy == TiePolicy.Competition ? new[] { 3, 1, 1, 4 } : new[] { 2, 1, 1, 3 }));
    }

    [Test]
    public void Rank_WithoutIds_OrdinalByIdAndNonFinite_Throw()
    {
        Assert.That(() => Ranking.Rank([1, 2], TiePolicy.OrdinalById), Throws.ArgumentException.With.Message.Contains("ids"));
        Assert.That(() => Ranking.Rank([1, double.NaN]), Throws.ArgumentException.With.Message.Contains("Total 1 is NaN"));
    }

    [Test]
    public void Pipeline_EntropyMinMaxSumRank_ThroughTheMatrixApi()
    {
        var matrix = DecisionMatrix.FromRows([[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 32, 8, 4], [225, 16, 16, 2]], [Direction.LowerIsBetter, Direction.HigherIsBetter, Direction.HigherIsBetter, Direction.HigherIsBetter]);
        var weights = KnownWeightingMethods.Entropy.ComputeWeights(matrix).Weights;
        var normalised = matrix.Normalise(KnownScoringMethods.MinMax);
        var totals = new double[matrix.RowCount];
        KnownAggregationMethods.WeightedSum.Aggregate(normalised, [.. weights], totals);
        var expected = new double[5];
        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                var column = matrix.Column(j).ToArray();
                var (min, max) = (column.Min(), column.Max());
                var t = matrix.Directions[j] == Direction.LowerIsBetter ? (max - column[i]) / (max - min) : (column[i] - min) / (max - min);
                expected[i] += weights[j] * t;
            }
        }

        Assert.That(totals, Is.EqualTo(expected).Within(1e-12));
        Assert.That(Ranking.Rank(totals), Is.EqualTo(Ranking.Rank(expected)));
    }

    [Test]
    public void ReadCsv_HeaderIdsDirectionsAndQuotes()
    {
        const string csv = "\uFEFFfirm,\"cost, yuan\",quality\n\nA, 10 ,1.5e1\nB,20,\"7\"\n";
        var read = DecisionMatrixCsvReader.Read(new StringReader(csv), new DecisionMatrixCsvOptions { IdColumn = "firm", LowerIsBetter = new HashSet<string> { "cost, yuan" } });
        Assert.Multiple(() =>
        {
            Assert.That(read.Ids, Is.EqualTo(new[] { "A", "B" }));
            Assert.That(read.Matrix.Criteria, Is.EqualTo(new[] { "cost, yuan", "quality" }));
            Assert.That(read.Matrix.Directions, Is.EqualTo(new[] { Direction.LowerIsBetter, Direction.HigherIsBetter }));
            Assert.That(read.Matrix.Column(0).ToArray(), Is.EqualTo(new[] { 10.0, 20 }));
            Assert.That(read.Matrix.Column(1).ToArray(), Is.EqualTo(new[] { 15.0, 7 }));
        });
    }

    [TestCase("a,b\n1,2\n3\n", "Line 3 has 1 fields")]
    [TestCase("a,b\n1,\n", "Line 2, column 'b': is empty")]
    [TestCase("a,b\n1,x\n", "'x' is not a finite number")]
    [TestCase("a,b\n1,NaN\n", "'NaN' is not a finite number")]
    [TestCase("a,b\n1,1e999\n", "not a finite number")]
    [TestCase("a,a\n1,2\n", "appears twice")]
    [TestCase("a,\n1,2\n", "empty name")]
    [TestCase("", "empty")]
    [TestCase("a,b\n\"1,2\n", "not closed")]
    public void ReadCsv_NotANumericTable_FailsNamingLineAndColumn(string csv, string message) =>
        Assert.That(() => DecisionMatrixCsvReader.Read(new StringReader(csv)), Throws.TypeOf<FirmDataException>().With.Message.Contains(message));

    [Test]
    public void ReadCsv_UnknownLowerIsBetterName_Throws() =>
        Assert.That(
            () => DecisionMatrixCsvReader.Read(new StringReader("a,b\n1,2\n"), new DecisionMatrixCsvOptions { LowerIsBetter = new HashSet<string> { "c" } }),
            Throws.TypeOf<FirmDataException>().With.Message.Contains("'c'"));

    [Test]
    public void WeightingResult_ToString_ShowsMethodWeightsAndNotes()
    {
        Assert.That(new WeightingResult("entropy", [0.25, 0.5, 0.25]).ToString(), Is.EqualTo("entropy: 0.25, 0.5, 0.25"));
        Assert.That(new WeightingResult("ahp", [1.0], null, ["CR 0.14 > 0.1"]).ToString(), Is.EqualTo("ahp: 1\n  note: CR 0.14 > 0.1"));
    }
}
