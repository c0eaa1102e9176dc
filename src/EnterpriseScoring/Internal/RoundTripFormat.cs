using System.Globalization;

namespace EnterpriseScoring.Internal;

/// <summary>
/// Formats a <see cref="double"/> as UTF-8 exactly as <c>value.TryFormat(destination, out _, "R", InvariantCulture)</c>
/// does (the shortest text that round-trips), with a fast path for the values data files are made of: those whose
/// shortest text has at most 15 significant digits and no exponent.
/// </summary>
/// <remarks>
/// <para>Why the fast path gives the same text: a decimal D with at most 15 significant digits survives
/// decimal → double → decimal rounded to 15 digits, so at most one such decimal maps to a given double, and the
/// shortest round-trip text — which has at most as many digits as D and also maps to the double — is D itself.
/// D is found as M / 10^d with M the 15-digit integer nearest to |v| × 10^d (the product is within 0.2 of M when
/// D exists), and checked exactly: M and 10^d (d ≤ 22) are exact doubles and IEEE division rounds correctly, so
/// <c>M / 10^d == |v|</c> holds exactly when D parses back to v. A decimal with ≤ 15 digits is never halfway between
/// two doubles, so tie rules do not matter.</para>
/// <para>The fast path covers 1E-4 ≤ |v| &lt; 1E15, where <c>"R"</c> writes fixed-point digits (from 1E-5 down it
/// switches to an exponent); zeros are written as <c>0</c> and <c>-0</c>. Everything else (17-digit values,
/// very small or large magnitudes, NaN, infinities) is left to <see cref="double.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>.
/// Tested against it on millions of values. Thread-safe.</para>
/// </remarks>
internal static class RoundTripFormat
{
    /// <summary>Bytes that always suffice for a double's "R" text.</summary>
    public const int MaxLength = 32;

    private const double FifteenDigits = 1e15;
    private const double FourteenDigits = 1e14;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private static readonly UInt128[] LargePowersOfTen = Enumerable.Range(0, 23).Select(Power).ToArray();

    /// <summary>Writes the "R" text of <paramref name="value"/>; false when <paramref name="destination"/> is too short.</summary>
    public static bool TryFormat(double value, Span<byte> destination, out int written)
    {
        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-4 and < FifteenDigits && destination.Length >= MaxLength)
        {
            if (TryDecimal(magnitude, out var mantissa, out var decimals) || TryLongDecimal(magnitude, out mantissa, out decimals))
            {
                var n = 0;
                if (value < 0)
                {
                    destination[n++] = (byte)'-';
                }

                written = n + WriteFixed(mantissa, decimals, destination[n..]);
                return true;
            }
        }
        else if (value == 0 && destination.Length >= 2)
        {
            if (double.IsNegative(value))
            {
                destination[0] = (byte)'-';
                destination[1] = (byte)'0';
                written = 2;
            }
            else
            {
                destination[0] = (byte)'0';
                written = 1;
            }

            return true;
        }

        return value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The decimal of at most 15 significant digits that maps to <paramref name="magnitude"/> (1E-4 ≤ magnitude &lt; 1E15),
    /// as <paramref name="mantissa"/> (&lt; 10^15) / 10^<paramref name="decimals"/>; false when there is none.
    /// </summary>
    private static bool TryDecimal(double magnitude, out ulong mantissa, out int decimals)
    {
        // d such that magnitude × 10^d lies in [1e14, 1e15): 15 digits with d decimals (0 ≤ d ≤ 19 in this range).
        // The binary exponent gives the decimal one to within 1 (floor(e2 × log10 2) by a fixed-point multiply).
        var e2 = (int)((BitConverter.DoubleToUInt64Bits(magnitude) >> 52) & 0x7FF) - 1023;
        var d = Math.Clamp(14 - ((e2 * 78913) >> 18), 0, 19);
        var scaled = magnitude * PowersOfTen[d];
        if (scaled < FourteenDigits && d < 19)
        {
            scaled = magnitude * PowersOfTen[++d];
        }

        scaled = Math.Round(scaled);
        if (scaled >= FifteenDigits && d > 0)
        {
            scaled = Math.Round(magnitude * PowersOfTen[--d]);
        }

        if (scaled >= FifteenDigits || scaled / PowersOfTen[d] != magnitude)
        {
            mantissa = 0;
            decimals = 0;
            return false;
        }

        mantissa = (ulong)scaled;
        decimals = d;
        return true;
    }

    /// <summary>
    /// When no decimal of ≤ 15 digits maps to <paramref name="magnitude"/> (1E-4 ≤ magnitude &lt; 1E15): the 16- or
    /// 17-digit text "R" writes, found in exact integer arithmetic; false (leave it to .NET) for the rare cases where a
    /// tie rule would decide.
    /// </summary>
    /// <remarks>
    /// magnitude = f / 2^k exactly (f the 53-bit significand). For n digits, X = magnitude × 10^d with d chosen so that
    /// X has n integer digits, and M is X rounded to the nearest integer, computed exactly as (f × 10^d) / 2^k in 128
    /// bits. M / 10^d maps back to magnitude exactly when |M − X| is less than half an ulp of magnitude scaled by 10^d,
    /// i.e. 2 × |M × 2^k − f × 10^d| &lt; 10^d. "R" writes the shortest such decimal and, among those of that length, the
    /// one closest to the value — the nearest M. So: 16 digits when the nearest 16-digit M passes, else the nearest 17-digit
    /// M (which always passes). Left to .NET: a power of two (its interval below is half as wide), an exact tie between
    /// two Ms, and a check that holds with equality (a boundary).
    /// </remarks>
    private static bool TryLongDecimal(double magnitude, out ulong mantissa, out int decimals)
    {
        mantissa = 0;
        decimals = 0;
        var bits = BitConverter.DoubleToUInt64Bits(magnitude);
        var biased = (int)(bits >> 52) & 0x7FF;
        var significand = bits & ((1UL << 52) - 1);
        var k = 1075 - biased;
        if (significand == 0 || k is <= 0 or > 100)
        {
            return false;
        }

        UInt128 f = significand | (1UL << 52);
        var e10 = ((biased - 1023) * 78913) >> 18; // floor(e2 × log10 2): the decimal exponent, or one less
        for (var digits = 16; digits <= 17; digits++)
        {
            var d = digits - 1 - e10;
            if (!Nearest(f, k, d, out var m, out var twiceDistance))
            {
                return false;
            }

            if (m >= LargePowersOfTen[digits])
            {
                d--; // the decimal exponent was one more than estimated
                if (!Nearest(f, k, d, out m, out twiceDistance))
                {
                    return false;
                }
            }

            if (d is < 0 or > 22 || m < LargePowersOfTen[digits - 1] || m >= LargePowersOfTen[digits])
            {
                return false;
            }

            if (twiceDistance < LargePowersOfTen[d])
            {
                mantissa = (ulong)m;
                decimals = d;
                return true;
            }

            if (twiceDistance == LargePowersOfTen[d])
            {
                return false; // on the boundary of the rounding interval
            }
        }

        return false;
    }

    /// <summary>M = (f × 10^d) / 2^k rounded to nearest, and 2 × |M × 2^k − f × 10^d|; false for an exact tie or d outside 0–22.</summary>
    private static bool Nearest(UInt128 f, int k, int d, out UInt128 m, out UInt128 twiceDistance)
    {
        m = 0;
        twiceDistance = 0;
        if (d is < 0 or > 22)
        {
            return false;
        }

        var n = f * LargePowersOfTen[d]; // < 2^53 × 10^22 < 2^127
        m = n >> k;
        var remainder = n - (m << k);
        var half = UInt128.One << (k - 1);
        if (remainder == half)
        {
            return false;
        }

        if (remainder > half)
        {
            m++;
            twiceDistance = ((UInt128.One << k) - remainder) << 1;
        }
        else
        {
            twiceDistance = remainder << 1;
        }

        return true;
    }

    private static UInt128 Power(int exponent)
    {
        UInt128 p = 1;
        for (var i = 0; i < exponent; i++)
        {
            p *= 10;
        }

        return p;
    }

    /// <summary>Writes mantissa / 10^decimals in fixed point without trailing fraction zeros; returns the bytes written.</summary>
    /// <remarks>The digits are made two at a time, right to left, padded with zeros to at least decimals + 1 digits.</remarks>
    private static int WriteFixed(ulong mantissa, int decimals, Span<byte> destination)
    {
        Span<byte> digits = stackalloc byte[24];
        var start = digits.Length;
        if (mantissa >= 100_000_000)
        {
            // The low 8 digits with 32-bit arithmetic, then the rest: two short dependency chains instead of one long one.
            var high = mantissa / 100_000_000;
            WriteEightDigits((uint)(mantissa - (high * 100_000_000)), digits[(start - 8)..]);
            start -= 8;
            mantissa = high;
        }

        var x = (uint)mantissa; // < 10^9 here (mantissas are < 10^17)
        var pairs = DigitPairs;
        while (x >= 100)
        {
            var q = x / 100;
            var r = (int)(x - (q * 100)) * 2;
            start -= 2;
            digits[start] = pairs[r];
            digits[start + 1] = pairs[r + 1];
            x = q;
        }

        if (x >= 10)
        {
            start -= 2;
            digits[start] = pairs[(int)x * 2];
            digits[start + 1] = pairs[((int)x * 2) + 1];
        }
        else
        {
            digits[--start] = (byte)('0' + (int)x);
        }

        while (digits.Length - start < decimals + 1)
        {
            digits[--start] = (byte)'0';
        }

        var point = digits.Length - decimals;
        var end = digits.Length;
        while (end > point && digits[end - 1] == (byte)'0')
        {
            end--;
        }

        digits[start..point].CopyTo(destination);
        var n = point - start;
        if (end > point)
        {
            destination[n++] = (byte)'.';
            digits[point..end].CopyTo(destination[n..]);
            n += end - point;
        }

        return n;
    }

    /// <summary>Writes <paramref name="value"/> (&lt; 10^8) as exactly eight digits, with leading zeros.</summary>
    private static void WriteEightDigits(uint value, Span<byte> destination)
    {
        var pairs = DigitPairs;
        var high = value / 10_000;
        var low = value - (high * 10_000);
        var a = (int)(high / 100) * 2;
        var b = (int)(high % 100) * 2;
        var c = (int)(low / 100) * 2;
        var d = (int)(low % 100) * 2;
        destination[0] = pairs[a];
        destination[1] = pairs[a + 1];
        destination[2] = pairs[b];
        destination[3] = pairs[b + 1];
        destination[4] = pairs[c];
        destination[5] = pairs[c + 1];
        destination[6] = pairs[d];
        destination[7] = pairs[d + 1];
    }

    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;
}
