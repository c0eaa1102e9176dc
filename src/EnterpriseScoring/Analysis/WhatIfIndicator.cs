using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.Analysis;

/// <summary>One indicator of a firm in a what-if: today and with the change.</summary>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="ChineseName">The indicator's Chinese name.</param>
/// <param name="Outcome">Whether the changed value could be computed.</param>
/// <param name="Value">The changed value (null when not computed).</param>
/// <param name="Score">The changed score (null when the firm would not be rated).</param>
/// <param name="BaselineValue">Today's value (null when not computed).</param>
/// <param name="BaselineScore">Today's score.</param>
public sealed record WhatIfIndicator(string IndicatorId, string ChineseName, IndicatorOutcome Outcome, double? Value, double? Score, double? BaselineValue, double? BaselineScore);
