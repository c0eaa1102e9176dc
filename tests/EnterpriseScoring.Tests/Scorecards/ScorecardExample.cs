using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>The hand-checkable platform scorecard of seeds/data (derived in seeds/README.md).</summary>
internal static class ScorecardExample
{
    public static string ProfilePath => TestPaths.Seeds("data", "platform-example.scorecard.json");

    public static ScorecardProfile Profile => ScorecardLoader.Load(ProfilePath);

    public static Scorecard Evaluate() => Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), PlatformExample.Register, Profile);

    // Every number derived by hand in seeds/README.md ("The hand-checkable platform scorecard").
    public const double P1TaxPoints = 30.0 * 13 / 14;                  // 2600 / 140 = 18.571…; / 20 × 30
    public const double P1RdPoints = (60 + 40.0 * 2451 / 2462) / 5;   // x = 3682 / 1231 %; r = (x − 1) / 2 = 2451 / 2462
    public const double P1Total = P1TaxPoints + 10 + 20 + P1RdPoints + 12 + 6.25;
    public const double P2TaxPoints = 260.0 / 30 / 15 * 30;
    public const double P2SharePoints = (900.0 / 2900 * 100 - 15) / 30 * 20;
    public const double P2RdPoints = (60 + 40 * ((240.0 / 14000 * 100 - 1) / 2)) / 5;
    public const double P2Total = P2TaxPoints + 0 + P2SharePoints + P2RdPoints + 8 + 10;
}
