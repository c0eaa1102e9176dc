using EnterpriseScoring.IO;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Excel;

/// <summary>
/// Reads an events file with the reader its extension calls for: <c>.xlsx</c>/<c>.xlsm</c> →
/// <see cref="ScorecardEventsXlsxReader"/> (first sheet), anything else → <see cref="ScorecardEventsReader"/> (CSV).
/// </summary>
/// <remarks>Both readers apply the same rules. Thread-safe.</remarks>
public static class ScorecardEventsInput
{
    /// <summary>Reads the events file at <paramref name="path"/> as its extension says.</summary>
    /// <param name="path">A CSV or <c>.xlsx</c> file.</param>
    /// <param name="profile">The scorecard profile whose event classes the rows must name.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); for a workbook the encoding and delimiter do not apply.</param>
    /// <returns>The events, the rejected rows and the warnings.</returns>
    /// <exception cref="FirmDataException">The file cannot be read as an events file, or is a legacy binary workbook (<c>.xls</c>, <c>.et</c>).</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read.</exception>
    public static ScorecardEventsReadResult Read(string path, ScorecardProfile profile, FirmCsvReaderOptions? options = null) =>
        FirmInput.FormatOf(path) == FirmInputFormat.Xlsx
            ? ScorecardEventsXlsxReader.Read(path, profile, null, options)
            : ScorecardEventsReader.Read(path, profile, options);
}
