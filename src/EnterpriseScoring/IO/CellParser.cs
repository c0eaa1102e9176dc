using System.Globalization;
using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>The outcome of parsing a numeric cell.</summary>
internal enum CellStatus
{
    Value,
    Missing,
    NonFinite,
    Unparsable,
}

/// <summary>Allocation-free parsing of cells given as UTF-8 bytes (CsvHelper's field spans).</summary>
internal static class CellParser
{
    /// <summary>The spellings of an explicitly missing value (ASCII ones match ignoring case).</summary>
    public static readonly string[] MissingSpellings = ["", "-", "--", "—", "——", "/", "NA", "N/A", "null", "无"];

    /// <summary>The powers of ten that are exact doubles.</summary>
    private static readonly double[] Pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
        1e21, 1e22,
    ];

    /// <summary>Trims ASCII white space, NBSP (U+00A0) and the ideographic space (U+3000) from both ends.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        // Most cells start and end with a printable ASCII character: nothing to trim.
        if (s.IsEmpty || (s[0] is > (byte)' ' and < 0x80 && s[^1] is > (byte)' ' and < 0x80))
        {
            return s;
        }

        while (true)
        {
            var before = s.Length;
            s = s.TrimStart(" \t\r\n"u8).TrimEnd(" \t\r\n"u8);
            if (s.StartsWith("\u3000"u8) || s.StartsWith("\u00A0"u8))
            {
                s = s[(s[0] == 0xC2 ? 2 : 3)..];
            }

            if (s.EndsWith("\u3000"u8))
            {
                s = s[..^3];
            }
            else if (s.EndsWith("\u00A0"u8))
            {
                s = s[..^2];
            }

            if (s.Length == before)
            {
                return s;
            }
        }
    }

    /// <summary>Whether the trimmed cell is one of <see cref="MissingSpellings"/>.</summary>
    public static bool IsMissing(ReadOnlySpan<byte> t)
    {
        if (t.Length > 6)
        {
            return false;
        }

        return t.IsEmpty || t.SequenceEqual("-"u8) || t.SequenceEqual("--"u8) || t.SequenceEqual("—"u8) || t.SequenceEqual("——"u8)
            || t.SequenceEqual("/"u8) || t.SequenceEqual("无"u8) || Ascii.EqualsIgnoreCase(t, "NA"u8) || Ascii.EqualsIgnoreCase(t, "N/A"u8)
            || Ascii.EqualsIgnoreCase(t, "null"u8);
    }

    /// <summary>
    /// Parses a number in invariant culture: surrounding spaces, a sign, a decimal point, an exponent, and thousands
    /// separators in correct groups of three (<c>1,234,567.8</c>) are accepted.
    /// </summary>
    public static CellStatus ParseNumber(ReadOnlySpan<byte> cell, out double value)
    {
        var t = Trim(cell);
        if (TryParsePlainDecimal(t, out value))
        {
            return CellStatus.Value;
        }

        value = double.NaN;
        if (IsMissing(t))
        {
            return CellStatus.Missing;
        }

        if (t.Contains((byte)','))
        {
            if (t.Length > 128 || !ValidGrouping(t))
            {
                return CellStatus.Unparsable;
            }

            Span<byte> copy = stackalloc byte[t.Length];
            var n = 0;
            foreach (var b in t)
            {
                if (b != (byte)',')
                {
                    copy[n++] = b;
                }
            }

            if (!double.TryParse(copy[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                value = double.NaN;
                return CellStatus.Unparsable;
            }
        }
        else if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value = double.NaN;
            return CellStatus.Unparsable;
        }

        return double.IsFinite(value) ? CellStatus.Value : CellStatus.NonFinite;
    }

    /// <summary>
    /// The common case of <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider, out double)"/>,
    /// without its generality: an optional sign, digits and at most one decimal point (at least one digit), at most 15
    /// significant digits and 22 decimals. The value is then the exact quotient of two exactly representable doubles,
    /// which IEEE division rounds correctly — the same double <c>double.Parse</c> gives (-0 included). Anything else
    /// (exponents, more digits, separators, text) returns false and is left to the general parser.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<byte> t, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (t.Length > 0 && (t[0] == (byte)'-' || t[0] == (byte)'+'))
        {
            negative = t[0] == (byte)'-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var significant = 0;
        var decimals = -1;
        for (; i < t.Length; i++)
        {
            var d = (uint)(t[i] - '0');
            if (d <= 9)
            {
                digits++;
                if (mantissa != 0 || d != 0)
                {
                    significant++;
                }

                mantissa = (mantissa * 10) + d;
                if (decimals >= 0)
                {
                    decimals++;
                }
            }
            else if (t[i] == (byte)'.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || significant > 15 || decimals > 22)
        {
            return false;
        }

        value = decimals > 0 ? mantissa / Pow10[decimals] : mantissa;
        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>Checks that commas only separate groups of three digits in the integer part.</summary>
    private static bool ValidGrouping(ReadOnlySpan<byte> t)
    {
        var i = 0;
        if (i < t.Length && (t[i] == (byte)'+' || t[i] == (byte)'-'))
        {
            i++;
        }

        var end = i;
        while (end < t.Length && (char.IsAsciiDigit((char)t[end]) || t[end] == (byte)','))
        {
            end++;
        }

        var integer = t[i..end];
        if (integer.IsEmpty || t[end..].Contains((byte)','))
        {
            return false;
        }

        var first = true;
        foreach (var range in integer.Split((byte)','))
        {
            var length = range.End.GetOffset(integer.Length) - range.Start.GetOffset(integer.Length);
            if (first ? length is < 1 or > 3 : length != 3)
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>Parses a yes/no cell: 是/否, 1/0, true/false, Y/N, yes/no, √/×; empty or a missing spelling = no.</summary>
    public static bool TryParseFlag(ReadOnlySpan<byte> cell, out bool value)
    {
        var t = Trim(cell);
        value = false;
        if (IsMissing(t) || t.SequenceEqual("否"u8) || t.SequenceEqual("0"u8) || t.SequenceEqual("×"u8) || t.SequenceEqual("✗"u8)
            || Ascii.EqualsIgnoreCase(t, "false"u8) || Ascii.EqualsIgnoreCase(t, "n"u8) || Ascii.EqualsIgnoreCase(t, "no"u8)
            || Ascii.EqualsIgnoreCase(t, "f"u8))
        {
            return true;
        }

        if (t.SequenceEqual("是"u8) || t.SequenceEqual("1"u8) || t.SequenceEqual("√"u8) || t.SequenceEqual("✓"u8) || t.SequenceEqual("有"u8)
            || Ascii.EqualsIgnoreCase(t, "true"u8) || Ascii.EqualsIgnoreCase(t, "y"u8) || Ascii.EqualsIgnoreCase(t, "yes"u8)
            || Ascii.EqualsIgnoreCase(t, "t"u8))
        {
            value = true;
            return true;
        }

        return false;
    }

    /// <summary>Parses a start year: an integer, optionally written <c>2015.0</c> or <c>2015年</c>; missing spellings = none.</summary>
    public static CellStatus ParseYear(ReadOnlySpan<byte> cell, out int year)
    {
        year = 0;
        var t = Trim(cell);
        if (IsMissing(t))
        {
            return CellStatus.Missing;
        }

        if (t.EndsWith("年"u8))
        {
            t = Trim(t[..^3]);
        }

        if ((!TryParsePlainDecimal(t, out var v) && !double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out v)) || !double.IsFinite(v)
            || v != Math.Floor(v) || Math.Abs(v) > int.MaxValue)
        {
            return CellStatus.Unparsable;
        }

        year = (int)v;
        return CellStatus.Value;
    }

    /// <summary>The raw cell text, for messages.</summary>
    public static string Text(ReadOnlySpan<byte> cell) => Encoding.UTF8.GetString(cell);
}
