namespace EnterpriseScoring.IO;

/// <summary>A column added at the end of a results file (<see cref="ResultsCsvWriterOptions.AdditionalColumns"/>), e.g. the what-it-takes columns.</summary>
/// <param name="Header">The column's header.</param>
/// <param name="Values">The cell of each row of the evaluated table, in table order (null or empty for an empty cell); rows rejected on input get an empty cell.</param>
public sealed record ResultsColumn(string Header, IReadOnlyList<string?> Values)
{
    /// <summary>The cell of each row of the evaluated table, in table order (a copy of the list given).</summary>
    public IReadOnlyList<string?> Values { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Values);
}
