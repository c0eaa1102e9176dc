using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

/// <summary>
/// Checks that every numeric profile parameter lies in its range (<see cref="ParameterRangeCheck"/>;
/// docs/profile-format.md, "Numeric ranges") when an <see cref="Evaluator"/> is compiled — so a profile that loads never
/// makes a total that is not a finite number. Each component checks its own parameters (the internal
/// <c>CheckRanges</c> member of its interface); this class checks the profile's own and walks the components in profile
/// order, so the problems come in the order of the JSON.
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
    /// <summary>Adds a problem for every parameter of <paramref name="profile"/> outside its range.</summary>
    public static void Check(EvaluationProfile profile, List<ProfileProblem> problems)
    {
        var check = new ParameterRangeCheck(problems);
        profile.Land.CheckRanges(check, "land");
        for (var p = 0; p < profile.Pools.Count; p++)
        {
            var pool = profile.Pools[p];
            var path = $"pools[{p}]";
            if (pool.TotalPoints is { } total)
            {
                check.Range(path + ".total_points", total, double.Epsilon, ParameterRangeCheck.MaxPoints, "e.g. 100");
            }

            for (var j = 0; j < (pool.Indicators?.Count ?? 0); j++)
            {
                Indicator(check, pool.Indicators![j], pool.Weighting is null, $"{path}.indicators[{j}]");
            }

            pool.Weighting?.CheckRanges(check, path + ".weighting");
            Adjustments(check, pool.Adjustments, path + ".adjustments");
            pool.Tiering?.CheckRanges(check, path + ".tiering");
        }
    }

    private static void Indicator(ParameterRangeCheck check, IndicatorProfile indicator, bool fixedWeights, string path)
    {
        if (fixedWeights)
        {
            check.Range(path + ".weight", indicator.Weight, double.Epsilon, ParameterRangeCheck.MaxPoints, "points, e.g. 30");
        }

        indicator.Indicator.CheckRanges(check, path);
        indicator.Benchmark?.CheckRanges(check, path + ".benchmark");
        indicator.Scoring?.CheckRanges(check, path + ".scoring");
        if (indicator.Missing.Treatment == MissingValueTreatment.FixedScore)
        {
            check.SignedPoints(path + ".missing.points", indicator.Missing.Points, "points, e.g. -3");
        }
    }

    private static void Adjustments(ParameterRangeCheck check, AdjustmentRules adjustments, string path)
    {
        for (var r = 0; r < adjustments.Rules.Count; r++)
        {
            adjustments.Rules[r].CheckRanges(check, $"{path}.rules[{r}]");
        }

        foreach (var (category, cap) in adjustments.CategoryCaps)
        {
            check.Range(JsonPath.Child(path + ".category_caps", category), cap, double.Epsilon, ParameterRangeCheck.MaxPoints, "the most points the category may give or take, e.g. 5");
        }
    }
}
