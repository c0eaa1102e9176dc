using System.Globalization;

namespace EnterpriseScoring.IO;

/// <summary>
/// Tells from the first bytes of an input that it is not CSV text, and what it likely is instead: an Excel workbook or
/// another zip archive, a legacy <c>.xls</c>, gzip, UTF-16 text without a byte order mark, or other binary data.
/// </summary>
internal static class NonTextInput
{
    /// <summary>The share of control bytes above which 8-bit input is taken for binary data.</summary>
    private const double MaxControlShare = 0.1;

    /// <summary>Why <paramref name="prefix"/> is not CSV text, or null when it may be.</summary>
    /// <param name="prefix">The first bytes of the input.</param>
    /// <param name="wide">Whether the input is known to be UTF-16 or UTF-32 (a byte order mark or the caller said so): NUL bytes are then normal.</param>
    public static string? Diagnose(ReadOnlySpan<byte> prefix, bool wide)
    {
        if (prefix.StartsWith("PK\u0003\u0004"u8) || prefix.StartsWith("PK\u0005\u0006"u8))
        {
            return prefix.IndexOf("xl/"u8) >= 0 || prefix.IndexOf("[Content_Types].xml"u8) >= 0
                ? "The file is an Excel workbook (.xlsx: a zip archive, it starts with the bytes PK\\x03\\x04), not CSV text: give it an .xlsx name to read it as a workbook (escore; in .NET, FirmInput or FirmXlsxReader of the EnterpriseScoring.Excel package), or save it from Excel as CSV (UTF-8)."
                : "The file is a zip archive (it starts with the bytes PK\\x03\\x04), not CSV text: unpack it first.";
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "The file is a legacy Excel .xls workbook (an OLE2 compound document), not CSV text: save it from Excel as .xlsx or as CSV (UTF-8).";
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "The file is gzip-compressed, not CSV text: decompress it first.";
        }

        if (prefix.StartsWith("%PDF-"u8))
        {
            return "The file is a PDF document, not CSV text.";
        }

        return wide ? null : Binary(prefix);
    }

    private static string? Binary(ReadOnlySpan<byte> prefix)
    {
        var firstNul = prefix.IndexOf((byte)0);
        if (firstNul >= 0)
        {
            long even = 0, odd = 0;
            for (var i = firstNul; i < prefix.Length; i++)
            {
                if (prefix[i] == 0)
                {
                    if ((i & 1) == 0)
                    {
                        even++;
                    }
                    else
                    {
                        odd++;
                    }
                }
            }

            // ASCII characters in UTF-16 have a NUL high byte: in odd positions (LE) or even ones (BE), never both.
            var pairs = prefix.Length / 2;
            var nul = even + odd;
            if (odd * 10 >= nul * 9 && odd * 8 >= pairs)
            {
                return Utf16(odd, prefix.Length, "LE", "odd", "utf-16le", "Encoding.Unicode");
            }

            if (even * 10 >= nul * 9 && even * 8 >= pairs)
            {
                return Utf16(even, prefix.Length, "BE", "even", "utf-16be", "Encoding.BigEndianUnicode");
            }

            return string.Create(
                CultureInfo.InvariantCulture,
                $"The file is not text (is it a CSV file?): it holds NUL bytes ({nul:N0} in its first {prefix.Length:N0} bytes, the first at byte {firstNul:N0}), which no CSV text in UTF-8, GB18030 or Big5 has.");
        }

        var control = 0;
        foreach (var b in prefix)
        {
            // Tab, line breaks, vertical tab, form feed and the DOS end-of-file mark occur in text.
            if (b < 0x20 && b is not ((>= 0x09 and <= 0x0D) or 0x1A))
            {
                control++;
            }
        }

        return control > MaxControlShare * prefix.Length && control > 8
            ? string.Create(CultureInfo.InvariantCulture, $"The file is not text (is it a CSV file?): {control:N0} of its first {prefix.Length:N0} bytes are control characters.")
            : null;
    }

    private static string Utf16(long nul, int length, string order, string positions, string option, string property) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"The file looks like UTF-16 {order} text without a byte order mark: {nul:N0} of its first {length:N0} bytes are NUL, nearly all in {positions} positions (the high byte of ASCII characters). Read it as UTF-16 (escore --encoding {option}; FirmCsvReaderOptions.Encoding = {property}), or save it as UTF-8.");
}
