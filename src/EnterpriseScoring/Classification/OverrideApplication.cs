namespace EnterpriseScoring.Classification;

/// <summary>One override rule that matched a firm, and what it did.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Label">The rule label.</param>
/// <param name="Action">The rule's action.</param>
/// <param name="From">The tier before the rule; <see langword="null"/> for a firm without one (taken out of rating by eligibility, see <see cref="OverrideRule.AppliesToIneligible"/>).</param>
/// <param name="To">The tier after the rule (equal to <paramref name="From"/> when it changed nothing).</param>
/// <param name="Note">Why it changed nothing, when it did not (e.g. vetoed), or how it reached an unrated firm.</param>
public sealed record OverrideApplication(string RuleId, string Label, OverrideAction Action, Tier? From, Tier To, string? Note);
