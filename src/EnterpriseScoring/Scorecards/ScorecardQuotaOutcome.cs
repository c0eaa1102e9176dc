namespace EnterpriseScoring.Scorecards;

/// <summary>What one quota did in one group (<see cref="Scorecard.QuotaOutcomes"/>).</summary>
/// <param name="Quota">The quota's index in <see cref="ScorecardProfile.Quotas"/>.</param>
/// <param name="Type">The quota's type id.</param>
/// <param name="Group">The county or peer group.</param>
/// <param name="Platforms">The group's scored platforms.</param>
/// <param name="Required">The platforms the quota requires in the type (rounded).</param>
/// <param name="ByRules">The platforms that took the type before this quota (by the rules, or by an earlier quota).</param>
/// <param name="Moved">The platforms this quota moved into the type.</param>
/// <param name="Short">How many platforms the type still lacks (0 when met): the others were protected or in quota types.</param>
public sealed record ScorecardQuotaOutcome(int Quota, string Type, string Group, int Platforms, int Required, int ByRules, int Moved, int Short);
