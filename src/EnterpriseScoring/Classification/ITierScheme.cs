namespace EnterpriseScoring.Classification;

/// <summary>
/// Turns the ranked totals of one ranking scope (a pool, or a pool within one region) into tiers: levels 1…<see cref="TierCount"/>
/// (<see cref="Tier.A"/>, <see cref="Tier.B"/>, …), shown under the codes of the profile's <see cref="TierSet"/>.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe and must depend only on totals and ranks, never on the
/// order of the rows, so shuffled input gives identical tiers. Built-ins: <see cref="QuotaBands"/>, <see cref="ScoreThresholds"/>.</remarks>
public interface ITierScheme
{
    /// <summary>The snake_case name profiles use, e.g. <c>quota_bands</c>.</summary>
    string Name { get; }

    /// <summary>How many tiers the scheme grades into (3–6); the profile's <see cref="EvaluationProfile.Tiers"/> must have as many.</summary>
    /// <value>The default value is 4 (A–D).</value>
    int TierCount => 4;

    /// <summary>
    /// The head count of each tier in a scope of <paramref name="count"/> rated firms, when the scheme allots fixed quotas;
    /// <see langword="null"/> otherwise. When a profile asks for re-flow (<see cref="EvaluationProfile.ReflowOverriddenSlots"/>)
    /// and override rules moved firms, the engine refills the slots the overrides freed from these quotas, placing tied
    /// firms by <see cref="TierQuotas.Ties"/>; a scheme without quotas is not re-flowed.
    /// </summary>
    /// <param name="count">The number of rated firms in the scope.</param>
    /// <returns>The quotas, or <see langword="null"/> (the default: no quotas, no re-flow).</returns>
    TierQuotas? QuotasFor(int count) => null;

    /// <summary>Assigns a tier to every rated firm of one scope.</summary>
    /// <param name="totals">Each firm's total score.</param>
    /// <param name="ranks">Each firm's rank within the scope (1 = best), from the pool's tie policy.</param>
    /// <param name="tiers">Receives each firm's tier (levels 1…<see cref="TierCount"/>: A, B, C, …).</param>
    void Assign(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, Span<Tier> tiers);

    /// <summary>Why a firm with this total and rank in a scope of <paramref name="count"/> rated firms got <paramref name="tier"/>,
    /// e.g. <c>quota band A: rank 3 ≤ 8 = round(20% × 40)</c>.</summary>
    /// <param name="total">The firm's total.</param>
    /// <param name="rank">The firm's rank.</param>
    /// <param name="count">The number of rated firms in the scope.</param>
    /// <param name="tier">The tier the scheme gave.</param>
    string Explain(double total, int rank, int count, Tier tier);

    /// <summary>
    /// <see cref="Explain(double, int, int, Tier)"/> with the tiers named by the codes of <paramref name="tiers"/> (e.g.
    /// <c>quota band A+: …</c>); the engine calls this one. The default ignores the codes (right for <see cref="TierSet.Standard"/>).
    /// </summary>
    /// <param name="total">The firm's total.</param>
    /// <param name="rank">The firm's rank.</param>
    /// <param name="count">The number of rated firms in the scope.</param>
    /// <param name="tier">The tier the scheme gave.</param>
    /// <param name="tiers">The profile's tier set.</param>
    string Explain(double total, int rank, int count, Tier tier, TierSet tiers) => Explain(total, rank, count, tier);

    /// <summary>
    /// Adds a problem to <paramref name="check"/> for each of the scheme's numeric parameters outside its documented
    /// range (docs/profile-format.md, "Numeric ranges"); the engine calls it when an <see cref="Evaluator"/> is compiled.
    /// Internal: a component from outside the library checks its parameters itself (the default checks nothing).
    /// </summary>
    /// <param name="check">Collects the problems.</param>
    /// <param name="path">The JSON path of the component in the profile.</param>
    internal void CheckRanges(ParameterRangeCheck check, string path)
    {
    }
}
