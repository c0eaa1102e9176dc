using EnterpriseScoring.IO;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Excel;

/// <summary>
/// Reads a platform register (平台名录) from a sheet of an Excel workbook (<c>.xlsx</c>) with exactly the rules of
/// <see cref="PlatformRegisterReader"/> (columns, units, dates, references, rejections with line, column, value and
/// reason), and the sheet checks, size guard and limits of <see cref="FirmXlsxReader"/>: lines are spreadsheet row numbers.
/// </summary>
/// <remarks>Thread-safe (no shared state). <see cref="PlatformRegisterInput"/> reads CSV or <c>.xlsx</c> by the file's extension.</remarks>
public static class PlatformRegisterXlsxReader
{
    /// <summary>Reads a register from a sheet of the workbook at <paramref name="path"/> (read once into memory and hashed).</summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for the first sheet.</param>
    /// <param name="options">Limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <returns>The register, the rejected rows and the warnings; <see cref="PlatformRegisterReadResult.Sha256"/> is of the file's bytes.</returns>
    /// <exception cref="FirmDataException">The file is not a workbook, the sheet does not exist or is empty, or it cannot be read as a register.</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read.</exception>
    public static PlatformRegisterReadResult Read(string path, string? sheet = null, FirmCsvReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var workbook = WorkbookBytes.Read(path, out var sha256);
        return Read(workbook, sheet, options ?? FirmCsvReaderOptions.Default, sha256);
    }

    /// <summary>Reads a register from a sheet of the workbook in <paramref name="stream"/> (seekable; left open).</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for the first sheet.</param>
    /// <param name="options">Limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <returns>The register, the rejected rows and the warnings; <see cref="PlatformRegisterReadResult.Sha256"/> is of the stream's bytes from its start.</returns>
    /// <exception cref="FirmDataException">The stream is not a workbook, the sheet does not exist or is empty, or it cannot be read as a register.</exception>
    public static PlatformRegisterReadResult Read(Stream stream, string? sheet = null, FirmCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(stream, sheet, options ?? FirmCsvReaderOptions.Default, WorkbookBytes.Sha256(stream));
    }

    private static PlatformRegisterReadResult Read(Stream stream, string? sheet, FirmCsvReaderOptions options, string sha256) =>
        FirmXlsxReader.ReadRows(
            stream,
            sheet,
            options,
            PlatformRegisterReader.PlanSheet,
            (plan, rows) => PlatformRegisterReader.ReadRows(plan, rows, sha256),
            plan => (plan.Headers, plan.IdColumn));
}
