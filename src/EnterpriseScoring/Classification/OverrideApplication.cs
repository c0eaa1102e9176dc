namespace EnterpriseScoring.Classification;

/// <summary>One override rule that matched a firm, and what it did.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Label">The rule label.</param>
/// <param name="Action">The rule's action.</param>
/// <param name="From">The tier before the rule.</param>
/// <param name="To">The tier after the rule (equal to <paramref name="From"/> when it changed nothing).</param>
/// <param name="Note">Why it changed nothing, when it did not (e.g. vetoed).</param>
public sealed record OverrideApplication(string RuleId, string Label, OverrideAction Action, Tier From, Tier To, string? Note);
