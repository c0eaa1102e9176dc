namespace EnterpriseScoring.Adjustments;

/// <summary>
/// A bonus or deduction item (加分/减分项): gives a firm signed points (positive = bonus, negative = deduction)
/// or nothing.
/// </summary>
/// <remarks>Rules sharing a <see cref="Category"/> are combined by <see cref="AdjustmentRules"/>: among bonuses in one
/// category only the highest counts (同类不累计，就高不就低), and a category may be capped. Implementations are
/// immutable and thread-safe.</remarks>
public interface IAdjustmentRule
{
    /// <summary>snake_case id, shown on results.</summary>
    string Id { get; }

    /// <summary>Display label, e.g. 高新技术企业.</summary>
    string Label { get; }

    /// <summary>The category, or <see langword="null"/> when the rule stands alone.</summary>
    string? Category { get; }

    /// <summary>
    /// The measures the rule reads, e.g. <c>lessees</c> for a per-lessee deduction. The input must have a column for each
    /// unless it is accepted as missing (<see cref="Evaluator.RequiredMeasures"/>). The default is none (a rule on tags).
    /// </summary>
    IReadOnlyList<Measure> Measures => [];

    /// <summary>
    /// What every firm gets from this rule when one of its <see cref="Measures"/> is accepted as missing (the input has no
    /// column for it), as <see cref="Evaluator.RequiredMeasures"/> reports it (<see cref="MeasureUse.WhenMissing"/>).
    /// <value>The default value is "every firm lacks it (the rule's own handling applies)".</value>
    /// </summary>
    string MissingMeasureEffect => "every firm lacks it (the rule's own handling applies)";

    /// <summary>The points for row <paramref name="row"/>; 0 when the rule does not apply.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="row">The row.</param>
    /// <param name="detail">How the points were obtained (empty when 0).</param>
    double Evaluate(FirmTable table, int row, out string detail);

    /// <summary>
    /// Adds a problem to <paramref name="check"/> for each of the rule's numeric parameters outside its documented
    /// range (docs/profile-format.md, "Numeric ranges"); the engine calls it when an <see cref="Evaluator"/> is compiled.
    /// Internal: a component from outside the library checks its parameters itself (the default checks nothing).
    /// </summary>
    /// <param name="check">Collects the problems.</param>
    /// <param name="path">The JSON path of the component in the profile.</param>
    internal void CheckRanges(ParameterRangeCheck check, string path)
    {
    }
}
