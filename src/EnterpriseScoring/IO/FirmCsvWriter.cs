using System.Text;
using CsvHelper;

namespace EnterpriseScoring.IO;

/// <summary>
/// Writes a <see cref="FirmTable"/> as CSV that <see cref="FirmCsvReader"/> reads back to an equal table: columns
/// <c>id, name, region, platform, industry, size_class, start_year</c>, <c>parcel</c> when any row names one, one column
/// per measure (in table order), and <c>tags</c> (joined with <c>;</c>, sorted ordinally).
/// </summary>
/// <remarks>
/// Numbers are written in invariant culture as the shortest text that round-trips; a missing value is an empty cell.
/// A custom measure with a unit is written as <c>id(unit)</c>, so the unit survives a round trip. Text cells that a
/// spreadsheet would run as a formula get a leading <c>'</c> (<see cref="FirmCsvWriterOptions.FormulaEscaping"/>), which the
/// reader removes. Thread-safe.
/// </remarks>
public static class FirmCsvWriter
{
    /// <summary>Writes <paramref name="table"/> to the file at <paramref name="path"/> (replaced when it exists).</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvWriterOptions.Default"/>.</param>
    public static void Write(FirmTable table, string path, FirmCsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(table, stream, options);
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> (left open, flushed).</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvWriterOptions.Default"/>.</param>
    public static void Write(FirmTable table, Stream stream, FirmCsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= FirmCsvWriterOptions.Default;
        using var writer = CsvOutput.Create(stream, options.Encoding, options.WriteByteOrderMark, options.Delimiter);
        Func<string, string> text = options.FormulaEscaping == FormulaEscaping.None ? static t => t : FormulaGuard.Escape;

        var measures = table.MeasureColumns;
        var writeParcel = table.HasParcels;
        var header = new string[FirmColumns.All.Length - (writeParcel ? 0 : 1) + measures.Count];
        var h = 0;
        foreach (var column in FirmColumns.All)
        {
            if (column != FirmColumns.Tags && (writeParcel || column != FirmColumns.Parcel))
            {
                header[h++] = options.ChineseHeaders ? FirmColumns.ChineseName(column)! : column;
            }
        }

        foreach (var column in measures)
        {
            header[h++] = MeasureHeader(column.Measure, options.ChineseHeaders);
        }

        header[h] = options.ChineseHeaders ? FirmColumns.ChineseName(FirmColumns.Tags)! : FirmColumns.Tags;
        writer.WriteHeader([.. header.Select(text)]);

        var tagMasks = table.TagNames.Select(t => (Tag: t, Mask: table.GetTag(t))).ToArray();
        var tags = new StringBuilder();
        var startYears = table.StartYears;
        var sizeClasses = table.SizeClasses;
        for (var row = 0; row < table.Count; row++)
        {
            writer.WriteField(text(table.Ids[row]));
            writer.WriteField(text(table.Names[row]));
            writer.WriteField(text(table.Regions[row]));
            writer.WriteField(text(table.Platforms[row]));
            writer.WriteField(text(table.Industries[row]));
            writer.WriteField(text(SizeClassNames.ToCode(sizeClasses[row])));
            if (table.StartYearPresence[row])
            {
                writer.WriteField(startYears[row], default);
            }
            else
            {
                writer.WriteField(string.Empty);
            }

            if (writeParcel)
            {
                writer.WriteField(text(table.Parcels[row]));
            }

            foreach (var column in measures)
            {
                if (column.TryGet(row, out var v))
                {
                    writer.WriteField(v, default);
                }
                else
                {
                    writer.WriteField(string.Empty);
                }
            }

            tags.Clear();
            foreach (var (tag, mask) in tagMasks)
            {
                if (mask[row])
                {
                    tags.Append(tags.Length == 0 ? string.Empty : ";").Append(tag);
                }
            }

            writer.WriteField(text(tags.ToString()));
            writer.EndRecord();
        }

        writer.Flush();
    }

    private static string MeasureHeader(Measure measure, bool chinese)
    {
        if (measure.IsKnown)
        {
            return chinese ? $"{measure.ChineseName}({measure.Unit})" : measure.Id;
        }

        return measure.Unit.Length == 0 ? measure.Id : $"{measure.Id}({measure.Unit})";
    }
}

/// <summary>Creates CsvHelper writers for our output files.</summary>
internal static class CsvOutput
{
    public static CsvWriter Create(Stream stream, Encoding? encoding, bool byteOrderMark, char delimiter)
    {
        if (delimiter is > (char)127 or '"' or '\r' or '\n')
        {
            throw new ArgumentException($"The delimiter must be an ASCII character other than a quote or a line break, got '{delimiter}'.", nameof(delimiter));
        }

        var utf8 = encoding is null || encoding.CodePage == Encoding.UTF8.CodePage;
        var options = CsvWriterOptions.Default with
        {
            Separator = delimiter,
            WriteByteOrderMark = utf8 && byteOrderMark,
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        };
        if (utf8)
        {
            return CsvWriter.Create(stream, options, true);
        }

        EncodingDetection.EnsureProvider();
        var text = new StreamWriter(stream, encoding!, 1 << 16, leaveOpen: true);
        return CsvWriter.Create(text, options, false);
    }
}
