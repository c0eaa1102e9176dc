namespace EnterpriseScoring.Policies;

/// <summary>Builds an <see cref="EvaluationContext"/> with prior-year indicator values from a previous results file.</summary>
public static class PriorYearContext
{
    /// <summary>
    /// A context holding, for every (pool, indicator) in <paramref name="results"/>, the values of the <b>rated</b> firms of
    /// the latest year present (or <paramref name="year"/>), ordered by firm id (ordinal) so the result does not depend on
    /// file order. Numerators and denominators are included when every one of those firms has both (needed for
    /// ratio-of-sums prior benchmarks); otherwise only values. The firms of one shared parcel
    /// (<see cref="PriorResult.SharedParcel"/>) were evaluated as one and count once, as the firm with the smallest id.
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
}
