namespace EnterpriseScoring.Policies;

/// <summary>Conversions to <see cref="PriorResult"/> and the rule that picks one result per firm and year.</summary>
public static class PriorResults
{
    /// <summary>
    /// The results of <paramref name="evaluation"/> as <see cref="PriorResult"/>s, one per table row, in table order, with
    /// the same figures a results file would carry.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="year">The year to stamp; <see langword="null"/> for the profile's <see cref="EvaluationProfile.EvaluationYear"/>.</param>
    public static IReadOnlyList<PriorResult> FromEvaluation(Evaluation evaluation, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var y = year ?? evaluation.Profile.EvaluationYear;
        var table = evaluation.Table;
        var list = new PriorResult[table.Count];
        for (var row = 0; row < list.Length; row++)
        {
            var r = evaluation.Results[row];
            var indicators = new Dictionary<string, PriorIndicator>(StringComparer.Ordinal);
            foreach (var i in r.Indicators)
            {
                indicators.TryAdd(i.IndicatorId, new PriorIndicator(i.Value, i.Numerator, i.Denominator, i.Benchmark, i.Score));
            }

            list[row] = new PriorResult
            {
                Year = y,
                Id = r.Id,
                Name = r.Name,
                Region = table.Regions[row],
                Platform = table.Platforms[row],
                Industry = table.Industries[row],
                SizeClass = SizeClassNames.ToCode(table.SizeClasses[row]),
                Pool = r.PoolId ?? string.Empty,
                SharedParcel = r.Parcel ?? string.Empty,
                Status = r.Status,
                Score = r.Total,
                Rank = r.Rank,
                Tier = r.Tier,
                Indicators = indicators,
            };
        }

        return list;
    }

    /// <summary>
    /// One result per firm id from <paramref name="results"/> of a single year: when an id occurs more than once (e.g. a
    /// rated row and a row rejected at input for a duplicate id), a row with a tier wins over rows without; two rows with
    /// different tiers are a conflict.
    /// </summary>
    /// <param name="results">The results.</param>
    /// <exception cref="ArgumentException">An id occurs with two different tiers in the same year.</exception>
    internal static Dictionary<string, PriorResult> ById(IEnumerable<PriorResult> results)
    {
        var map = new Dictionary<string, PriorResult>(StringComparer.Ordinal);
        foreach (var r in results)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(results));
            if (!map.TryGetValue(r.Id, out var existing) || (existing.Tier is null && r.Tier is not null))
            {
                map[r.Id] = r;
            }
            else if (r.Tier is not null && existing.Tier != r.Tier)
            {
                throw new ArgumentException(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Firm '{r.Id}' has two different tiers in {r.Year}: {existing.Tier} and {r.Tier}."),
                    nameof(results));
            }
        }

        return map;
    }
}
