using EnterpriseScoring.IO;

namespace EnterpriseScoring.Excel;

/// <summary>The file formats <see cref="FirmInput"/> reads.</summary>
public enum FirmInputFormat
{
    /// <summary>Comma-separated values (<see cref="FirmCsvReader"/>): the default for any extension but <c>.xlsx</c>.</summary>
    Csv = 0,

    /// <summary>An Excel workbook (<see cref="FirmXlsxReader"/>): the <c>.xlsx</c> and <c>.xlsm</c> extensions.</summary>
    Xlsx,
}
