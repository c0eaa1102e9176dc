using EnterpriseScoring.IO;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Excel;

/// <summary>
/// Reads a platform register file with the reader its extension calls for: <c>.xlsx</c>/<c>.xlsm</c> →
/// <see cref="PlatformRegisterXlsxReader"/> (first sheet), anything else → <see cref="PlatformRegisterReader"/> (CSV).
/// </summary>
/// <remarks>Both readers apply the same rules. Thread-safe.</remarks>
public static class PlatformRegisterInput
{
    /// <summary>Reads the register at <paramref name="path"/> as its extension says.</summary>
    /// <param name="path">A CSV or <c>.xlsx</c> file.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); for a workbook the encoding and delimiter do not apply.</param>
    /// <returns>The register, the rejected rows and the warnings.</returns>
    /// <exception cref="FirmDataException">The file cannot be read as a register, or is a legacy binary workbook (<c>.xls</c>, <c>.et</c>).</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read.</exception>
    public static PlatformRegisterReadResult Read(string path, FirmCsvReaderOptions? options = null) =>
        FirmInput.FormatOf(path) == FirmInputFormat.Xlsx
            ? PlatformRegisterXlsxReader.Read(path, null, options)
            : PlatformRegisterReader.Read(path, options);
}
