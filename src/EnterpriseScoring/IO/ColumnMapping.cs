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

    /// <summary>
    /// Whether a header alias (<see cref="FirmCsvReaderOptions.HeaderAliases"/>, e.g. a profile's <c>columns</c>) rather
    /// than the built-in header catalogue decided what the column became.
    /// </summary>
    public bool IsAliased { get; init; }

    /// <summary>
    /// The mapping in one line, e.g. <c>column 5 'rd_expense' → rd_spending (header alias; 元 → 万元, × 0.0001)</c>.
    /// </summary>
    public override string ToString()
    {
        var how = new List<string>();
        if (IsAliased)
        {
            how.Add("header alias");
        }

        if (IsConverted)
        {
            how.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{SourceUnit} → {Unit}, × {ExplainFormat.Num(Factor)}"));
        }
        else if (SourceUnit.Length > 0)
        {
            how.Add(SourceUnit);
        }

        var target = Role == ColumnRole.Ignored ? "ignored" : Target;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"column {Index + 1} '{Header}' → {target}{(how.Count == 0 ? string.Empty : " (" + string.Join("; ", how) + ")")}");
    }
}
