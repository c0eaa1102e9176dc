namespace EnterpriseScoring.Land;

/// <summary>
/// Keeps growth indicators honest around shared parcels: a prior-year figure is compared with this year's only when it is
/// of the same firms. This year a shared parcel's firms are one evaluated unit, looked up under its lead's id, and the
/// prior figures give every firm of a parcel shared that year the parcel's figure (<see cref="PriorFirmFigures.SharedParcels"/>).
/// So a unit's prior figure is comparable when the firms of the lead's prior unit (its prior parcel's firms, or itself
/// alone) are exactly this year's unit's firms; otherwise — a firm joined or left the parcel, or the parcel is shared in
/// one year only — the lead is marked <see cref="PriorFirmFigures.ParcelChanged"/> and its growth is missing
/// (<see cref="Indicators.IndicatorOutcome.ParcelChanged"/>), never the growth of other firms' figure.
/// </summary>
internal static class ParcelPriors
{
    /// <summary>
    /// <paramref name="context"/> with every prior figure whose firms differ from this year's unit marked; the context itself
    /// when no parcel is shared in either year.
    /// </summary>
    /// <param name="context">The prior-year data.</param>
    /// <param name="table">This year's firms (one row per firm).</param>
    /// <param name="groups">This year's evaluation units, or null when every firm is evaluated alone.</param>
    public static EvaluationContext Align(EvaluationContext context, FirmTable table, ParcelGroups? groups)
    {
        var marked = context;
        foreach (var (indicator, figures) in context.AllPriorFigures.ToList())
        {
            if (figures.SharedParcels.Count == 0 && (groups is null || groups.MergedUnits == 0))
            {
                continue;
            }

            var priorMembers = figures.SharedParcels.GroupBy(p => p.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            var changed = new List<string>();
            var units = groups?.UnitCount ?? table.Count;
            for (var unit = 0; unit < units; unit++)
            {
                var lead = table.Ids[groups is null ? unit : groups.Lead[unit]];
                if (!figures.ByFirmId.ContainsKey(lead))
                {
                    continue; // no prior figure at all: NoPriorValue as for any firm
                }

                // This year's firms of the unit, in ordinal order (ParcelGroups lists members so).
                string[] members = groups is null ? [lead] : MembersOf(groups, table, unit);
                string[] before = figures.SharedParcels.TryGetValue(lead, out var parcel) ? priorMembers[parcel] : [lead];
                if (!members.AsSpan().SequenceEqual(before))
                {
                    changed.Add(lead);
                }
            }

            if (changed.Count > 0)
            {
                marked = marked.WithPriorFigures(indicator, figures.WithParcelChanged(changed));
            }
        }

        return marked;
    }

    private static string[] MembersOf(ParcelGroups groups, FirmTable table, int unit)
    {
        var rows = groups.Members(unit);
        var ids = new string[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            ids[i] = table.Ids[rows[i]];
        }

        Array.Sort(ids, StringComparer.Ordinal);
        return ids;
    }
}
