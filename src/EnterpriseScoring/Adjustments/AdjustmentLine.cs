namespace EnterpriseScoring.Adjustments;

/// <summary>One bonus or deduction on a firm's result.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Label">The rule's label.</param>
/// <param name="Category">The rule's category, or null.</param>
/// <param name="Points">The points the rule gave (signed).</param>
/// <param name="CountedPoints">The points that count toward the total after "highest in category" and caps.</param>
/// <param name="Detail">How the points were obtained and, where they differ, why only part counts.</param>
public sealed record AdjustmentLine(string RuleId, string Label, string? Category, double Points, double CountedPoints, string Detail);
