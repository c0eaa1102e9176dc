namespace EnterpriseScoring.Land;

/// <summary>
/// The smallest evaluated land area the engine divides by. An area below it — 0, negative, missing, or absurdly small
/// such as <c>5e-324</c> from a broken export or a net area that nets out to almost nothing — is a data error for that
/// firm: every indicator that needs the land rejects the firm (<see cref="FirmStatus.Rejected"/>) with the reason, under
/// every land strategy. So does a per-mu figure that overflows (not a finite number).
/// </summary>
/// <remarks>
/// The minimum is one square metre (0.0015 亩). No industrial firm is evaluated on less; a per-mu value over a
/// smaller area is a units or data-entry error that would otherwise swamp its pool's benchmark.
/// </remarks>
public static class LandAreaLimits
{
    /// <summary>The smallest evaluated land area, in 亩: 1 ㎡ = 0.0015 亩.</summary>
    public const double MinimumMu = 0.0015;

    /// <summary>Whether <paramref name="area"/> (亩) is an area the per-mu indicators can use: at least <see cref="MinimumMu"/> (false for NaN).</summary>
    /// <param name="area">The evaluated area, 亩.</param>
    public static bool IsUsable(double area) => area >= MinimumMu;
}
