namespace EnterpriseScoring.Classification;

/// <summary>
/// Turns the ranked totals of one ranking scope (a pool, or a pool within one region) into tiers A–D.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe and must depend only on totals and ranks, never on the
/// order of the rows, so shuffled input gives identical tiers. Built-ins: <see cref="QuotaBands"/>, <see cref="ScoreThresholds"/>.</remarks>
public interface ITierScheme
{
    /// <summary>The snake_case name profiles use, e.g. <c>quota_bands</c>.</summary>
    string Name { get; }

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
    /// <param name="tiers">Receives each firm's tier (A–D).</param>
    void Assign(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, Span<Tier> tiers);

    /// <summary>Why a firm with this total and rank in a scope of <paramref name="count"/> rated firms got <paramref name="tier"/>,
    /// e.g. <c>quota band A: rank 3 ≤ 8 = round(20% × 40)</c>.</summary>
    /// <param name="total">The firm's total.</param>
    /// <param name="rank">The firm's rank.</param>
    /// <param name="count">The number of rated firms in the scope.</param>
    /// <param name="tier">The tier the scheme gave.</param>
    string Explain(double total, int rank, int count, Tier tier);

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
