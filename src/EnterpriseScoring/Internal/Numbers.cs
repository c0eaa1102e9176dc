using System.Globalization;

namespace EnterpriseScoring.Internal;

/// <summary>How numbers are printed in explanations: invariant culture, up to 6 decimals, no exponent.</summary>
internal static class Numbers
{
    public static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Signed(double value) => value.ToString("+0.######;-0.######;0", CultureInfo.InvariantCulture);
}
