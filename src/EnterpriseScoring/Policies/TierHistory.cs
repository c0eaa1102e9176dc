using System.Globalization;

namespace EnterpriseScoring.Policies;

/// <summary>
/// Each firm's tier per year, from several years' results up to a current year: the input of consequence schedules
/// that depend on consecutive years in a tier (e.g. a surcharge rising with each consecutive year in D).
/// </summary>
/// <remarks>
/// <para>Firms are identified by id (统一社会信用代码, ordinal comparison).</para>
/// <para>A year in which a firm has no result, or a result without a tier (exempt, transition, not rated…), breaks a run of
/// consecutive years, as does a different tier: <see cref="ConsecutiveYears"/> counts only an unbroken sequence of
/// calendar years ending at <see cref="CurrentYear"/>.</para>
/// <para>Within one year, a result with a tier wins over results without one for the same id; two different tiers for the
/// same id and year are rejected. When the current evaluation is given, it replaces any prior results of that year.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TierHistory
{
    private readonly Dictionary<string, SortedDictionary<int, Tier?>> byId;

    // The current year's tiers when built from an evaluation (one entry per id, no per-firm year map); null otherwise.
    private readonly Dictionary<string, Tier?>? current;

    private TierHistory(int currentYear, Dictionary<string, SortedDictionary<int, Tier?>> byId, int[] years, Dictionary<string, Tier?>? current = null)
    {
        CurrentYear = currentYear;
        this.byId = byId;
        Years = years;
        this.current = current;
    }

    /// <summary>The year consecutive runs end at.</summary>
    public int CurrentYear { get; }

    /// <summary>The years that have at least one result, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Every firm id with at least one result, sorted ordinally.</summary>
    public IReadOnlyList<string> Ids => (current is null ? byId.Keys : byId.Keys.Union(current.Keys, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds the history from prior years' results and the current evaluation (year = its profile's evaluation year).</summary>
    /// <param name="prior">Results of earlier years (any number of years, any order).</param>
    /// <param name="current">The current evaluation.</param>
    /// <exception cref="ArgumentException">An id has two different tiers in one year, or a prior result is later than the current year.</exception>
    public static TierHistory Build(IEnumerable<PriorResult> prior, Evaluation current)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(current);
        var year = current.Profile.EvaluationYear;
        var history = FromResults(prior.Where(r => r.Year != year), year);

        // The current year: only each id's tier — no result object or year map per firm (a city of 1M firms).
        var table = current.Table;
        var tiers = new Dictionary<string, Tier?>(table.Count, StringComparer.Ordinal);
        for (var row = 0; row < table.Count; row++)
        {
            var id = table.Ids[row];
            var tier = current.TierOf(row);
            if (!tiers.TryGetValue(id, out var seen) || seen is null)
            {
                tiers[id] = tier;
            }
            else if (tier is { } t && t != seen)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Firm '{id}' has two different tiers in {year}: {seen} and {t}."), nameof(current));
            }
        }

        var years = history.Years.Append(year).Distinct().Order().ToArray();
        return new TierHistory(year, history.byId, years, tiers);
    }

    /// <summary>Builds the history from results of several years, the latest of which is <paramref name="currentYear"/>.</summary>
    /// <param name="results">Results of any number of years, any order.</param>
    /// <param name="currentYear">The year consecutive runs end at.</param>
    /// <exception cref="ArgumentException">An id has two different tiers in one year, or a result is later than <paramref name="currentYear"/>.</exception>
    public static TierHistory FromResults(IEnumerable<PriorResult> results, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(results);
        var byId = new Dictionary<string, SortedDictionary<int, Tier?>>(StringComparer.Ordinal);
        var years = new SortedSet<int>();
        foreach (var group in results.GroupBy(r => r.Year))
        {
            if (group.Key > currentYear)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"A result is for {group.Key}, after the current year {currentYear}."), nameof(results));
            }

            years.Add(group.Key);
            foreach (var (id, r) in PriorResults.ById(group))
            {
                if (!byId.TryGetValue(id, out var perYear))
                {
                    byId[id] = perYear = [];
                }

                perYear[group.Key] = r.Tier;
            }
        }

        return new TierHistory(currentYear, byId, years.ToArray());
    }

    /// <summary>The firm's tier in <paramref name="year"/>; null when it had no result or no tier that year.</summary>
    /// <param name="id">The firm id.</param>
    /// <param name="year">The year.</param>
    public Tier? TierIn(string id, int year)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryGetResult(id, year, out var tier) ? tier : null;
    }

    /// <summary>
    /// The number of consecutive calendar years, counting back from <see cref="CurrentYear"/> (included), in which the firm
    /// was in <paramref name="tier"/>: 0 when it is not in that tier in the current year. A missing year, a year without a
    /// tier or a different tier ends the run.
    /// </summary>
    /// <param name="id">The firm id.</param>
    /// <param name="tier">The tier.</param>
    public int ConsecutiveYears(string id, Tier tier)
    {
        ArgumentNullException.ThrowIfNull(id);
        var count = 0;
        for (var year = CurrentYear; TryGetResult(id, year, out var t) && t == tier; year--)
        {
            count++;
        }

        return count;
    }

    /// <summary>The firm's results by year, ascending: one entry per year it has a result (tier null when it had none).</summary>
    /// <param name="id">The firm id.</param>
    public IReadOnlyList<TierYear> Trajectory(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var years = byId.TryGetValue(id, out var perYear) ? perYear.Select(p => new TierYear(p.Key, p.Value)) : [];
        if (current is not null && current.TryGetValue(id, out var now))
        {
            years = years.Append(new TierYear(CurrentYear, now));
        }

        return years.ToArray();
    }

    /// <summary>The firm's trajectory as text, e.g. <c>2022:B 2023:D 2024:D</c> (<c>-</c> for a year without a tier).</summary>
    /// <param name="id">The firm id.</param>
    public string DescribeTrajectory(string id) =>
        string.Join(" ", Trajectory(id).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Year}:{t.Tier?.ToString() ?? "-"}")));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"TierHistory to {CurrentYear}: {Ids.Count} firms, years {string.Join(",", Years)}");

    /// <summary>Whether the firm has a result in <paramref name="year"/>, and its tier there (null: a result without a tier).</summary>
    private bool TryGetResult(string id, int year, out Tier? tier)
    {
        if (current is not null && year == CurrentYear)
        {
            return current.TryGetValue(id, out tier);
        }

        tier = null;
        return byId.TryGetValue(id, out var perYear) && perYear.TryGetValue(year, out tier);
    }
}

/// <summary>A firm's tier in one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Tier">The tier, or null when the firm had a result without a tier.</param>
public readonly record struct TierYear(int Year, Tier? Tier);
