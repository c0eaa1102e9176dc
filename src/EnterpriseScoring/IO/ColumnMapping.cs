namespace EnterpriseScoring.IO;

/// <summary>How one input column was understood.</summary>
/// <param name="Index">The 0-based column index.</param>
/// <param name="Header">The header as written.</param>
/// <param name="Role">What the column became.</param>
/// <param name="Target">The field name, measure id or tag (empty for <see cref="ColumnRole.Ignored"/>).</param>
public sealed record ColumnMapping(int Index, string Header, ColumnRole Role, string Target)
{
    /// <summary>
    /// For a measure column, the unit its values were read in: the header's unit suffix, else the
    /// <see cref="FirmCsvReaderOptions.InputUnits"/> unit for money and land measures, else the measure's unit; empty when
    /// none is known (a custom measure without a suffix) and for other columns.
    /// </summary>
    public string SourceUnit { get; init; } = string.Empty;

    /// <summary>For a measure column, the unit of the loaded values (the measure's canonical unit); empty otherwise.</summary>
    public string Unit { get; init; } = string.Empty;

    /// <summary>What each value was multiplied by on reading (e.g. 0.0001 for 元 → 万元, 0.0015 for ㎡ → 亩); 1 when not converted.</summary>
    public double Factor { get; init; } = 1;

    /// <summary>Whether the column's values were converted (<see cref="Factor"/> ≠ 1).</summary>
    public bool IsConverted => Factor != 1;
}
