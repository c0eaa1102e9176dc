namespace EnterpriseScoring;

/// <summary>
/// A finite n × m matrix of alternatives (firms, rows) by criteria (indicators, columns), stored column-major:
/// the input of objective weighting methods and aggregation.
/// </summary>
/// <remarks>Immutable and thread-safe; the constructor copies its input and rejects NaN and ∞.</remarks>
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
        var n = m == 0 ? 0 : columns[0].Length;
        this.columns = new double[m][];
        for (var j = 0; j < m; j++)
        {
            ArgumentNullException.ThrowIfNull(columns[j]);
            if (columns[j].Length != n)
            {
                throw new ArgumentException($"Column {j} has {columns[j].Length} rows; column 0 has {n}.", nameof(columns));
            }

            Preconditions.CheckAllFinite(columns[j], nameof(columns));
            this.columns[j] = (double[])columns[j].Clone();
        }

        this.criteria = criteria?.ToArray() ?? Enumerable.Range(1, m).Select(j => "c" + j.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Criteria = ValueList<string>.Own(this.criteria);
        this.directions = directions?.ToArray() ?? new Direction[m];
        Directions = ValueList<Direction>.Own(this.directions);
        if (this.criteria.Length != m || this.directions.Length != m)
        {
            throw new ArgumentException($"Expected {m} criterion names and directions.", criteria is null ? nameof(directions) : nameof(criteria));
        }

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
}
