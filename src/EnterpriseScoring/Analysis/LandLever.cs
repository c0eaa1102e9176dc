namespace EnterpriseScoring.Analysis;

/// <summary>
/// What a smaller evaluated land area alone would take to lift a firm into the next tier: land is the denominator of
/// every per-亩 indicator (亩均税收, 亩均增加值 …), so one reduction moves them all, every other figure of the firm and of
/// the pool held (<see cref="PromotionPath.Land"/>).
/// </summary>
/// <remarks>
/// The area is the evaluated one — what the profile's land strategy makes of the firm's land measures (certificate area,
/// leasing in and out, floor-area conversion) — so a reduction of W 亩 is W 亩 less of that area, however the firm gets
/// there (returning land, leasing out more). <see cref="WhatIfAnalysis.EvaluateWithLandArea"/> evaluates the firm at any area.
/// </remarks>
public sealed record LandLever
{
    /// <summary>The profile's land strategy (<c>certificate</c>, <c>net</c> …) whose area this is.</summary>
    public required string Strategy { get; init; }

    /// <summary>The firm's evaluated land area today (亩).</summary>
    public required double CurrentArea { get; init; }

    /// <summary>
    /// The smallest area the search may go down to (亩): <see cref="Land.LandAreaLimits.MinimumMu"/>, or the smallest area
    /// at which the firm stays in its pool and eligible (a pool or eligibility rule with a minimum land) when that is larger.
    /// </summary>
    public required double MinimumArea { get; init; }

    /// <summary>The area that lifts the firm (null when land alone cannot).</summary>
    public double? RequiredArea { get; init; }

    /// <summary><see cref="RequiredArea"/> − <see cref="CurrentArea"/> (negative: less land), in 亩; null when land alone cannot.</summary>
    public double? Change { get; init; }

    /// <summary>Whether a smaller land area alone can lift the firm.</summary>
    public required bool CanDoAlone { get; init; }

    /// <summary>Why it cannot (no per-亩 indicator, capped scores, the minimum land, a shared parcel …), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>The indicators of the pool that read the land area and move with it.</summary>
    public required IReadOnlyList<string> Moves { get; init => field = ReadOnlyCopy.List(value); }
}
