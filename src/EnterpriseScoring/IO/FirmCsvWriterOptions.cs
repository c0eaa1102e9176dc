using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>Options of <see cref="FirmCsvWriter"/>.</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Validated where used: the writer throws <see cref="ArgumentException"/> for an invalid delimiter.</remarks>
public sealed record FirmCsvWriterOptions
{
    /// <summary>The default options: UTF-8 with a byte order mark, English headers, comma separated.</summary>
    public static FirmCsvWriterOptions Default { get; } = new();

    /// <summary>Whether a UTF-8 file starts with a byte order mark (Excel needs it to show Chinese text). Ignored for other encodings.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WriteByteOrderMark { get; init; } = true;

    /// <summary>
    /// Whether headers are the Chinese names (统一社会信用代码, 用地面积(亩) …, with the unit in brackets) instead of the
    /// canonical English ids. Either way <see cref="FirmCsvReader"/> reads the file back.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ChineseHeaders { get; init; }

    /// <summary>The field separator (an ASCII character).</summary>
    /// <value>The default value is <c>','</c>.</value>
    public char Delimiter { get; init; } = ',';

    /// <summary>The encoding; <see langword="null"/> for UTF-8. Use GB18030 for legacy tools that cannot read UTF-8.</summary>
    /// <value>The default value is <see langword="null"/> (UTF-8).</value>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// How text cells (ids, names, regions, parcels, tags, headers) that a spreadsheet would run as a formula are written:
    /// with a leading <c>'</c> (<see cref="FormulaEscaping.QuotePrefix"/>, which <see cref="FirmCsvReader"/> removes again) or
    /// as they are (<see cref="FormulaEscaping.None"/>). Measures and start years are numbers and never changed.
    /// </summary>
    /// <value>The default value is <see cref="FormulaEscaping.QuotePrefix"/>.</value>
    public FormulaEscaping FormulaEscaping { get; init; }
}
