namespace EnterpriseScoring.IO;

/// <summary>
/// Reads one physical line alone as CSV, by the splitter's rules (RFC 4180 quotes; a quote after leading spaces or tabs
/// still opens its field; <c>""</c> inside a quoted field is a quote): how many fields it has and whether a quote is still
/// open at its end. The splitter uses it to tell a stray quote from a field with line breaks, the reader to name the
/// field of a broken record.
/// </summary>
internal static class CsvLineScan
{
    /// <summary>The 0-based index of the field whose quote is still open at the end of <paramref name="line"/>, or −1.</summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="delimiter">The delimiter (ASCII).</param>
    /// <param name="fields">The number of fields the line has (up to the open quote, when one is open).</param>
    /// <param name="openAt">The offset of the open quote, or −1.</param>
    public static int OpenQuoteField(ReadOnlySpan<byte> line, byte delimiter, out int fields, out int openAt)
    {
        var field = 0;
        var atStart = true;
        var quoted = false;
        openAt = -1;
        for (var i = 0; i < line.Length; i++)
        {
            var b = line[i];
            if (quoted)
            {
                if (b == (byte)'"')
                {
                    if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                    {
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
            }
            else if (b == delimiter)
            {
                field++;
                atStart = true;
            }
            else if (atStart && b is (byte)' ' or (byte)'\t')
            {
                // Leading white space is trimmed: a quote after it still opens the field.
            }
            else
            {
                if (atStart && b == (byte)'"')
                {
                    quoted = true;
                    openAt = i;
                }

                atStart = false;
            }
        }

        fields = field + 1;
        return quoted ? field : -1;
    }
}
