namespace EnterpriseScoring.Policies;

/// <summary>One consequence of a firm's tier: what applies, how much, and which rule said so.</summary>
/// <param name="Kind">The kind of consequence.</param>
/// <param name="Text">A description in Chinese and English (never contains <c>"; "</c>, so lines can be joined with it).</param>
/// <param name="Amount">The amount (元/kWh for a surcharge, percent for a quota cut); null for a policy note.</param>
/// <param name="Unit">The unit of <paramref name="Amount"/> (empty for a policy note).</param>
/// <param name="RuleId">The id of the rule that produced the line.</param>
public sealed record ConsequenceLine(ConsequenceKind Kind, string Text, double? Amount, string Unit, string RuleId)
{
    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
