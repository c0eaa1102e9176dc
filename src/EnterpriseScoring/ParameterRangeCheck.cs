using System.Globalization;

namespace EnterpriseScoring;

/// <summary>
/// The ranges every numeric profile parameter must lie in (docs/profile-format.md, "Numeric ranges"), and the check that
/// collects a <see cref="ProfileProblem"/> for each parameter outside its range. The engine runs it when an
/// <see cref="Evaluator"/> is compiled; each component checks its own parameters (the internal <c>CheckRanges</c> member
/// of its interface), the engine the profile's own (weights, total points, category caps, missing-value points).
/// </summary>
internal sealed class ParameterRangeCheck(List<ProfileProblem> problems)
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

    /// <summary>Adds a problem unless <paramref name="value"/> is in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="path">The parameter's JSON path.</param>
    /// <param name="value">The value checked.</param>
    /// <param name="min">The smallest allowed value (<see cref="double.Epsilon"/> reads "&gt; 0").</param>
    /// <param name="max">The largest allowed value.</param>
    /// <param name="hint">What a valid value looks like.</param>
    /// <param name="shown">The value to show when <paramref name="value"/> is its magnitude.</param>
    public void Range(string path, double value, double min, double max, string hint, double? shown = null)
    {
        if (value >= min && value <= max)
        {
            return;
        }

        var low = min == double.Epsilon ? "> 0" : "≥ " + min.ToString("R", F);
        var what = shown is null ? "it" : "its magnitude";
        problems.Add(new ProfileProblem(path, $"{(shown ?? value).ToString("R", F)} is out of range: {what} must be {low} and ≤ {max.ToString("R", F)}", hint + "; see \"Numeric ranges\" in docs/profile-format.md"));
    }

    /// <summary>Adds a problem unless the magnitude of <paramref name="value"/> (a scale or a coefficient) is in [<see cref="MinFactor"/>, <see cref="MaxFactor"/>].</summary>
    /// <param name="path">The parameter's JSON path.</param>
    /// <param name="value">The factor.</param>
    public void Factor(string path, double value) =>
        Range(path, Math.Abs(value), MinFactor, MaxFactor, "a finite non-zero number, e.g. 100 for a percentage", value);

    /// <summary>Adds a problem unless <paramref name="value"/> is a number of points in [−<see cref="MaxPoints"/>, <see cref="MaxPoints"/>].</summary>
    /// <param name="path">The parameter's JSON path.</param>
    /// <param name="value">The points.</param>
    /// <param name="hint">What a valid value looks like.</param>
    public void SignedPoints(string path, double value, string hint) => Range(path, value, -MaxPoints, MaxPoints, hint);
}
