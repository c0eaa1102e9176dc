using System.Globalization;
using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Internal;

/// <summary>Argument guards shared by the library. NaN is always out of range.</summary>
internal static class Preconditions
{
    /// <summary>Throws unless <paramref name="value"/> is a non-empty snake_case identifier (a-z, 0-9, _ ; may contain CJK for custom names).</summary>
    public static void CheckIdentifier(string value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new ArgumentException($"Identifier '{value}' must not contain white space or control characters.", name);
            }
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite.</summary>
    public static double CheckFinite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    public static double CheckNonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number ≥ 0.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0.</summary>
    public static double CheckPositive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number > 0.");
        }

        return value;
    }

    /// <summary>Throws unless every element of <paramref name="values"/> is finite.</summary>
    public static void CheckAllFinite(ReadOnlySpan<double> values, [CallerArgumentExpression(nameof(values))] string? name = null) =>
        CheckAllFinite(values, 0, name);

    /// <summary>Throws unless every element of <paramref name="values"/> is finite, naming the first that is not by its
    /// index counted from <paramref name="firstIndex"/> (for a block of a longer column).</summary>
    public static void CheckAllFinite(ReadOnlySpan<double> values, int firstIndex, string? name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"Element {(firstIndex + i).ToString(CultureInfo.InvariantCulture)} is {values[i].ToString(CultureInfo.InvariantCulture)}; all values must be finite.",
                    name);
            }
        }
    }
}
