namespace EnterpriseScoring.Scorecards;

/// <summary>
/// The member firms of a scored platform — the firms its figures cover: its own, its 分区分园's, those of the platforms
/// merged into it — by tier of the run's firm evaluation, in the firm profile's tier set, and the evaluated land of the
/// bottom tier (倒逼整治类: D of A/B/C/D, C of A/B/C, E of A–E). Immutable.
/// </summary>
public sealed record ScorecardTierMix
{
    /// <summary>The codes of every tier a firm of the set can have, best first (<see cref="Classification.TierSet.AllTiers"/>: the set's levels, then T and ungraded_as_b).</summary>
    public required IReadOnlyList<string> Codes { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>The number of member firms in each tier, in <see cref="Codes"/> order.</summary>
    public required IReadOnlyList<int> Firms { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>The member firms without a tier (excluded from the evaluation, or not rated).</summary>
    public int WithoutTier { get; init; }

    /// <summary>The code of the set's bottom tier (<see cref="Classification.TierSet.Bottom"/>).</summary>
    public required string BottomCode { get; init; }

    /// <summary>Σ the evaluated land (亩) of the bottom tier's member firms: the exact sum, rounded once (ties to even; 0 when there are none; a firm without finite land adds nothing).</summary>
    public double BottomTierLand { get; init; }

    /// <summary>The number of member firms in the tier of <paramref name="code"/>; 0 for a code not in <see cref="Codes"/>.</summary>
    /// <param name="code">A tier code.</param>
    public int FirmsIn(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        for (var i = 0; i < Codes.Count; i++)
        {
            if (Codes[i] == code)
            {
                return Firms[i];
            }
        }

        return 0;
    }
}
