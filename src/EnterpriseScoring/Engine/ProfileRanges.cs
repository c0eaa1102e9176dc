using System.Globalization;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Internal;
using EnterpriseScoring.Land;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Engine;

/// <summary>
/// The ranges every numeric profile parameter must lie in (docs/profile-format.md, "Numeric ranges"), checked when an
/// <see cref="Evaluator"/> is compiled — so a profile that loads never makes a total that is not a finite number.
/// </summary>
/// <remarks>
/// With these ranges the largest possible total of a pool is finite whatever the data under every scoring method with a
/// bounded result (a capped ratio: at most 10^3 × 10^6 points per indicator; min–max, inverse benchmark, vector,
/// percentile and rank: at most the weight; z-score: |offset| + |scale| × √n). What still grows with the data — an
/// uncapped ratio x / B of an absurd value, per-unit adjustments of an absurd count — is caught per firm by the engine:
/// the firm is rejected as out of range (<see cref="PoolEvaluator"/>).
/// </remarks>
internal static class ProfileRanges
{
    /// <summary>The largest number of points anything gives or takes: weights, total points, bonus and deduction points, caps, thresholds.</summary>
    public const double MaxPoints = 1e6;

    /// <summary>The smallest fixed benchmark, in the indicator's unit (a normal number well above the subnormal range).</summary>
    public const double MinBenchmark = 1e-9;

    /// <summary>The largest fixed benchmark, in the indicator's unit.</summary>
    public const double MaxBenchmark = 1e12;

    /// <summary>The largest ratio cap, and the most negative ratio floor (a normalised value, 1 = at the benchmark).</summary>
    public const double MaxCap = 1e3;

    /// <summary>The range of the prior-year multiplier k.</summary>
    public const double MinMultiplier = 1e-3, MaxMultiplier = 1e3;

    /// <summary>The range of the magnitude of a defined ratio's scale and its terms' coefficients.</summary>
    public const double MinFactor = 1e-9, MaxFactor = 1e9;

    /// <summary>The range of the floor-area ratio of building-area conversion.</summary>
    public const double MinFloorAreaRatio = 0.01, MaxFloorAreaRatio = 100;

    private static readonly CultureInfo F = CultureInfo.InvariantCulture;

    /// <summary>Adds a problem for every parameter of <paramref name="profile"/> outside its range.</summary>
    public static void Check(EvaluationProfile profile, List<ProfileProblem> problems)
    {
        if (profile.Land is BuildingAreaConversion conversion)
        {
            Range(problems, "land.floor_area_ratio", conversion.FloorAreaRatio, MinFloorAreaRatio, MaxFloorAreaRatio, "a floor-area ratio, e.g. 1.0");
        }
        else if (profile.Land is SharedParcelMerge { Inner: BuildingAreaConversion inner })
        {
            Range(problems, "land.floor_area_ratio", inner.FloorAreaRatio, MinFloorAreaRatio, MaxFloorAreaRatio, "a floor-area ratio, e.g. 1.0");
        }

        for (var p = 0; p < profile.Pools.Count; p++)
        {
            var pool = profile.Pools[p];
            var path = $"pools[{p}]";
            if (pool.TotalPoints is { } total)
            {
                Range(problems, path + ".total_points", total, double.Epsilon, MaxPoints, "e.g. 100");
            }

            for (var j = 0; j < (pool.Indicators?.Count ?? 0); j++)
            {
                Indicator(problems, pool.Indicators![j], pool.Weighting is null, $"{path}.indicators[{j}]");
            }

            Weighting(problems, pool.Weighting, path + ".weighting");
            Adjustments(problems, pool.Adjustments, path + ".adjustments");
            if (pool.Tiering is ScoreThresholds thresholds)
            {
                Range(problems, path + ".tiering.a", thresholds.A, -MaxPoints, MaxPoints, "a total, e.g. 90");
                Range(problems, path + ".tiering.b", thresholds.B, -MaxPoints, MaxPoints, "a total, e.g. 75");
                Range(problems, path + ".tiering.c", thresholds.C, -MaxPoints, MaxPoints, "a total, e.g. 60");
            }
        }
    }

    private static void Indicator(List<ProfileProblem> problems, IndicatorProfile indicator, bool fixedWeights, string path)
    {
        if (fixedWeights)
        {
            Range(problems, path + ".weight", indicator.Weight, double.Epsilon, MaxPoints, "points, e.g. 30");
        }

        if (indicator.Indicator is RatioIndicator ratio)
        {
            Factor(problems, path + ".scale", ratio.Scale);
            for (var t = 0; t < ratio.Numerator.Count; t++)
            {
                Factor(problems, $"{path}.numerator[{t}].coefficient", ratio.Numerator[t].Coefficient);
            }

            for (var t = 0; t < ratio.Denominator.Count; t++)
            {
                Factor(problems, $"{path}.denominator[{t}].coefficient", ratio.Denominator[t].Coefficient);
            }
        }

        Benchmark(problems, indicator.Benchmark, path + ".benchmark");
        switch (indicator.Scoring)
        {
            case RatioToBenchmarkScoring { Options: var options }:
                if (options.Cap is { } cap)
                {
                    Range(problems, path + ".scoring.cap", cap, double.Epsilon, MaxCap, "the largest normalised value, e.g. 1.2");
                }

                if (options.Floor is { } floor)
                {
                    Range(problems, path + ".scoring.floor", floor, -MaxCap, MaxCap, "the smallest normalised value, e.g. 0");
                }

                break;
            case ZScoreScoring { Options: var z }:
                Range(problems, path + ".scoring.offset", z.Offset, -MaxPoints, MaxPoints, "e.g. 60");
                Range(problems, path + ".scoring.scale", Math.Abs(z.Scale), double.Epsilon, MaxPoints, "e.g. 10", z.Scale);
                break;
        }

        if (indicator.Missing.Treatment == MissingValueTreatment.FixedScore)
        {
            Range(problems, path + ".missing.points", indicator.Missing.Points, -MaxPoints, MaxPoints, "points, e.g. -3");
        }
    }

    private static void Benchmark(List<ProfileProblem> problems, IBenchmark? benchmark, string path)
    {
        switch (benchmark)
        {
            case FixedBenchmark fixedBenchmark:
                Range(problems, path + ".value", fixedBenchmark.Value, MinBenchmark, MaxBenchmark, "the published target in the indicator's unit, e.g. 15");
                break;
            case PriorYearBenchmark prior:
                Range(problems, path + ".multiplier", prior.Multiplier, MinMultiplier, MaxMultiplier, "e.g. 2");
                Benchmark(problems, prior.Inner, path + ".inner");
                break;
        }
    }

    private static void Weighting(List<ProfileProblem> problems, IWeightingMethod? weighting, string path)
    {
        switch (weighting)
        {
            case FixedWeighting fixedWeighting:
                for (var i = 0; i < fixedWeighting.Values.Count; i++)
                {
                    Range(problems, $"{path}.values[{i}]", fixedWeighting.Values[i], 0, MaxPoints, "points ≥ 0, e.g. 30");
                }

                break;
            case CombinationWeighting combination:
                Weighting(problems, combination.First, path + ".first");
                Weighting(problems, combination.Second, path + ".second");
                break;
        }
    }

    private static void Adjustments(List<ProfileProblem> problems, AdjustmentRules adjustments, string path)
    {
        for (var r = 0; r < adjustments.Rules.Count; r++)
        {
            var rule = $"{path}.rules[{r}]";
            switch (adjustments.Rules[r])
            {
                case TagAdjustment tag:
                    Range(problems, rule + ".points", tag.Points, -MaxPoints, MaxPoints, "signed points, e.g. 3");
                    break;
                case PerUnitAdjustment perUnit:
                    Range(problems, rule + ".first_unit_points", perUnit.FirstUnitPoints, -MaxPoints, MaxPoints, "signed points, e.g. -10");
                    Range(problems, rule + ".additional_unit_points", perUnit.AdditionalUnitPoints, -MaxPoints, MaxPoints, "signed points, e.g. -5");
                    break;
            }
        }

        foreach (var (category, cap) in adjustments.CategoryCaps)
        {
            Range(problems, Profiles.Json.ShapeValidator.Child(path + ".category_caps", category), cap, double.Epsilon, MaxPoints, "the most points the category may give or take, e.g. 5");
        }
    }

    private static void Factor(List<ProfileProblem> problems, string path, double value) =>
        Range(problems, path, Math.Abs(value), MinFactor, MaxFactor, "a finite non-zero number, e.g. 100 for a percentage", value);

    /// <summary>Adds a problem unless <paramref name="value"/> is in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    private static void Range(List<ProfileProblem> problems, string path, double value, double min, double max, string hint, double? shown = null)
    {
        if (value >= min && value <= max)
        {
            return;
        }

        var low = min == double.Epsilon ? "> 0" : "≥ " + min.ToString("R", F);
        var what = shown is null ? "it" : "its magnitude";
        problems.Add(new ProfileProblem(path, $"{(shown ?? value).ToString("R", F)} is out of range: {what} must be {low} and ≤ {max.ToString("R", F)}", hint + "; see \"Numeric ranges\" in docs/profile-format.md"));
    }
}
