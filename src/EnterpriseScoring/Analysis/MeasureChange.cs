namespace EnterpriseScoring.Analysis;

/// <summary>A new value of one of a firm's measures, for <see cref="WhatIfAnalysis.Evaluate"/>.</summary>
/// <param name="Measure">The measure (e.g. <see cref="KnownMeasures.Tax"/>).</param>
/// <param name="Value">The firm's new value in the measure's unit; null for "not reported".</param>
/// <remarks>
/// For a firm of a shared parcel (evaluated together with the other firms of the parcel) the change moves the parcel's
/// sum by the firm's own change.
/// </remarks>
public sealed record MeasureChange(Measure Measure, double? Value);
