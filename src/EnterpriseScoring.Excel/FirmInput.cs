using EnterpriseScoring.IO;

namespace EnterpriseScoring.Excel;

/// <summary>Reads a firm file with the reader its extension calls for: <c>.xlsx</c> → <see cref="FirmXlsxReader"/>, anything else → <see cref="FirmCsvReader"/>.</summary>
/// <remarks>Every reader maps headers, parses cells and rejects rows by the same rules. Thread-safe.</remarks>
public static class FirmInput
{
    /// <summary>The format of the file at <paramref name="path"/>, from its extension (case ignored).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns><see cref="FirmInputFormat.Xlsx"/> for <c>.xlsx</c>/<c>.xlsm</c>, otherwise <see cref="FirmInputFormat.Csv"/>.</returns>
    /// <exception cref="FirmDataException">The file is a legacy binary workbook (<c>.xls</c>, <c>.et</c>), which is not supported.</exception>
    public static FirmInputFormat FormatOf(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase))
        {
            return FirmInputFormat.Xlsx;
        }

        if (extension.Equals(".xls", StringComparison.OrdinalIgnoreCase) || extension.Equals(".et", StringComparison.OrdinalIgnoreCase))
        {
            throw new FirmDataException($"'{Path.GetFileName(path)}' is a legacy binary workbook ({extension}), which is not supported: save it as .xlsx or CSV.");
        }

        return FirmInputFormat.Csv;
    }

    /// <summary>Reads the file at <paramref name="path"/> as its extension says.</summary>
    /// <param name="path">A CSV or <c>.xlsx</c> file.</param>
    /// <param name="options">The options; for a workbook the encoding and delimiter do not apply.</param>
    /// <param name="sheet">For a workbook, the sheet (<see langword="null"/> for the first); must be <see langword="null"/> for CSV.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="ArgumentException">A sheet is given for a CSV file.</exception>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file cannot be read as firms (no header, two columns with one meaning, not a workbook …).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static FirmReadResult Read(string path, FirmCsvReaderOptions? options = null, string? sheet = null)
    {
        var format = FormatOf(path);
        if (format == FirmInputFormat.Csv && sheet is not null)
        {
            throw new ArgumentException($"A sheet ('{sheet}') only applies to .xlsx files, not to '{Path.GetFileName(path)}'.", nameof(sheet));
        }

        return format == FirmInputFormat.Xlsx ? FirmXlsxReader.Read(path, sheet, options) : FirmCsvReader.Read(path, options);
    }

    /// <summary>Reads the file at <paramref name="path"/> as its extension says, on a worker thread.</summary>
    /// <param name="path">A CSV or <c>.xlsx</c> file.</param>
    /// <param name="options">The options; for a workbook the encoding and delimiter do not apply.</param>
    /// <param name="sheet">For a workbook, the sheet (<see langword="null"/> for the first); must be <see langword="null"/> for CSV.</param>
    /// <param name="cancellationToken">Checked every 1,024 records.</param>
    /// <returns>The table, the rejected rows and the warnings: the same result as <see cref="Read"/>.</returns>
    /// <exception cref="ArgumentException">A sheet is given for a CSV file.</exception>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file cannot be read as firms (no header, two columns with one meaning, not a workbook …).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<FirmReadResult> ReadAsync(string path, FirmCsvReaderOptions? options = null, string? sheet = null, CancellationToken cancellationToken = default)
    {
        var format = FormatOf(path);
        if (format == FirmInputFormat.Csv && sheet is not null)
        {
            throw new ArgumentException($"A sheet ('{sheet}') only applies to .xlsx files, not to '{Path.GetFileName(path)}'.", nameof(sheet));
        }

        return format == FirmInputFormat.Xlsx
            ? FirmXlsxReader.ReadAsync(path, sheet, options, cancellationToken)
            : FirmCsvReader.ReadAsync(path, options, null, cancellationToken);
    }
}
