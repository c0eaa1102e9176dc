namespace EnterpriseScoring.Scoring;

/// <summary>
/// What a <see cref="StandardValueTable"/> does with a firm whose value of a size measure is missing (its size class cannot
/// be decided: a class needs every threshold met, 国统字〔2017〕213号 "且").
/// </summary>
public enum MissingSizeMeasure
{
    /// <summary>No size class: the firm gets a 全行业 (every size) row — its 大类's, its 门类's or the default one — as a firm below every class does.</summary>
    AllSizes,

    /// <summary>No row at all: the firm has no standard values (<see cref="Indicators.IndicatorOutcome.NoStandardRow"/>, not even the indicator's own standards) and the indicator's missing-value policy applies.</summary>
    NoRow,
}
