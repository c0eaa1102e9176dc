namespace EnterpriseScoring;

/// <summary>
/// A measure the profile reads that a table lacks entirely (no column at all), found by
/// <see cref="Evaluator.FindMissingMeasures"/>: what needs it, the input headers that look like it, and whether the
/// caller accepted it as missing.
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="NeededBy">What reads it, and what happens to every firm without it.</param>
/// <param name="Suggestions">The input's headers (as written) closest to the measure's names — a likely misspelling — best first; may be empty.</param>
/// <param name="IsAccepted">Whether the profile or the evaluator's options accept the measure as missing: the evaluation then runs, under <see cref="MeasureUse.WhenMissing"/>.</param>
public sealed record MissingMeasure(Measure Measure, IReadOnlyList<MeasureUse> NeededBy, IReadOnlyList<string> Suggestions, bool IsAccepted)
{
    /// <summary>What reads it, and what happens to every firm without it.</summary>
    public IReadOnlyList<MeasureUse> NeededBy { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(NeededBy);

    /// <summary>The input's headers (as written) closest to the measure's names — a likely misspelling — best first; may be empty.</summary>
    public IReadOnlyList<string> Suggestions { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Suggestions);

    /// <summary>
    /// One line: <c>tax (实缴税金, 万元), needed by indicator tax_per_mu (亩均税收) in pools above_size, below_size — did you
    /// mean 'tax' for 'taxx'?</c>
    /// </summary>
    public override string ToString()
    {
        var needed = $"{Measure}, needed by {string.Join("; ", NeededBy)}";
        return Suggestions.Count == 0
            ? needed + " — no similar header found"
            : $"{needed} — did you mean '{Measure.Id}' for {string.Join(" or ", Suggestions.Select(s => $"'{s}'"))}?";
    }

    /// <summary>
    /// What happens to every firm now that the measure is missing: <c>tax (实缴税金, 万元) is accepted as missing: indicator
    /// tax_per_mu (亩均税收) in pools above_size, below_size: tax_per_mu is missing for every firm → zero (缺失计0分)</c>.
    /// </summary>
    public string DescribePolicy() =>
        $"{Measure} is accepted as missing, every firm lacks it / 已接受缺失: {string.Join("; ", NeededBy.Select(u => $"{u}: {u.WhenMissing}"))}";
}
