using EnterpriseScoring.IO;

namespace EnterpriseScoring.Corrections;

/// <summary>
/// Which measure of a table a correction's column names, and the conversion of its value to the measure's unit: the
/// firm reader's header rules (<see cref="HeaderCatalog"/>), the headers of the input itself, and the units the input was
/// read in (<see cref="ColumnMapping"/>).
/// </summary>
internal static class ColumnTarget
{
    private static readonly Dictionary<string, string> EmptyAliases = new(StringComparer.Ordinal);

    /// <summary>Resolves <paramref name="column"/> to a measure of <paramref name="table"/>; false with the reason when it names none.</summary>
    /// <param name="column">The column as the correction names it, possibly with a unit in brackets.</param>
    /// <param name="table">The table corrected.</param>
    /// <param name="columns">How the input's columns were read (empty for a table built in code).</param>
    /// <param name="measure">The measure named.</param>
    /// <param name="conversion">The conversion of a value given for the column to the measure's unit.</param>
    /// <param name="why">Why the column names no measure of the table.</param>
    public static bool Resolve(string column, FirmTable table, IReadOnlyList<ColumnMapping> columns, out Measure measure, out UnitConversion conversion, out string why)
    {
        measure = null!;
        conversion = UnitConversion.Identity;
        why = string.Empty;
        var key = HeaderCatalog.Normalize(column);
        var target = columns.FirstOrDefault(m => HeaderCatalog.Normalize(m.Header) == key && m.Role != ColumnRole.Ignored) is { } header
            ? (header.Role is ColumnRole.Measure or ColumnRole.CustomMeasure ? header.Target : FirmColumns.Id)
            : HeaderCatalog.Resolve(column, EmptyAliases) ?? HeaderCatalog.SplitUnit(column).Name;
        if (target == FirmColumns.Ignore || FirmColumns.All.Contains(target) || target.StartsWith(FirmColumns.TagPrefix, StringComparison.Ordinal))
        {
            why = "不是指标数据列 not a measure: a correction changes a measure's value; correct the firm's identity, classification or tags in the input file";
            return false;
        }

        if (!table.TryGetMeasure(target, out var found))
        {
            why = $"输入中没有此指标列 the input has no column for '{TextExcerpt.Of(target)}'. Measures: {TextExcerpt.List([.. table.Measures.Select(m => m.Id)], m => m)}";
            return false;
        }

        measure = found.Measure;
        var unit = HeaderCatalog.SplitUnit(column).Unit;
        var measureId = measure.Id;
        var mapping = columns.FirstOrDefault(m => m.Target == measureId && m.Role is ColumnRole.Measure or ColumnRole.CustomMeasure);
        if (unit.Length == 0)
        {
            // The unit the input's column was read in, converted as the reader converted it.
            if (mapping is { IsConverted: true } && UnitCatalog.TryGet(mapping.SourceUnit, out var source))
            {
                if (UnitCatalog.TryGet(mapping.Unit, out var loaded))
                {
                    conversion = UnitCatalog.Conversion(source, loaded);
                }
            }

            return true;
        }

        if (!UnitCatalog.TryGet(unit, out var given) || !UnitCatalog.TryGet(measure.Unit, out var canonical))
        {
            if (string.Equals(unit, measure.Unit, StringComparison.Ordinal))
            {
                return true;
            }

            why = $"单位无法换算 unit '{TextExcerpt.Of(unit)}' cannot be converted to {measure.Id}'s unit '{measure.Unit}'";
            return false;
        }

        if (given.Dimension != canonical.Dimension)
        {
            why = $"单位不符 unit '{TextExcerpt.Of(unit)}' is {given.DimensionName}, but {measure.Id} is {canonical.DimensionName} in {measure.Unit}";
            return false;
        }

        conversion = UnitCatalog.Conversion(given, canonical);
        return true;
    }
}
