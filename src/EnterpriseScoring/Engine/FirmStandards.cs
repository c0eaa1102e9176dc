using System.Text;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

/// <summary>
/// The standard-value row of each firm of a pool when an indicator is scored against a standard-value table by industry ×
/// size (<see cref="EfficacyCoefficientOptions.Table"/>): firms share a slot per (industry code, size class), each slot
/// with its row and the banded method of that row's standards.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="SlotOf">Each pool position's slot.</param>
/// <param name="Slots">Each slot's match: industry code, size class, row (null: no row fits) and method (null: no row and no default standards).</param>
internal sealed record FirmStandards(StandardValueTable Table, int[] SlotOf, StandardMatch[] Slots)
{
    /// <summary>
    /// Looks up the row of every firm of the pool and marks each computed value of a firm that no row fits (and no default
    /// standards) as <see cref="IndicatorOutcome.NoStandardRow"/>, so that the missing-value policy applies.
    /// </summary>
    public static FirmStandards Match(EfficacyCoefficientScoring scoring, FirmTable table, int[] rows, IndicatorOutcome[] outcomes)
    {
        var standardTable = scoring.Options.Table!;
        var codes = table.Industries.Codes;
        var categories = table.Industries.Categories;
        var sizeColumns = standardTable.SizeMeasures.Select(m => table.TryGetMeasure(m.Id, out var column) ? column : null).ToArray();
        var values = new double[sizeColumns.Length];
        // The slot's explanation names the firm's missing size measures, so firms missing different ones get their own slots.
        var slotOfKey = new Dictionary<(int Category, string? Size, string? MissingSizeMeasures), int>();
        var slots = new List<StandardMatch>();
        var slotOf = new int[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            var category = codes[rows[k]];
            var code = categories[category];
            var missing = false;
            for (var m = 0; m < sizeColumns.Length; m++)
            {
                values[m] = sizeColumns[m] is { } column && column.TryGet(rows[k], out var v) ? v : double.NaN;
                missing |= double.IsNaN(values[m]);
            }

            string[] missingMeasures = missing ? [.. standardTable.SizeMeasures.Where((_, m) => double.IsNaN(values[m])).Select(x => x.Id)] : [];
            var size = standardTable.SizeClassOf(values);
            var key = (category, size?.Id, missing ? string.Join('\n', missingMeasures) : null);
            if (!slotOfKey.TryGetValue(key, out var slot))
            {
                slot = slots.Count;
                slotOfKey.Add(key, slot);
                var (row, _, method) = scoring.Match(code, values);
                slots.Add(new StandardMatch(string.IsNullOrWhiteSpace(code) ? null : code, size, row, method) { MissingSizeMeasures = missingMeasures });
            }

            slotOf[k] = slot;
            if (slots[slot].Method is null && outcomes[k] == IndicatorOutcome.Computed)
            {
                outcomes[k] = IndicatorOutcome.NoStandardRow;
            }
        }

        return new FirmStandards(standardTable, slotOf, [.. slots]);
    }

    /// <summary>The banded method of the firm at <paramref name="position"/> (null when no row fits and there are no default standards).</summary>
    public EfficacyCoefficientScoring? MethodAt(int position) => Slots[SlotOf[position]].Method;

    /// <summary>
    /// The explanation line of the firm at <paramref name="position"/>: its industry and size class, the row used (key,
    /// label, five standards) or why none fits.
    /// </summary>
    public string Explain(int position) => Explain(Table, Slots[SlotOf[position]]);

    /// <summary>The explanation line of one firm's match (see <see cref="Explain(int)"/>).</summary>
    public static string Explain(StandardValueTable table, StandardMatch match)
    {
        var sb = new StringBuilder("standard values 标准值: industry 行业 ").Append(match.Industry ?? "(none 无)");
        if (match.Industry is { } written && written.Any(char.IsWhiteSpace))
        {
            sb.Append(" (read as 按 ").Append(string.Concat(written.Where(c => !char.IsWhiteSpace(c)))).Append(')');
        }

        if (table.SizeMeasures.Count == 1 && table.SizeMeasure is { } measure)
        {
            sb.Append(", size 规模 ").Append(match.Size is { } size
                ? $"{size.Display} ({table.ThresholdsOf(size)})"
                : match.MissingSizeMeasures.Count > 0 && table.WhenSizeMissing == MissingSizeMeasure.NoRow
                ? $"none 无 ({measure.Id} missing: missing_size no_row, no row 无适用标准值)"
                : $"none 无 ({measure.Id} missing or below every class: 全行业 rows only)");
        }
        else if (table.SizeMeasures.Count > 1)
        {
            sb.Append(", size 规模 ").Append(match.Size is { } size
                ? $"{size.Display} ({table.ThresholdsOf(size)})"
                : match.MissingSizeMeasures.Count == 0
                ? "none 无 (below every class: 全行业 rows only)"
                : table.WhenSizeMissing == MissingSizeMeasure.NoRow
                ? $"none 无 ({string.Join(", ", match.MissingSizeMeasures)} missing: missing_size no_row, no row 无适用标准值)"
                : $"none 无 ({string.Join(", ", match.MissingSizeMeasures)} missing, a class needs every measure: 全行业 rows only)");
        }

        if (match.MissingSizeMeasures.Count > 0 && table.WhenSizeMissing == MissingSizeMeasure.NoRow)
        {
            return sb.Append("; the value counts as missing").ToString();
        }

        if (match.Row is { } row)
        {
            sb.Append("; row 行 ").Append(row.Key);
            if (!string.IsNullOrEmpty(row.Label))
            {
                sb.Append(' ').Append(row.Label);
            }

            return sb.Append(": ").Append(Bands(row.Standards)).ToString();
        }

        return match.Method is { } method
            ? sb.Append("; no row fits 无适用行: the indicator's own standards 默认标准值 ").Append(Bands(method.Options.Standards)).ToString()
            : sb.Append("; no row fits and no default standards 无适用标准值: the value counts as missing").ToString();
    }

    private static string Bands(IReadOnlyList<double> standards) =>
        string.Join(", ", standards.Select((s, i) => $"{EfficacyCoefficientOptions.BandNames[i]} {ExplainFormat.Num(s)}"));
}
