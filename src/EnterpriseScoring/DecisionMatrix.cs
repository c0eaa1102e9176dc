using EnterpriseScoring.Scoring;

namespace EnterpriseScoring;

/// <summary>
/// A finite n × m matrix of alternatives (firms, rows) by criteria (indicators, columns), stored column-major:
/// the input of objective weighting methods and aggregation.
/// </summary>
/// <remarks>
/// <para>The constructor copies its input and rejects NaN and ∞; the matrix is then immutable and thread-safe.
/// <see cref="View"/> and <see cref="FromMeasures"/> check the values but do not copy them: the matrix reads the caller's
/// arrays (or the <see cref="FirmTable"/>'s columns), which must then not be changed while it is used.</para>
/// <para>The generic MCDA pipeline in four calls: <c>var w = KnownWeightingMethods.Entropy.ComputeWeights(m).Weights;
/// var n = m.Normalise(KnownScoringMethods.MinMax); KnownAggregationMethods.WeightedSum.Aggregate(n, w, totals);
/// var ranks = Ranking.Rank(totals);</c> (docs/matrix.md).</para>
/// </remarks>
public sealed class DecisionMatrix
{
    private readonly double[][] columns;
    private readonly string[] criteria;
    private readonly Direction[] directions;

    /// <summary>Creates a matrix from its columns.</summary>
    /// <param name="columns">One array per criterion, all of the same length n ≥ 0.</param>
    /// <param name="criteria">Criterion names (defaults to c1…cm).</param>
    /// <param name="directions">Criterion directions (defaults to all <see cref="Direction.HigherIsBetter"/>).</param>
    /// <exception cref="ArgumentException">Columns differ in length, a value is not finite, or names/directions do not match the column count.</exception>
    public DecisionMatrix(IReadOnlyList<double[]> columns, IReadOnlyList<string>? criteria = null, IReadOnlyList<Direction>? directions = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var m = columns.Count;
        var n = m == 0 ? 0 : columns[0]?.Length ?? 0;
        this.columns = new double[m][];
        for (var j = 0; j < m; j++)
        {
            this.columns[j] = (double[])CheckColumn(columns[j], j, n).Clone();
        }

        this.criteria = NamesOf(criteria, m);
        Criteria = ValueList<string>.Own(this.criteria);
        this.directions = DirectionsOf(directions, m);
        Directions = ValueList<Direction>.Own(this.directions);
        RowCount = n;
    }

    private DecisionMatrix(double[][] columns, string[] criteria, Direction[] directions, int rowCount)
    {
        this.columns = columns;
        this.criteria = criteria;
        Criteria = ValueList<string>.Own(this.criteria);
        this.directions = directions;
        Directions = ValueList<Direction>.Own(this.directions);
        RowCount = rowCount;
    }

    /// <summary>
    /// A matrix over the caller's column arrays, without copying them: the values are checked (finite, equal lengths) once,
    /// and the caller must not change the arrays while the matrix is in use (it is then as immutable as they are).
    /// </summary>
    /// <param name="columns">One array per criterion, all of the same length n ≥ 0.</param>
    /// <param name="criteria">Criterion names (defaults to c1…cm).</param>
    /// <param name="directions">Criterion directions (defaults to all <see cref="Direction.HigherIsBetter"/>).</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentException">Columns differ in length, a value is not finite, or names/directions do not match the column count.</exception>
    public static DecisionMatrix View(IReadOnlyList<double[]> columns, IReadOnlyList<string>? criteria = null, IReadOnlyList<Direction>? directions = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var m = columns.Count;
        var n = m == 0 ? 0 : columns[0]?.Length ?? 0;
        var own = new double[m][];
        for (var j = 0; j < m; j++)
        {
            own[j] = CheckColumn(columns[j], j, n);
        }

        return new DecisionMatrix(own, NamesOf(criteria, m), DirectionsOf(directions, m), n);
    }

    /// <summary>
    /// A matrix over measure columns of a <see cref="FirmTable"/> (one criterion per measure, named by its id), without
    /// copying them. Every row must have every measure: a missing value is an error naming the firm, never a silent 0.
    /// </summary>
    /// <param name="table">The firms (rows).</param>
    /// <param name="measures">The measures (criteria).</param>
    /// <param name="directions">Criterion directions (defaults to all <see cref="Direction.HigherIsBetter"/>).</param>
    /// <returns>The view.</returns>
    /// <exception cref="MissingMeasuresException">The table has no column for one of the measures.</exception>
    /// <exception cref="ArgumentException">A firm has no value for a measure, or directions do not match the measure count.</exception>
    public static DecisionMatrix FromMeasures(FirmTable table, IReadOnlyList<Measure> measures, IReadOnlyList<Direction>? directions = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(measures);
        var m = measures.Count;
        var own = new double[m][];
        var names = new string[m];
        for (var j = 0; j < m; j++)
        {
            ArgumentNullException.ThrowIfNull(measures[j], nameof(measures));
            var column = table.GetMeasure(measures[j]);
            if (column.MissingCount > 0)
            {
                var row = 0;
                while (column.Presence[row])
                {
                    row++;
                }

                throw new ArgumentException(
                    $"Measure '{measures[j].Id}' is missing for {column.MissingCount} firm(s), the first '{table.Ids[row]}' (row {row}); a decision matrix needs every value.",
                    nameof(measures));
            }

            own[j] = column.ValueArray;
            names[j] = measures[j].Id;
        }

        return new DecisionMatrix(own, names, DirectionsOf(directions, m), table.Count);
    }

    /// <summary>
    /// Normalises every column with <paramref name="method"/> in one call: each column is fitted on its own values (with its
    /// direction and benchmark) and scored, e.g. <c>matrix.Normalise(KnownScoringMethods.MinMax)</c>. The result is a new
    /// matrix with the same criteria and directions; this one is not changed.
    /// </summary>
    /// <param name="method">The scoring method, e.g. <see cref="KnownScoringMethods.MinMax"/> or <see cref="KnownScoringMethods.Vector"/>.</param>
    /// <param name="benchmarks">One benchmark B per column, for methods that need one (<see cref="IScoringMethod.RequiresBenchmark"/>);
    /// otherwise omit it.</param>
    /// <returns>The normalised matrix (values in points per unit of weight, e.g. [0, 1] for min-max).</returns>
    /// <exception cref="ArgumentException">The method needs benchmarks and none (or not one per column) were given; the
    /// method gave a value that is not finite.</exception>
    public DecisionMatrix Normalise(IScoringMethod method, IReadOnlyList<double>? benchmarks = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        CheckBenchmarks(method, benchmarks);
        var output = new double[columns.Length][];
        NormaliseColumns(method, benchmarks, output, j => GC.AllocateUninitializedArray<double>(RowCount));
        return new DecisionMatrix(output, criteria, directions, RowCount);
    }

    /// <summary>
    /// As <see cref="Normalise(IScoringMethod, IReadOnlyList{double}?)"/>, into arrays the caller owns — one per column, each
    /// <see cref="RowCount"/> long — so that a loop normalising matrices of the same shape again and again (variants,
    /// bootstrap samples) allocates nothing: the 1M × 6 pipeline's 48 MB are the normalised matrix.
    /// </summary>
    /// <param name="method">The scoring method.</param>
    /// <param name="destination">One array per column; none may be a column of this matrix or appear twice (the values being
    /// normalised would be overwritten).</param>
    /// <param name="benchmarks">One benchmark per column, for methods that need one.</param>
    /// <returns>A matrix viewing <paramref name="destination"/> (not a copy): it changes when those arrays do.</returns>
    /// <exception cref="ArgumentException">As <see cref="Normalise(IScoringMethod, IReadOnlyList{double}?)"/>, or
    /// <paramref name="destination"/> has not one array per column, an array's length is not <see cref="RowCount"/>, an array
    /// is a column of this matrix or appears twice.</exception>
    public DecisionMatrix NormaliseInto(IScoringMethod method, double[][] destination, IReadOnlyList<double>? benchmarks = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(destination);
        CheckBenchmarks(method, benchmarks);
        var m = columns.Length;
        var problems = new List<string>();
        if (destination.Length != m)
        {
            problems.Add($"got {destination.Length} destination arrays for {m} columns");
        }
        else
        {
            var seen = new HashSet<double[]>(ReferenceEqualityComparer.Instance);
            for (var j = 0; j < m; j++)
            {
                var target = destination[j];
                if (target is null || target.Length != RowCount)
                {
                    problems.Add($"destination[{j}] ({criteria[j]}) holds {target?.Length ?? 0} values, not one per row ({RowCount})");
                }
                else if (Array.IndexOf(columns, target) >= 0)
                {
                    problems.Add($"destination[{j}] ({criteria[j]}) is a column of this matrix: normalising into it would overwrite the values being normalised");
                }
                else if (!seen.Add(target))
                {
                    problems.Add($"destination[{j}] ({criteria[j]}) is the same array as another column's");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Cannot normalise into these arrays: " + string.Join("; ", problems) + ".", nameof(destination));
        }

        var output = new double[m][];
        NormaliseColumns(method, benchmarks, output, j => destination[j]);
        return new DecisionMatrix(output, criteria, directions, RowCount);
    }

    private void CheckBenchmarks(IScoringMethod method, IReadOnlyList<double>? benchmarks)
    {
        if (benchmarks is not null && benchmarks.Count != columns.Length)
        {
            throw new ArgumentException($"Got {benchmarks.Count} benchmarks for {columns.Length} columns.", nameof(benchmarks));
        }

        if (method.RequiresBenchmark && benchmarks is null)
        {
            throw new ArgumentException($"Scoring method '{method.Name}' needs a benchmark per column: pass benchmarks.", nameof(benchmarks));
        }
    }

    /// <summary>Fits and normalises every column into <c>output[j] = target(j)</c> (in parallel for large matrices).</summary>
    private void NormaliseColumns(IScoringMethod method, IReadOnlyList<double>? benchmarks, double[][] output, Func<int, double[]> target)
    {
        var m = columns.Length;
        var trusted = IsBuiltIn(method);
        Parallelism.For(m, (long)RowCount * m >= ColumnKernels.ParallelThreshold ? -1 : 1, (long)RowCount * m, j =>
        {
            var column = columns[j];
            var fit = FitColumn(method, benchmarks, j);
            var values = target(j);
            method.NormaliseAll(column, fit, values);
            if (!trusted)
            {
                Preconditions.CheckAllFinite(values, $"{method.Name}({criteria[j]})");
            }

            output[j] = values;
        });
    }

    /// <summary>Fits every column with <paramref name="method"/> (in parallel for large matrices), after the same checks as
    /// <see cref="Normalise(IScoringMethod, IReadOnlyList{double}?)"/>: what a caller normalising block by block needs.</summary>
    internal ScoringFit[] FitColumns(IScoringMethod method, IReadOnlyList<double>? benchmarks)
    {
        ArgumentNullException.ThrowIfNull(method);
        CheckBenchmarks(method, benchmarks);
        var m = columns.Length;
        var fits = new ScoringFit[m];
        Parallelism.For(m, (long)RowCount * m >= ColumnKernels.ParallelThreshold ? -1 : 1, (long)RowCount * m, j => fits[j] = FitColumn(method, benchmarks, j));
        return fits;
    }

    /// <summary>Whether <paramref name="method"/> is one of this library's (whose normalised values are finite for finite
    /// input by construction, so they need no check).</summary>
    internal static bool IsBuiltIn(IScoringMethod method) => method.GetType().Assembly == typeof(DecisionMatrix).Assembly;

    private ScoringFit FitColumn(IScoringMethod method, IReadOnlyList<double>? benchmarks, int j) =>
        method.Fit(method.FitReadsValues ? columns[j] : [], benchmarks?[j] ?? double.NaN, directions[j]);

    /// <summary>Wraps arrays the caller owns and guarantees finite, without copying (engine hot path).</summary>
    internal static DecisionMatrix Wrap(double[][] columns, string[] criteria, Direction[] directions, int rowCount) =>
        new(columns, criteria, directions, rowCount);

    /// <summary>Creates a matrix from rows (alternatives), e.g. a textbook table.</summary>
    /// <param name="rows">The rows; all of the same length m.</param>
    /// <param name="directions">Criterion directions (defaults to all higher-is-better).</param>
    public static DecisionMatrix FromRows(double[][] rows, IReadOnlyList<Direction>? directions = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var m = rows.Length == 0 ? 0 : rows[0].Length;
        var cols = new double[m][];
        for (var j = 0; j < m; j++)
        {
            cols[j] = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i].Length != m)
                {
                    throw new ArgumentException($"Row {i} has {rows[i].Length} values; row 0 has {m}.", nameof(rows));
                }

                cols[j][i] = rows[i][j];
            }
        }

        return new DecisionMatrix(cols, null, directions);
    }

    /// <summary>n: the number of alternatives (rows).</summary>
    public int RowCount { get; }

    /// <summary>m: the number of criteria (columns).</summary>
    public int ColumnCount => columns.Length;

    /// <summary>Criterion names.</summary>
    public IReadOnlyList<string> Criteria { get; }

    /// <summary>Criterion directions.</summary>
    public IReadOnlyList<Direction> Directions { get; }

    /// <summary>Column <paramref name="j"/>.</summary>
    /// <param name="j">The criterion index.</param>
    public ReadOnlySpan<double> Column(int j) => columns[j];

    /// <summary>The value at row <paramref name="i"/>, column <paramref name="j"/>.</summary>
    /// <param name="i">The alternative index.</param>
    /// <param name="j">The criterion index.</param>
    public double this[int i, int j] => columns[j][i];

    /// <inheritdoc />
    public override string ToString() => $"DecisionMatrix {RowCount} × {ColumnCount} ({string.Join(", ", criteria)})";

    private static double[] CheckColumn(double[]? column, int j, int n)
    {
        if (column is null)
        {
            throw new ArgumentNullException(nameof(column), $"Column {j} is null.");
        }

        if (column.Length != n)
        {
            throw new ArgumentException($"Column {j} has {column.Length} rows; column 0 has {n}.", "columns");
        }

        Preconditions.CheckAllFinite(column, "columns");
        return column;
    }

    private static string[] NamesOf(IReadOnlyList<string>? criteria, int m)
    {
        var names = criteria?.ToArray() ?? Enumerable.Range(1, m).Select(j => "c" + j.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        if (names.Length != m)
        {
            throw new ArgumentException($"Expected {m} criterion names; got {names.Length}.", nameof(criteria));
        }

        return names;
    }

    private static Direction[] DirectionsOf(IReadOnlyList<Direction>? directions, int m)
    {
        var result = directions?.ToArray() ?? new Direction[m];
        if (result.Length != m)
        {
            throw new ArgumentException($"Expected {m} criterion directions; got {result.Length}.", nameof(directions));
        }

        return result;
    }
}
