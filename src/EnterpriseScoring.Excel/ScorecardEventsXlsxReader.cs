using EnterpriseScoring.IO;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Excel;

/// <summary>
/// Reads an events file (事件清单) from a sheet of an Excel workbook (<c>.xlsx</c>) with exactly the rules of
/// <see cref="ScorecardEventsReader"/> (columns, classes, dates, counts, rejections with line, column, value and reason),
/// and the sheet checks, size guard and limits of <see cref="FirmXlsxReader"/>: lines are spreadsheet row numbers.
/// </summary>
/// <remarks>Thread-safe (no shared state). <see cref="ScorecardEventsInput"/> reads CSV or <c>.xlsx</c> by the file's extension.</remarks>
public static class ScorecardEventsXlsxReader
{
    /// <summary>Reads events from a sheet of the workbook at <paramref name="path"/> (read once into memory and hashed).</summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <param name="profile">The scorecard profile whose event classes the rows must name.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for the first sheet.</param>
    /// <param name="options">Limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <returns>The events, the rejected rows and the warnings; <see cref="ScorecardEventsReadResult.Sha256"/> is of the file's bytes.</returns>
    /// <exception cref="FirmDataException">The file is not a workbook, the sheet does not exist or is empty, or it cannot be read as an events file.</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read.</exception>
    public static ScorecardEventsReadResult Read(string path, ScorecardProfile profile, string? sheet = null, FirmCsvReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(profile);
        using var workbook = WorkbookBytes.Read(path, out var sha256);
        return Read(workbook, profile, sheet, options ?? FirmCsvReaderOptions.Default, sha256);
    }

    /// <summary>Reads events from a sheet of the workbook in <paramref name="stream"/> (seekable; left open).</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="profile">The scorecard profile whose event classes the rows must name.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for the first sheet.</param>
    /// <param name="options">Limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <returns>The events, the rejected rows and the warnings; <see cref="ScorecardEventsReadResult.Sha256"/> is of the stream's bytes from its start.</returns>
    /// <exception cref="FirmDataException">The stream is not a workbook, the sheet does not exist or is empty, or it cannot be read as an events file.</exception>
    public static ScorecardEventsReadResult Read(Stream stream, ScorecardProfile profile, string? sheet = null, FirmCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(profile);
        return Read(stream, profile, sheet, options ?? FirmCsvReaderOptions.Default, WorkbookBytes.Sha256(stream));
    }

    private static ScorecardEventsReadResult Read(Stream stream, ScorecardProfile profile, string? sheet, FirmCsvReaderOptions options, string sha256) =>
        FirmXlsxReader.ReadRows(
            stream,
            sheet,
            options,
            ScorecardEventsReader.PlanSheet,
            (plan, rows) => ScorecardEventsReader.ReadRows(plan, rows, profile, sha256),
            plan => (plan.Headers, plan.PlatformColumn));
}
