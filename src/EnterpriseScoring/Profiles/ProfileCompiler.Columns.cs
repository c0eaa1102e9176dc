using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

internal sealed partial class ProfileCompiler
{
    /// <summary>
    /// The profile's <c>columns</c> (header aliases): each header new to the readers, each measure known (built-in or
    /// custom) and aliased once, each unit one the readers recognise and of the measure's dimension.
    /// </summary>
    private List<ProfileColumn> Columns(List<ColumnDto>? columns)
    {
        var result = new List<ProfileColumn>();
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var measures = new Dictionary<string, string>(StringComparer.Ordinal);
        Each(columns, "$.columns", (c, path) =>
        {
            var ok = true;
            if (c.Header is { } header)
            {
                var key = HeaderCatalog.Normalize(header);
                if (key.Length == 0)
                {
                    ok = Problem(path + ".header", "is empty", "the header as the export writes it, e.g. rd_expense");
                }
                else if (HeaderCatalog.BuiltIn.TryGetValue(key, out var known))
                {
                    ok = Problem(path + ".header", $"'{header}' is already a header the readers know: it reads as {HeaderSuggestions.Describe(known)}",
                        known == c.Measure ? "remove this alias: the column is read as that measure without it" : "an alias cannot re-map a known header; rename the column in the export");
                }
                else if (customMeasures.Contains(key))
                {
                    ok = Problem(path + ".header", $"'{header}' is the id of a custom measure of this profile, so the readers already read it as that measure",
                        "remove the alias, or the custom measure");
                }
                else if (!headers.TryAdd(key, c.Measure ?? string.Empty))
                {
                    ok = Problem(path + ".header", $"'{header}' is aliased twice", "give each header one entry");
                }
            }

            Measure? measure = null;
            if (c.Measure is { } id)
            {
                measure = ResolveMeasure(id, path + ".measure", allowLand: false);
                if (measure is not null && !measures.TryAdd(id, c.Header ?? string.Empty))
                {
                    measure = null;
                    Problem(path + ".measure", $"'{id}' is already the measure of header '{measures[id]}'",
                        "a measure can be read from one column only: keep one alias");
                }
            }

            if (c.Unit is { } unit && measure is not null && !UnitFits(unit, measure, path + ".unit"))
            {
                ok = false;
            }

            if (ok && measure is not null && c.Header is not null)
            {
                result.Add(new ProfileColumn(c.Header, measure.Id, c.Unit));
            }
        });
        return result;
    }

    /// <summary>Whether the readers can read <paramref name="measure"/> in <paramref name="unit"/> (a problem at <paramref name="path"/> when not).</summary>
    private bool UnitFits(string unit, Measure measure, string path)
    {
        if (!KnownMeasures.TryGet(measure.Id, out _))
        {
            // A custom measure has no canonical unit: the values are read as they are and the unit is recorded.
            return !string.IsNullOrWhiteSpace(unit) || Problem(path, "is empty", "the unit of the export's values, or leave it out");
        }

        var measureUnit = UnitCatalog.TryGet(measure.Unit, out var canonical) ? canonical : (UnitInfo?)null;
        if (!UnitCatalog.TryGet(unit, out var given))
        {
            return measureUnit is null && unit == measure.Unit
                || Problem(path, $"unit '{unit}' is not one the readers recognise",
                    measureUnit is { } m ? "one of " + string.Join(", ", UnitCatalog.Spellings(m.Dimension)) : $"'{measure.Unit}', the unit of {measure.Id}, or leave it out");
        }

        if (measureUnit is not { } target || target.Dimension != given.Dimension)
        {
            return Problem(path, $"unit '{unit}' is {given.DimensionName}, but {measure.Id} is measured in {measure.Unit}",
                measureUnit is { } m ? "one of " + string.Join(", ", UnitCatalog.Spellings(m.Dimension)) : "leave the unit out");
        }

        return true;
    }
}
