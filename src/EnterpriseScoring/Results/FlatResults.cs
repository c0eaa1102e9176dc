using System.Collections;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Results;

/// <summary>
/// Every firm of an evaluation as a <see cref="FlatResult"/>, in table order (the order of results.csv), with the wide
/// shape's columns (<see cref="Columns"/>, results.csv's headers) — what an analyst hands to LINQ, a DataFrame, JSON
/// (<see cref="EvaluationJson"/>), Parquet (the <c>EnterpriseScoring.Parquet</c> package) or a database.
/// </summary>
/// <example>
/// <code>
/// var flat = evaluation.ToFlatResults();
/// var dFirms = flat.Where(r => r.Tier == "D").OrderBy(r => r.Score);
/// var taxScores = flat.Select(r => r.Indicator("tax_per_mu")?.Score);
/// foreach (var row in flat.WideRows()) { /* row[i] is the value of flat.Columns[i] */ }
/// </code>
/// </example>
/// <remarks>Immutable; made once from the evaluation (the rows are materialised when it is made).</remarks>
public sealed class FlatResults : IReadOnlyList<FlatResult>
{
    private readonly FlatResult[] rows;

    internal FlatResults(Evaluation evaluation)
    {
        IndicatorIds = ResultsCsvFormat.IndicatorColumns(evaluation).ToArray().AsValueList();
        Columns = FlatResultColumn.For(IndicatorIds, initialTier: evaluation.TierAdjustments.Count > 0).AsValueList();
        var builder = new FlatResultBuilder(evaluation, IndicatorIds);
        rows = new FlatResult[evaluation.Table.Count];
        for (var row = 0; row < rows.Length; row++)
        {
            rows[row] = builder.Row(row);
        }
    }

    /// <summary>The indicator ids with entries in every row's <see cref="FlatResult.Indicators"/>: every indicator of every pool, in order of first appearance in profile pool order (results.csv's order).</summary>
    public IReadOnlyList<string> IndicatorIds { get; }

    /// <summary>The columns of the wide shape, in results.csv's order: its standard columns but <c>consequences</c> (which need a policy set: <see cref="ResultsCsvWriterOptions.Consequences"/>), and last <c>initial_tier</c> (初评) when the evaluation has manual tier decisions (<see cref="Evaluation.TierAdjustments"/>).</summary>
    public IReadOnlyList<FlatResultColumn> Columns { get; }

    /// <summary>The column names of the wide shape (<see cref="Columns"/>' names).</summary>
    public IReadOnlyList<string> ColumnNames => [.. Columns.Select(c => c.Name)];

    /// <inheritdoc />
    public int Count => rows.Length;

    /// <inheritdoc />
    public FlatResult this[int index] => rows[index];

    /// <summary>Row <paramref name="index"/> in the wide shape: the value of each of <see cref="Columns"/> (a <see cref="string"/>, <see cref="double"/>, <see cref="int"/> or null).</summary>
    /// <param name="index">The row.</param>
    public object?[] WideRow(int index)
    {
        var row = rows[index];
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Columns[i].Value(row);
        }

        return values;
    }

    /// <summary>Every row in the wide shape (<see cref="WideRow"/>), in order.</summary>
    public IEnumerable<object?[]> WideRows()
    {
        for (var i = 0; i < rows.Length; i++)
        {
            yield return WideRow(i);
        }
    }

    /// <inheritdoc />
    public IEnumerator<FlatResult> GetEnumerator() => ((IEnumerable<FlatResult>)rows).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"{rows.Length} flat results, {Columns.Count} columns";
}
