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
}
