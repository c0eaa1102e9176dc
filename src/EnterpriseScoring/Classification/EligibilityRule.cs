namespace EnterpriseScoring.Classification;

/// <summary>
/// An eligibility rule, checked before pools: a firm matching <see cref="When"/> is not rated and gets
/// <see cref="Outcome"/> with the rule's label as reason. The first matching rule (in profile order) wins.
/// </summary>
/// <remarks>A value: immutable, derived with <see langword="with"/>, equal by value. Thread-safe.</remarks>
public sealed record EligibilityRule
{
    /// <summary>snake_case id.</summary>
    public required string Id { get; init; }

    /// <summary>Display label and reason, e.g. 公用事业企业不参评.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The outcome: <see cref="FirmStatus.Exempt"/>, <see cref="FirmStatus.Transition"/>, <see cref="FirmStatus.CollectOnly"/>,
    /// <see cref="FirmStatus.TClass"/> or <see cref="FirmStatus.UngradedAsB"/>.</summary>
    public required FirmStatus Outcome { get; init; }

    /// <summary>Which firms it applies to.</summary>
    public required FirmCondition When { get; init; }
}
