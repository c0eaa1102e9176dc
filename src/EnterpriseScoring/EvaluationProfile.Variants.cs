using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring;

/// <summary>
/// Variants in one expression — "this built-in profile, but entropy weights in one pool / weight 30 for one indicator / a
/// fixed benchmark of 15 / quota bands 10/70/15/5" — without writing an <c>extends</c> JSON. Each returns a new profile
/// equal to what the same change written as an <c>extends</c> diff loads into, checked the way a loaded profile is: a
/// variant that would not load throws the same <see cref="ProfileException"/>, with JSON paths such as
/// <c>$.pools[0].indicators[2].weight</c>. <see cref="Metadata"/> travels with the variant.
/// </summary>
public sealed partial record EvaluationProfile
{
    /// <summary>
    /// The same profile with the weights of pool <paramref name="poolId"/> computed by <paramref name="method"/> from the
    /// pool's data (entropy, CRITIC, …), or back to each indicator's fixed weight when <paramref name="method"/> is null —
    /// the diff <c>{"pools": [{"id": poolId, "weighting": {"method": …}}]}</c>.
    /// </summary>
    /// <param name="poolId">The pool's id, e.g. <c>above_size</c>.</param>
    /// <param name="method">E.g. <see cref="KnownWeightingMethods.Entropy"/>; null for the fixed weights.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentException">No pool has id <paramref name="poolId"/>.</exception>
    /// <exception cref="ProfileException">The variant is invalid (e.g. back to fixed weights where an indicator has none).</exception>
    public EvaluationProfile WithWeighting(string poolId, IWeightingMethod? method) =>
        Checked(WithPool(poolId, p => p with { Weighting = method }));

    /// <summary>
    /// The same profile with the fixed weight (points) of indicator <paramref name="indicatorId"/> in pool
    /// <paramref name="poolId"/> set to <paramref name="weight"/> — the diff
    /// <c>{"pools": [{"id": poolId, "indicators": [{"id": indicatorId, "weight": weight}]}]}</c>. The other weights are
    /// <b>not</b> renormalised: they keep their points, so the pool's points change by the difference — unless the pool
    /// sets <see cref="PoolProfile.TotalPoints"/>, in which case the engine rescales all weights to that sum, as it does for
    /// the JSON.
    /// </summary>
    /// <param name="poolId">The pool's id.</param>
    /// <param name="indicatorId">The indicator's id, e.g. <c>tax_per_mu</c>.</param>
    /// <param name="weight">Points &gt; 0, e.g. 30.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentException">No pool or indicator has that id.</exception>
    /// <exception cref="ProfileException">The weight is out of range, or the pool computes its weights (a fixed weight would be
    /// ignored: call <see cref="WithWeighting"/> with null first).</exception>
    public EvaluationProfile WithWeight(string poolId, string indicatorId, double weight)
    {
        var (p, j) = IndexOf(poolId, indicatorId);
        if (Pools[p].Weighting is { } computed)
        {
            throw new ProfileException([new ProfileProblem(
                $"$.pools[{p}].indicators[{j}].weight",
                $"pool '{poolId}' computes its weights ({computed.Name}); a fixed weight would be ignored",
                $"use profile.WithWeighting(\"{poolId}\", null) first to go back to fixed weights")]);
        }

        if (IndicatorProfile.WeightProblem(weight) is { } problem)
        {
            throw new ProfileException([new ProfileProblem($"$.pools[{p}].indicators[{j}].weight", problem.Message, problem.Hint)]);
        }

        return Checked(WithPool(poolId, pool => pool.WithIndicator(indicatorId, i => i with { Weight = weight })));
    }

    /// <summary>
    /// The same profile with the benchmark of indicator <paramref name="indicatorId"/> in pool <paramref name="poolId"/>
    /// replaced by <paramref name="benchmark"/> (its scoring method and everything else kept) — the diff
    /// <c>{"pools": [{"id": poolId, "indicators": [{"id": indicatorId, "benchmark": {…}}]}]}</c>.
    /// </summary>
    /// <param name="poolId">The pool's id.</param>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="benchmark">E.g. <see cref="KnownBenchmarks.Median"/>.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentException">No pool or indicator has that id.</exception>
    /// <exception cref="ProfileException">The variant is invalid.</exception>
    public EvaluationProfile WithBenchmark(string poolId, string indicatorId, IBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return Checked(WithPool(poolId, pool => pool.WithIndicator(indicatorId, i => i with { Benchmark = benchmark })));
    }

    /// <summary>
    /// The same profile with a fixed (published) benchmark <paramref name="value"/> for indicator
    /// <paramref name="indicatorId"/> in pool <paramref name="poolId"/> — the diff
    /// <c>{… "benchmark": {"type": "fixed", "value": value}}</c>.
    /// </summary>
    /// <param name="poolId">The pool's id.</param>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="value">The target in the indicator's unit, &gt; 0, e.g. 30.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentException">No pool or indicator has that id.</exception>
    /// <exception cref="ProfileException">The value is not &gt; 0 or out of range (at <c>$.pools[i].indicators[j].benchmark.value</c>).</exception>
    public EvaluationProfile WithBenchmark(string poolId, string indicatorId, double value)
    {
        var (p, j) = IndexOf(poolId, indicatorId);
        if (FixedBenchmark.ValueProblem(value) is { } problem)
        {
            throw new ProfileException([new ProfileProblem($"$.pools[{p}].indicators[{j}].benchmark.value", problem.Message, problem.Hint)]);
        }

        return WithBenchmark(poolId, indicatorId, KnownBenchmarks.Fixed(value));
    }

    /// <summary>
    /// The same profile with pool <paramref name="poolId"/> tiered by quota bands <paramref name="a"/>/<paramref name="b"/>/
    /// <paramref name="c"/>/<paramref name="d"/> percent — the diff
    /// <c>{"pools": [{"id": poolId, "tiering": {"scheme": "quota_bands", "a": …}}]}</c>. When the pool already uses quota
    /// bands their rounding, boundary ties and minimum scope for D are kept (the JSON diff merges the same way); otherwise
    /// the defaults apply.
    /// </summary>
    /// <param name="poolId">The pool's id.</param>
    /// <param name="a">Percent in A.</param>
    /// <param name="b">Percent in B.</param>
    /// <param name="c">Percent in C.</param>
    /// <param name="d">Percent in D; the four are ≥ 0 and add up to 100.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentException">No pool has id <paramref name="poolId"/>.</exception>
    /// <exception cref="ProfileException">The bands are negative or do not add up to 100 (at <c>$.pools[i].tiering</c>).</exception>
    public EvaluationProfile WithBands(string poolId, double a, double b, double c, double d)
    {
        var (p, _) = IndexOf(poolId, null);
        if (QuotaBands.PercentagesProblem(a, b, c, d) is { } problem)
        {
            throw new ProfileException([new ProfileProblem($"$.pools[{p}].tiering", problem.Message, problem.Hint)]);
        }

        return Checked(WithPool(poolId, pool => pool with
        {
            Tiering = pool.Tiering is QuotaBands old
                ? new QuotaBands(a, b, c, d, old.Rounding, old.Ties, old.MinimumScopeSizeForD)
                : new QuotaBands(a, b, c, d),
        }));
    }

    /// <summary>The same profile with every pool tiered by quota bands <paramref name="a"/>/<paramref name="b"/>/
    /// <paramref name="c"/>/<paramref name="d"/> (<see cref="WithBands(string, double, double, double, double)"/> for each pool).</summary>
    /// <param name="a">Percent in A.</param>
    /// <param name="b">Percent in B.</param>
    /// <param name="c">Percent in C.</param>
    /// <param name="d">Percent in D; the four are ≥ 0 and add up to 100.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ProfileException">The bands are negative or do not add up to 100.</exception>
    public EvaluationProfile WithBands(double a, double b, double c, double d) =>
        Pools.Aggregate(this, (profile, pool) => profile.WithBands(pool.Id, a, b, c, d));

    /// <summary>The pool's index and, when <paramref name="indicatorId"/> is given, the indicator's index in it.</summary>
    /// <exception cref="ArgumentException">No pool or indicator has that id (the message lists the ids there are).</exception>
    private (int Pool, int Indicator) IndexOf(string poolId, string? indicatorId)
    {
        ArgumentNullException.ThrowIfNull(poolId);
        for (var p = 0; p < Pools.Count; p++)
        {
            if (!string.Equals(Pools[p].Id, poolId, StringComparison.Ordinal))
            {
                continue;
            }

            if (indicatorId is null)
            {
                return (p, -1);
            }

            var indicators = Pools[p].Indicators;
            for (var j = 0; j < indicators.Count; j++)
            {
                if (string.Equals(indicators[j].Indicator.Id, indicatorId, StringComparison.Ordinal))
                {
                    return (p, j);
                }
            }

            throw new ArgumentException($"Pool '{poolId}' has no indicator '{indicatorId}'; its indicators are: {string.Join(", ", indicators.Select(i => "'" + i.Indicator.Id + "'"))}.", nameof(indicatorId));
        }

        throw new ArgumentException($"No pool has id '{poolId}'; the pools are: {string.Join(", ", Pools.Select(p => "'" + p.Id + "'"))}.", nameof(poolId));
    }

    /// <summary><paramref name="variant"/> after the checks a loaded profile passes (<see cref="Evaluator"/>'s), with the
    /// problems at their JSON paths as <see cref="Profiles.ProfileLoader"/> reports them.</summary>
    private static EvaluationProfile Checked(EvaluationProfile variant)
    {
        try
        {
            _ = new Evaluator(variant);
        }
        catch (ProfileException e)
        {
            throw new ProfileException(e.Problems.Select(p => p with { Path = p.Path.StartsWith('$') ? p.Path : "$." + p.Path }).ToArray());
        }

        return variant;
    }
}
