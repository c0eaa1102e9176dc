using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Corrections;

/// <summary>
/// What <see cref="TierAdjustments.ApplyTo"/> made: the evaluation with the manual tiers, the decisions applied, and every
/// decision that could not be applied with its line, column, value and reason.
/// </summary>
/// <remarks>When <see cref="Problems"/> is not empty, decisions are missing from <see cref="Evaluation"/>: do not publish it
/// (<c>escore score --adjustments</c> then fails with exit code 3). Immutable and thread-safe.</remarks>
public sealed class TierAdjustmentResult
{
    internal TierAdjustmentResult(Evaluation evaluation, IReadOnlyList<AppliedTierAdjustment> applied, IReadOnlyList<RowIssue> problems)
    {
        Evaluation = evaluation;
        Applied = ReadOnlyCopy.List(applied)!;
        Problems = ReadOnlyCopy.List(problems)!;
    }

    /// <summary>The evaluation with every applicable decision (<see cref="EnterpriseScoring.Evaluation.TierAdjustments"/>).</summary>
    public Evaluation Evaluation { get; }

    /// <summary>The decisions applied, in file order.</summary>
    public IReadOnlyList<AppliedTierAdjustment> Applied { get; }

    /// <summary>The decisions that could not be read or applied, in line order; empty when all were applied.</summary>
    public IReadOnlyList<RowIssue> Problems { get; }

    /// <summary>Whether every decision was applied.</summary>
    public bool IsComplete => Problems.Count == 0;
}
