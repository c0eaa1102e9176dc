namespace EnterpriseScoring.IO;

/// <summary>What <see cref="DecisionMatrixCsvReader"/> read: the matrix, and the row ids when an id column was named.</summary>
public sealed record DecisionMatrixCsv
{
    /// <summary>The criteria (every column but the id column), one row per CSV record.</summary>
    public required DecisionMatrix Matrix { get; init; }

    /// <summary>The id column's text, one per row; <see langword="null"/> when no id column was named.</summary>
    public IReadOnlyList<string>? Ids { get; init => field = ReadOnlyCopy.List(value); }
}
