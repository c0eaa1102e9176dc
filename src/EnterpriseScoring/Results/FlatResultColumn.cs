namespace EnterpriseScoring.Results;

/// <summary>
/// One column of the wide shape of <see cref="FlatResults"/>: a results.csv column name, its type and how to read it from
/// a <see cref="FlatResult"/>. What a DataFrame, a Parquet file or a database table is built from.
/// </summary>
public sealed class FlatResultColumn
{
    private readonly Func<FlatResult, string?>? text;
    private readonly Func<FlatResult, double?>? number;
    private readonly Func<FlatResult, int?>? integer;

    private FlatResultColumn(string name, FlatColumnKind kind, Func<FlatResult, string?>? text, Func<FlatResult, double?>? number, Func<FlatResult, int?>? integer)
    {
        Name = name;
        Kind = kind;
        this.text = text;
        this.number = number;
        this.integer = integer;
    }

    /// <summary>The column's name: the results.csv header (<c>id</c>, <c>score</c>, <c>tax_per_mu.value</c> …).</summary>
    public string Name { get; }

    /// <summary>The type of the column's values.</summary>
    public FlatColumnKind Kind { get; }

    /// <summary>The column's value in <paramref name="row"/>: a <see cref="string"/>, <see cref="double"/>, <see cref="int"/> or null.</summary>
    /// <param name="row">The row.</param>
    public object? Value(FlatResult row) => Kind switch
    {
        FlatColumnKind.Text => Text(row),
        FlatColumnKind.Number => Number(row),
        _ => Integer(row),
    };

    /// <summary>The value of a <see cref="FlatColumnKind.Text"/> column in <paramref name="row"/>.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="InvalidOperationException">The column is not a text column.</exception>
    public string? Text(FlatResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (text ?? throw WrongKind(FlatColumnKind.Text))(row);
    }

    /// <summary>The value of a <see cref="FlatColumnKind.Number"/> column in <paramref name="row"/>.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="InvalidOperationException">The column is not a number column.</exception>
    public double? Number(FlatResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (number ?? throw WrongKind(FlatColumnKind.Number))(row);
    }

    /// <summary>The value of an <see cref="FlatColumnKind.Integer"/> column in <paramref name="row"/>.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="InvalidOperationException">The column is not an integer column.</exception>
    public int? Integer(FlatResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (integer ?? throw WrongKind(FlatColumnKind.Integer))(row);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind})";

    /// <summary>The columns of an evaluation with the indicator columns <paramref name="indicatorIds"/>, in results.csv order (its standard columns but <c>consequences</c>; <c>initial_tier</c> last when <paramref name="initialTier"/>).</summary>
    internal static FlatResultColumn[] For(IReadOnlyList<string> indicatorIds, bool initialTier = false)
    {
        var columns = new List<FlatResultColumn>
        {
            Of("id", r => r.Id),
            Of("name", r => r.Name),
            Of("region", r => r.Region),
            Of("platform", r => r.Platform),
            Of("industry", r => r.Industry),
            Of("size_class", r => r.SizeClass),
            Of("pool", r => r.Pool),
            Of("status", r => r.Status),
            Of("score", r => r.Score),
            Of("rank", r => r.Rank),
            Of("pool_size", r => r.PoolSize),
            Of("percentile", r => r.Percentile),
            Of("tier", r => r.Tier),
            Of("tier_label", r => r.TierLabel),
            Of("tier_reason", r => r.TierReason),
        };
        for (var i = 0; i < indicatorIds.Count; i++)
        {
            var at = i;
            var id = indicatorIds[i];
            columns.Add(Of(id + ".value", r => r.Indicators[at].Value));
            columns.Add(Of(id + ".benchmark", r => r.Indicators[at].Benchmark));
            columns.Add(Of(id + ".score", r => r.Indicators[at].Score));
            columns.Add(Of(id + ".numerator", r => r.Indicators[at].Numerator));
            columns.Add(Of(id + ".denominator", r => r.Indicators[at].Denominator));
        }

        columns.Add(Of("bonus", r => r.Bonus));
        columns.Add(Of("deduction", r => r.Deduction));
        columns.Add(Of("year", r => r.Year));
        columns.Add(Of("status_reason", r => r.StatusReason));
        columns.Add(Of("shared_parcel", r => r.SharedParcel));
        if (initialTier)
        {
            columns.Add(Of("initial_tier", r => r.InitialTier));
        }

        return [.. columns];
    }

    private static FlatResultColumn Of(string name, Func<FlatResult, string?> value) => new(name, FlatColumnKind.Text, value, null, null);

    private static FlatResultColumn Of(string name, Func<FlatResult, double?> value) => new(name, FlatColumnKind.Number, null, value, null);

    private static FlatResultColumn Of(string name, Func<FlatResult, int?> value) => new(name, FlatColumnKind.Integer, null, null, value);

    private InvalidOperationException WrongKind(FlatColumnKind asked) => new($"Column '{Name}' holds {Kind} values, not {asked}.");
}
