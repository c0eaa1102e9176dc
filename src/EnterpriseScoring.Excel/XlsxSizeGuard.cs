using EnterpriseScoring.IO;

using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace EnterpriseScoring.Excel;

/// <summary>
/// Refuses a workbook holding a text longer than <see cref="CsvLimits.MaxRecordLength"/> before MiniExcel reads it:
/// MiniExcel makes every cell a string, so one such cell (a few megabytes of zip can hold gigabytes of text) would be
/// held whole. Cells over <see cref="CsvLimits.MaxFieldLength"/> but within this reject only their row.
/// </summary>
/// <remarks>
/// The shared strings and the worksheets are scanned in chunks (<see cref="XmlReader.ReadValueChunk"/>), so the scan
/// itself holds no text whole; declared entry sizes are not trusted.
/// </remarks>
internal static class XlsxSizeGuard
{
    /// <summary>Throws when a text node of the workbook in <paramref name="stream"/> (seekable, left open and rewound) is longer than <paramref name="limits"/> allow.</summary>
    /// <exception cref="FirmDataException">Such a text, or the file is not a zip archive.</exception>
    public static void Check(Stream stream, CsvLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var chunk = new char[16 * 1024];
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase)
                    || (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
                {
                    Scan(entry, limits, chunk);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new FirmDataException($"Not a readable .xlsx workbook: {ex.Message}", ex);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static void Scan(ZipArchiveEntry entry, CsvLimits limits, char[] chunk)
    {
        using var part = entry.Open();
        using var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
                {
                    continue;
                }

                long length = 0;
                int read;
                while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    length += read;
                    if (length > limits.MaxRecordLength)
                    {
                        throw new FirmDataException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"The workbook holds a cell of more than {limits.MaxRecordLength:N0} characters ({entry.FullName}, line {((IXmlLineInfo)xml).LineNumber}), more than a whole row may have (FirmCsvReaderOptions.MaxRecordLength, escore --max-record-length): it is not read."));
                    }
                }
            }
        }
        catch (XmlException ex)
        {
            throw new FirmDataException($"Not a readable .xlsx workbook: {entry.FullName} is not well-formed XML ({ex.Message})", ex);
        }
    }
}
