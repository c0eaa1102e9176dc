using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.Policies;

/// <summary>
/// Builds an <see cref="EvaluationContext"/> with prior-year indicator values from a previous results file, or each
/// firm's prior-year figures (for growth indicators) from a prior-year input evaluated with the same profile.
/// </summary>
public static class PriorYearContext
{
    /// <summary>
    /// A context holding, for every (pool, indicator) in <paramref name="results"/>, the values of the <b>rated</b> firms of
    /// the latest year present (or <paramref name="year"/>), ordered by firm id (ordinal) so the result does not depend on
    /// file order. Numerators and denominators are included when every one of those firms has both (needed for
    /// ratio-of-sums prior benchmarks); otherwise only values. The firms of one shared parcel
    /// (<see cref="PriorResult.SharedParcel"/>) were evaluated as one and count once, as the firm with the smallest id.
    /// Also each firm's own value per indicator (<see cref="EvaluationContext.GetPriorFigures"/>, for growth indicators):
    /// every firm of that year with a value, rated or not, and the parcel of every firm evaluated in a shared parcel
    /// (<see cref="PriorFirmFigures.SharedParcels"/>, from <see cref="PriorResult.SharedParcel"/>).
    /// </summary>
    /// <param name="results">Prior results (e.g. read with <c>ResultsCsvReader</c>).</param>
    /// <param name="year">The year to use; <see langword="null"/> for the latest year present.</param>
    /// <param name="start">The context to add to; <see langword="null"/> for <see cref="EvaluationContext.Empty"/>.</param>
    public static EvaluationContext FromResults(IEnumerable<PriorResult> results, int? year = null, EvaluationContext? start = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        var context = start ?? EvaluationContext.Empty;
        if (list.Count == 0)
        {
            return context;
        }

        var y = year ?? list.Max(r => r.Year);
        var byFirm = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var sharedParcels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in PriorResults.ById(list.Where(r => r.Year == y)).Values)
        {
            if (r.SharedParcel.Length > 0)
            {
                sharedParcels[r.Id] = r.SharedParcel;
            }

            foreach (var (indicator, figures) in r.Indicators)
            {
                if (figures.Value is { } v && double.IsFinite(v))
                {
                    if (!byFirm.TryGetValue(indicator, out var values))
                    {
                        byFirm[indicator] = values = new Dictionary<string, double>(StringComparer.Ordinal);
                    }

                    values[r.Id] = v;
                }
            }
        }

        foreach (var (indicator, values) in byFirm)
        {
            context = context.WithPriorFigures(indicator, new PriorFirmFigures(y, values, sharedParcels));
        }

        var groups = new Dictionary<(string Pool, string Indicator), List<(string Id, PriorIndicator Figures)>>();
        var rated = PriorResults.ById(list.Where(r => r.Year == y)).Values.Where(r => r.Status == FirmStatus.Rated && r.Pool.Length > 0).ToList();
        var parcelRepresentative = new Dictionary<(string Pool, string Parcel), string>();
        foreach (var r in rated.Where(r => r.SharedParcel.Length > 0))
        {
            if (!parcelRepresentative.TryGetValue((r.Pool, r.SharedParcel), out var id) || string.CompareOrdinal(r.Id, id) < 0)
            {
                parcelRepresentative[(r.Pool, r.SharedParcel)] = r.Id;
            }
        }

        foreach (var r in rated)
        {
            if (r.SharedParcel.Length > 0 && parcelRepresentative[(r.Pool, r.SharedParcel)] != r.Id)
            {
                continue;
            }

            foreach (var (indicator, figures) in r.Indicators)
            {
                if (figures.Value is not { } v || !double.IsFinite(v))
                {
                    continue;
                }

                if (!groups.TryGetValue((r.Pool, indicator), out var members))
                {
                    groups[(r.Pool, indicator)] = members = [];
                }

                members.Add((r.Id, figures));
            }
        }

        foreach (var ((pool, indicator), members) in groups.OrderBy(g => g.Key.Pool, StringComparer.Ordinal).ThenBy(g => g.Key.Indicator, StringComparer.Ordinal))
        {
            members.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var values = members.Select(m => m.Figures.Value!.Value).ToArray();
            var complete = members.All(m => m.Figures.Numerator is { } n && double.IsFinite(n) && m.Figures.Denominator is { } d && double.IsFinite(d));
            context = complete
                ? context.WithPrior(pool, indicator, new PriorIndicatorValues(values, members.Select(m => m.Figures.Numerator!.Value).ToArray(), members.Select(m => m.Figures.Denominator!.Value).ToArray()))
                : context.WithPrior(pool, indicator, new PriorIndicatorValues(values));
        }

        return context;
    }

    /// <summary>
    /// A context with each firm's prior-year figure of every indicator a growth indicator of <paramref name="profile"/>
    /// grows from (<see cref="GrowthBases"/>), computed from the prior year's input <paramref name="priorTable"/> with the
    /// profile's land rule — the same figures an evaluation of that year computes, for every firm whose figure is computable
    /// whatever its eligibility or pool (a shared parcel's firms each get the parcel's figure, and
    /// <see cref="PriorFirmFigures.SharedParcels"/> records the parcel, so that an evaluation compares it only with the same firms' unit).
    /// </summary>
    /// <param name="profile">The profile being evaluated this year.</param>
    /// <param name="priorTable">The prior year's firms, read with the same reader and options as this year's.</param>
    /// <param name="year">The prior year (0 when unknown).</param>
    /// <param name="start">The context to add to; <see langword="null"/> for <see cref="EvaluationContext.Empty"/>.</param>
    public static EvaluationContext FromInput(EvaluationProfile profile, FirmTable priorTable, int year, EvaluationContext? start = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(priorTable);
        var context = start ?? EvaluationContext.Empty;
        var bases = GrowthBases(profile);
        if (bases.Count == 0)
        {
            return context;
        }

        // The figures are computed per evaluation unit, as the evaluator does: a shared parcel is one unit.
        var groups = profile.Land.EvaluationUnits(priorTable) is { MergedUnits: > 0 } g ? g : null;
        var table = groups is null ? priorTable : groups.UnitTable(priorTable);
        var land = groups is null ? new double[table.Count] : (double[])groups.UnitArea.Clone();
        if (groups is null)
        {
            profile.Land.Compute(table, land);
        }

        var rows = Enumerable.Range(0, table.Count).ToArray();
        var n = rows.Length;
        foreach (var indicator in bases)
        {
            var (numerators, denominators, values, outcomes) = (new double[n], new double[n], new double[n], new IndicatorOutcome[n]);
            indicator.Compute(new IndicatorInput(table, land, rows), numerators, denominators, values, outcomes);
            var byFirm = new Dictionary<string, double>(StringComparer.Ordinal);
            var sharedParcels = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var row = 0; row < priorTable.Count; row++)
            {
                var unit = groups is null ? row : groups.UnitOf[row];
                if (outcomes[unit] == IndicatorOutcome.Computed)
                {
                    byFirm[priorTable.Ids[row]] = values[unit];
                }

                if (groups is not null && groups.IsMerged(unit))
                {
                    sharedParcels[priorTable.Ids[row]] = priorTable.Parcels[row];
                }
            }

            context = context.WithPriorFigures(indicator.Id, new PriorFirmFigures(year, byFirm, sharedParcels));
        }

        return context;
    }

    /// <summary>The indicators the growth indicators of <paramref name="profile"/> grow from, one per id, in profile order.</summary>
    /// <param name="profile">The profile.</param>
    public static IReadOnlyList<IIndicator> GrowthBases(EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. profile.Pools.SelectMany(p => p.Indicators).Select(i => i.Indicator).OfType<GrowthIndicator>().Select(g => g.Base).Where(b => seen.Add(b.Id))];
    }

    /// <summary>
    /// The firm ids with a prior-year figure that a growth indicator of <paramref name="profile"/> reads but that are not in
    /// this year's <paramref name="table"/> (closed, merged away or renumbered firms): their prior values are not used. Sorted (ordinal).
    /// </summary>
    /// <param name="context">The prior-year data.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="table">This year's firms.</param>
    public static IReadOnlyList<string> AbsentPriorFirms(EvaluationContext context, EvaluationProfile profile, FirmTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        var present = new HashSet<string>(table.Ids, StringComparer.Ordinal);
        var absent = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var indicator in GrowthBases(profile))
        {
            foreach (var id in context.GetPriorFigures(indicator.Id)?.ByFirmId.Keys ?? [])
            {
                if (!present.Contains(id))
                {
                    absent.Add(id);
                }
            }
        }

        return [.. absent];
    }
}
