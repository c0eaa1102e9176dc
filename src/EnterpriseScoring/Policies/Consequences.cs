namespace EnterpriseScoring.Policies;

/// <summary>Derives every firm's consequences from an evaluation, the firms' tier history and a schedule.</summary>
public static class Consequences
{
    /// <summary>
    /// The consequence lines of every row of <paramref name="evaluation"/>, in table order: the schedule applied to the row's
    /// tier, its consecutive years in that tier from <paramref name="history"/> (at least 1, the current year), and the
    /// profile's evaluation year.
    /// </summary>
    /// <param name="evaluation">The current evaluation.</param>
    /// <param name="history">The tier history; its current year must be the evaluation year (build it with <see cref="TierHistory.Build"/>).</param>
    /// <param name="schedule">The schedule. A built-in one (<see cref="KnownConsequenceSchedules"/>) is fitted to the
    /// profile's tier set first (<see cref="KnownConsequenceSchedules.TryFitTo"/>).</param>
    /// <exception cref="ArgumentException">The history's current year is not the evaluation year; the schedule names a tier
    /// outside the profile's tier set; or it is a built-in schedule that does not fit the set.</exception>
    public static EvaluationConsequences ForEvaluation(Evaluation evaluation, TierHistory history, ConsequenceSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(schedule);
        var tiers = evaluation.Profile.Tiers;
        if (!KnownConsequenceSchedules.TryFitTo(schedule, tiers, out var fitted, out var problem))
        {
            throw new ArgumentException(problem + ".", nameof(schedule));
        }

        schedule = fitted;
        foreach (var named in schedule.Tiers)
        {
            if (named is not (Tier.T or Tier.UngradedAsB) && !tiers.Contains(named))
            {
                throw new ArgumentException($"Schedule '{schedule.Id}' names tier {named}, which the profile's tier set {tiers} does not have.", nameof(schedule));
            }
        }

        var year = evaluation.Profile.EvaluationYear;
        if (history.CurrentYear != year)
        {
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The tier history ends in {history.CurrentYear}, the evaluation is for {year}."),
                nameof(history));
        }

        // The lines depend only on (tier, consecutive years): made once per pair and shared by the rows that have it.
        // Without results for the year before, no run is longer than the current year: every count is 1, no lookup per firm.
        var lines = new IReadOnlyList<ConsequenceLine>[evaluation.Table.Count];
        var made = new Dictionary<(Tier Tier, int Years), IReadOnlyList<ConsequenceLine>>();
        var onlyThisYear = !history.Years.Contains(year - 1);
        for (var row = 0; row < lines.Length; row++)
        {
            if (evaluation.TierOf(row) is not { } t)
            {
                lines[row] = [];
                continue;
            }

            var years = onlyThisYear ? 1 : Math.Max(1, history.ConsecutiveYears(evaluation.Table.Ids[row], t));
            if (!made.TryGetValue((t, years), out var applied))
            {
                made[(t, years)] = applied = schedule.Apply(t, years, year, tiers);
            }

            lines[row] = applied;
        }

        return new EvaluationConsequences(evaluation, lines);
    }

    /// <summary>
    /// The consequence lines of every row under the profile's own schedule (<see cref="EvaluationProfile.Consequences"/>),
    /// with the tier history built from <paramref name="prior"/> results and the evaluation; every row has no lines when
    /// the profile has no schedule.
    /// </summary>
    /// <param name="evaluation">The current evaluation.</param>
    /// <param name="prior">Prior years' results (e.g. read with <c>ResultsCsvReader</c>); empty for a first year.</param>
    public static EvaluationConsequences ForEvaluation(Evaluation evaluation, IEnumerable<PriorResult> prior)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(prior);
        if (evaluation.Profile.Consequences is not { } schedule)
        {
            var none = new IReadOnlyList<ConsequenceLine>[evaluation.Table.Count];
            Array.Fill(none, []);
            return new EvaluationConsequences(evaluation, none);
        }

        return ForEvaluation(evaluation, TierHistory.Build(prior, evaluation), schedule);
    }

    /// <summary>Joins consequence lines with <c>"; "</c>, as the results file writes them (empty when none).</summary>
    /// <param name="lines">The lines.</param>
    public static string Join(IEnumerable<ConsequenceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return string.Join("; ", lines.Select(l => l.Text));
    }
}
