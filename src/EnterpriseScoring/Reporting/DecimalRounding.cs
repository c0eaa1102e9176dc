using System.Globalization;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// The one implementation of <see cref="SummaryRounding"/>: a <see cref="double"/> is taken at its shortest round-trip
/// decimal text (what <c>"R"</c> prints) as a <see cref="decimal"/> and rounded there. Values a decimal cannot hold
/// (|x| ≥ 7.9e28) have no fractional digits anyway and are returned as they are.
/// </summary>
internal static class DecimalRounding
{
    /// <summary>The largest magnitude converted to decimal.</summary>
    private const double DecimalLimit = 7.9e27;

    /// <summary><paramref name="value"/> as the decimal of its shortest round-trip text, or null when it is not finite or too large.</summary>
    public static decimal? ToDecimal(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= DecimalLimit)
        {
            return null;
        }

        Span<char> text = stackalloc char[32];
        return value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture)
            && decimal.TryParse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : (decimal)value;
    }

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> places as <paramref name="rounding"/> says.</summary>
    public static decimal Round(decimal value, SummaryRounding rounding, int decimals)
    {
        var rounded = rounding switch
        {
            SummaryRounding.None => value,
            SummaryRounding.Round => Math.Round(value, decimals, MidpointRounding.AwayFromZero),
            SummaryRounding.Truncate => Math.Round(value, decimals, MidpointRounding.ToZero),
            SummaryRounding.HalfEven => Math.Round(value, decimals, MidpointRounding.ToEven),
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding."),
        };
        return rounded == 0m ? 0m : rounded; // no negative zero
    }

    /// <summary>Rounds <paramref name="value"/> (returned unchanged when not finite or too large for a decimal).</summary>
    public static double Round(double value, SummaryRounding rounding, int decimals)
    {
        if (rounding == SummaryRounding.None)
        {
            return value;
        }

        return ToDecimal(value) is { } d ? (double)Round(d, rounding, decimals) + 0.0 : value;
    }

    /// <summary>
    /// <paramref name="value"/> rounded and written with exactly <paramref name="decimals"/> places (invariant, e.g.
    /// <c>73.70</c>); the shortest round-trip text when <paramref name="rounding"/> is <see cref="SummaryRounding.None"/>
    /// or the value too large; empty when it is not finite.
    /// </summary>
    public static string Format(double value, SummaryRounding rounding, int decimals)
    {
        if (!double.IsFinite(value))
        {
            return string.Empty;
        }

        if (rounding == SummaryRounding.None || ToDecimal(value) is not { } d)
        {
            return (value + 0.0).ToString("R", CultureInfo.InvariantCulture);
        }

        return Round(d, rounding, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
