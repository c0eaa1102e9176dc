namespace EnterpriseScoring.Scoring;

/// <summary>What to do with a negative indicator value (losses, tax refunds). No published rule exists; the default is <see cref="Allow"/>.</summary>
public enum NegativeValuePolicy
{
    /// <summary>Use the value as it is.</summary>
    Allow = 0,

    /// <summary>Use 0 instead; the explanation says so.</summary>
    ClampToZero = 1,

    /// <summary>The firm is rejected with the value and indicator as reason.</summary>
    Reject = 2,
}
