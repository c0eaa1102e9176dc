namespace EnterpriseScoring;

/// <summary>
/// A measure a profile reads, and every part of the profile that reads it (see <see cref="Evaluator.RequiredMeasures"/>).
/// The input must have a column for it — a column whose cells are all blank counts — unless the measure is accepted as
/// missing (<see cref="EvaluationProfile.AcceptMissingMeasures"/>, <see cref="EvaluatorOptions.AcceptMissingMeasures"/>).
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="Uses">What reads it, in profile order: the land strategy, eligibility rules, pools (selector, indicators, adjustments), overrides.</param>
public sealed record MeasureRequirement(Measure Measure, IReadOnlyList<MeasureUse> Uses)
{
    /// <summary>What reads it, in profile order: the land strategy, eligibility rules, pools (selector, indicators, adjustments), overrides.</summary>
    public IReadOnlyList<MeasureUse> Uses { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Uses);

    /// <summary><c>tax (实缴税金, 万元), needed by indicator tax_per_mu (亩均税收) in pools above_size, below_size</c>.</summary>
    public override string ToString() => $"{Measure}, needed by {string.Join("; ", Uses)}";
}
