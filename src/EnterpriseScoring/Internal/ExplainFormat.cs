using System.Globalization;

namespace EnterpriseScoring.Internal;

/// <summary>Number formatting for explanations: invariant culture, shortest round-trip form.</summary>
/// <remarks>
/// Explanations print every number with <c>"R"</c> (the shortest string that parses back to the same double), so
/// a reviewer can redo the arithmetic exactly; −0 prints as 0. Reports round elsewhere.
/// </remarks>
internal static class ExplainFormat
{
    /// <summary>Formats <paramref name="value"/> for an explanation.</summary>
    public static string Num(double value) =>
        (value == 0 ? 0.0 : value).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats an integer for an explanation.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
