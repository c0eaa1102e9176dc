namespace EnterpriseScoring.IO;

/// <summary>How <see cref="DecisionMatrixCsvReader"/> reads a numeric CSV.</summary>
public sealed record DecisionMatrixCsvOptions
{
    /// <summary>The field separator.</summary>
    /// <value>The default value is <c>,</c>.</value>
    public char Delimiter { get; init; } = ',';

    /// <summary>The name of a text column holding row ids (not a criterion), or <see langword="null"/> for none.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? IdColumn { get; init; }

    /// <summary>The criteria that are lower-is-better (costs), by header name; every other one is higher-is-better.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlySet<string> LowerIsBetter { get; init => field = ReadOnlyCopy.Set(value) ?? throw new ArgumentNullException(nameof(value)); } = System.Collections.Frozen.FrozenSet<string>.Empty;
}
