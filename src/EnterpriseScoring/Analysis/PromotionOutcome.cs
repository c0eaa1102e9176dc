namespace EnterpriseScoring.Analysis;

/// <summary>Whether a firm can move up a tier by improving its figures (<see cref="PromotionPath"/>).</summary>
public enum PromotionOutcome
{
    /// <summary>A better total lifts the firm into the next tier; the path says how.</summary>
    Possible,

    /// <summary>The firm is in the top tier (A) already.</summary>
    TopTier,

    /// <summary>The firm is not rated (rejected, excluded, ineligible, not pooled): it has no tier to move from.</summary>
    NotRated,

    /// <summary>The firm's pool has no tier scheme (ranks only).</summary>
    NoTiers,

    /// <summary>No total lifts the firm: an override holds its tier (a veto, 一票否决, or a forced tier).</summary>
    CannotMoveUp,
}
