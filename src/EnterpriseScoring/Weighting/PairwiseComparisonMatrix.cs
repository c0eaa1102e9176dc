using System.Globalization;

namespace EnterpriseScoring.Weighting;

/// <summary>
/// An AHP pairwise comparison matrix: <c>a_ij</c> says how much more important criterion i is than criterion j
/// (Saaty's 1–9 scale). Square, positive, diagonal 1 and reciprocal (<c>a_ji = 1/a_ij</c>).
/// </summary>
/// <remarks>Immutable and thread-safe; constructors copy their input. Values written to a few decimals (0.333 for 1/3)
/// are accepted within <see cref="DefaultReciprocalTolerance"/>; the matrix is used as given (not symmetrised).</remarks>
public sealed class PairwiseComparisonMatrix
{
    /// <summary>The default relative tolerance of the reciprocity and diagonal checks: |a_ij × a_ji − 1| ≤ 0.01.</summary>
    public const double DefaultReciprocalTolerance = 0.01;

    private readonly double[,] values;

    /// <summary>Creates a matrix from a two-dimensional array.</summary>
    /// <param name="values">The n × n judgements (n ≥ 1).</param>
    /// <param name="reciprocalTolerance">Accepted relative error of <c>a_ij × a_ji = 1</c> and <c>a_ii = 1</c>; finite, ≥ 0.</param>
    /// <param name="criteria">Optional criterion names (for messages), one per row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix is empty, not square, has a value that is not finite and positive,
    /// a diagonal value other than 1, or a pair that is not reciprocal within the tolerance.</exception>
    public PairwiseComparisonMatrix(double[,] values, double reciprocalTolerance = DefaultReciprocalTolerance, IReadOnlyList<string>? criteria = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        Preconditions.CheckNonNegative(reciprocalTolerance);
        var n = values.GetLength(0);
        if (n == 0)
        {
            throw new ArgumentException("A pairwise comparison matrix needs at least one criterion.", nameof(values));
        }

        if (values.GetLength(1) != n)
        {
            throw new ArgumentException($"A pairwise comparison matrix must be square; this one is {I(n)} × {I(values.GetLength(1))}.", nameof(values));
        }

        if (criteria is not null && criteria.Count != n)
        {
            throw new ArgumentException($"Expected {I(n)} criterion names, got {I(criteria.Count)}.", nameof(criteria));
        }

        string Name(int i) => criteria is null ? "#" + I(i) : "'" + criteria[i] + "'";

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var a = values[i, j];
                if (!double.IsFinite(a) || !(a > 0))
                {
                    throw new ArgumentException($"Judgement a[{I(i)},{I(j)}] ({Name(i)} vs {Name(j)}) is {D(a)}; judgements must be finite and > 0.", nameof(values));
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (Math.Abs(values[i, i] - 1) > reciprocalTolerance)
            {
                throw new ArgumentException($"Diagonal a[{I(i)},{I(i)}] ({Name(i)}) is {D(values[i, i])}; it must be 1.", nameof(values));
            }

            for (var j = i + 1; j < n; j++)
            {
                if (Math.Abs((values[i, j] * values[j, i]) - 1) > reciprocalTolerance)
                {
                    throw new ArgumentException(
                        $"a[{I(j)},{I(i)}] = {D(values[j, i])} is not the reciprocal of a[{I(i)},{I(j)}] = {D(values[i, j])} ({Name(i)} vs {Name(j)}); expected {D(1 / values[i, j])}.",
                        nameof(values));
                }
            }
        }

        this.values = (double[,])values.Clone();
        Criteria = criteria is null ? null : Array.AsReadOnly(criteria.ToArray());
    }

    /// <summary>The number of criteria n.</summary>
    public int Size => values.GetLength(0);

    /// <summary>Criterion names, if given.</summary>
    public IReadOnlyList<string>? Criteria { get; }

    /// <summary>The judgement a_ij.</summary>
    /// <param name="i">Row criterion.</param>
    /// <param name="j">Column criterion.</param>
    public double this[int i, int j] => values[i, j];

    /// <summary>Creates a matrix from rows, e.g. a textbook table.</summary>
    /// <param name="rows">n rows of n judgements.</param>
    /// <param name="reciprocalTolerance">See the constructor.</param>
    /// <exception cref="ArgumentException">See the constructor; also rows of different lengths.</exception>
    public static PairwiseComparisonMatrix FromRows(double[][] rows, double reciprocalTolerance = DefaultReciprocalTolerance)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var n = rows.Length;
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            ArgumentNullException.ThrowIfNull(rows[i], nameof(rows));
            if (rows[i].Length != n)
            {
                throw new ArgumentException($"Row {I(i)} has {I(rows[i].Length)} judgements; expected {I(n)}.", nameof(rows));
            }

            for (var j = 0; j < n; j++)
            {
                a[i, j] = rows[i][j];
            }
        }

        return new PairwiseComparisonMatrix(a, reciprocalTolerance);
    }

    /// <summary>
    /// Creates a matrix from its upper triangle, row by row (a_12, a_13, …, a_1n, a_23, …); the diagonal is 1 and the lower
    /// triangle the exact reciprocals.
    /// </summary>
    /// <param name="size">n ≥ 1.</param>
    /// <param name="upperTriangle">n(n − 1)/2 judgements, each finite and &gt; 0.</param>
    /// <exception cref="ArgumentException">Wrong count or an invalid judgement.</exception>
    public static PairwiseComparisonMatrix FromUpperTriangle(int size, IReadOnlyList<double> upperTriangle)
    {
        ArgumentNullException.ThrowIfNull(upperTriangle);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var expected = size * (size - 1) / 2;
        if (upperTriangle.Count != expected)
        {
            throw new ArgumentException($"A {I(size)} × {I(size)} matrix has {I(expected)} upper-triangle judgements; got {I(upperTriangle.Count)}.", nameof(upperTriangle));
        }

        var a = new double[size, size];
        var k = 0;
        for (var i = 0; i < size; i++)
        {
            a[i, i] = 1;
            for (var j = i + 1; j < size; j++)
            {
                var v = upperTriangle[k++];
                if (!double.IsFinite(v) || !(v > 0))
                {
                    throw new ArgumentException($"Judgement a[{I(i)},{I(j)}] is {D(v)}; judgements must be finite and > 0.", nameof(upperTriangle));
                }

                a[i, j] = v;
                a[j, i] = 1 / v;
            }
        }

        return new PairwiseComparisonMatrix(a, 1e-12); // v × (1/v) may differ from 1 by an ulp
    }

    /// <summary>A copy of the judgements.</summary>
    public double[,] ToArray() => (double[,])values.Clone();

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
