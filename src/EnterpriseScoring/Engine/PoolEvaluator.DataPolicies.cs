using System.Globalization;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

// Part of PoolEvaluator: the data checks and policies: invalid land, missing values excluded, negative values rejected or clamped.
internal static partial class PoolEvaluator
{
    private static void ApplyDataPolicies(PoolEvaluation result, double[] land)
    {
        var f = CultureInfo.InvariantCulture;
        for (var k = 0; k < result.Rows.Length; k++)
        {
            foreach (var column in result.Indicators)
            {
                var indicator = column.Profile.Indicator;
                var outcome = column.Outcomes[k];
                column.ValuesUsed[k] = column.Values[k];
                if (result.Status[k] != FirmStatus.Rated)
                {
                    continue;
                }

                if (outcome == IndicatorOutcome.InvalidLand)
                {
                    result.Status[k] = FirmStatus.Rejected;
                    result.Reasons[k] = InvalidLandReason(indicator, land[result.Rows[k]], column.Numerators[k]);
                }
                else if (outcome != IndicatorOutcome.Computed && column.Profile.Missing.Treatment == MissingValueTreatment.Exclude)
                {
                    result.Status[k] = FirmStatus.Excluded;
                    result.Reasons[k] = $"{indicator.Id} ({indicator.ChineseName}) {Describe(outcome)}; policy: exclude / 指标缺失不参评";
                }
                else if (outcome == IndicatorOutcome.Computed && column.Values[k] < 0)
                {
                    switch (column.Profile.Negative)
                    {
                        case NegativeValuePolicy.Reject:
                            result.Status[k] = FirmStatus.Rejected;
                            result.Reasons[k] = $"{indicator.Id} ({indicator.ChineseName}) is negative ({column.Values[k].ToString("R", f)}); policy: reject / 指标为负";
                            break;
                        case NegativeValuePolicy.ClampToZero:
                            column.ValuesUsed[k] = 0;
                            break;
                    }
                }
            }
        }
    }

    /// <summary>Why <paramref name="indicator"/> could not use the land area <paramref name="area"/>: missing or ≤ 0, below the minimum, or a value that overflows.</summary>
    private static string InvalidLandReason(Indicators.IIndicator indicator, double area, double numerator)
    {
        var f = CultureInfo.InvariantCulture;
        if (!(area > 0))
        {
            return $"land area missing or ≤ 0, needed by {indicator.Id} ({indicator.ChineseName}) / 用地面积缺失或为0";
        }

        if (!Land.LandAreaLimits.IsUsable(area))
        {
            return $"land area {area.ToString("R", f)} 亩 is below the minimum {Land.LandAreaLimits.MinimumMu.ToString("R", f)} 亩 (1 ㎡), needed by {indicator.Id} ({indicator.ChineseName}) / 用地面积过小";
        }

        return $"{indicator.Id} ({indicator.ChineseName}) over the land area {area.ToString("R", f)} 亩 is not a finite number (numerator {numerator.ToString("R", f)}): the land area is too small for the figure / 亩均值溢出";
    }

    internal static string Describe(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.MissingMeasure => "is missing (a measure is not reported)",
        IndicatorOutcome.ZeroDenominator => "is missing (its denominator is 0)",
        IndicatorOutcome.NegativeDenominator => "is missing (its denominator is negative)",
        IndicatorOutcome.InvalidLand => "is missing (land area missing, ≤ 0 or too small)",
        IndicatorOutcome.NoPriorValue => "is missing (no prior-year value for this firm: a new firm, a merger or a changed id / 无上年数据)",
        IndicatorOutcome.ZeroPrior => "is missing (prior value 0 / 上年为0)",
        IndicatorOutcome.NegativePrior => "is missing (prior value negative / 上年为负)",
        IndicatorOutcome.ParcelChanged => "is missing (the firms of its shared parcel are not those it was evaluated with in the prior year: the prior figure is of other firms / 地块企业构成变化，上年数据不可比)",
        IndicatorOutcome.NoStandardRow => "is missing (no row of the standard-value table fits the firm's industry and size, and the indicator has no default standards / 无适用标准值)",
        _ => "computed",
    };
}
