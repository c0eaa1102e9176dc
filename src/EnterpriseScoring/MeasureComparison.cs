namespace EnterpriseScoring;

/// <summary>
/// How a condition compares a firm's measure with a threshold. Each name reads one way only, whatever the wording of
/// the notice it comes from: 超过/高于 is <see cref="GreaterThan"/>, 以上(含)/不低于 is <see cref="AtLeast"/>,
/// 低于/不足/以下(不含) is <see cref="LessThan"/>, 以下(含)/不超过 is <see cref="AtMost"/>.
/// </summary>
internal enum MeasureComparison
{
    /// <summary>Strictly greater (&gt;): profile key <c>measure_greater_than</c>.</summary>
    GreaterThan,

    /// <summary>Greater or equal (≥): profile key <c>measure_greater_or_equal</c> (alias <c>measure_at_least</c>).</summary>
    AtLeast,

    /// <summary>Strictly less (&lt;): profile key <c>measure_less_than</c> (alias <c>measure_below</c>).</summary>
    LessThan,

    /// <summary>Less or equal (≤): profile key <c>measure_less_or_equal</c>.</summary>
    AtMost,
}
