using System.Text;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>
/// What a reader of firm data read — <see cref="FirmCsvReader"/>, <c>Excel.FirmXlsxReader</c> or <see cref="FirmDbReader"/>:
/// the table of accepted rows, every rejected row with its reasons, warnings, and how the columns were understood.
/// <see cref="RowsRead"/> = <see cref="FirmTable.Count"/> + <see cref="RejectedRowCount"/>, always.
/// </summary>
/// <remarks>Immutable and thread-safe: made by the readers only; its lists are private read-only copies.</remarks>
public sealed class FirmReadResult
{
    internal FirmReadResult(
        FirmTable table,
        IReadOnlyList<RowIssue> rejections,
        int rejectedRowCount,
        IReadOnlyList<RowIssue> warnings,
        int rowsRead,
        int blankRowsSkipped,
        Encoding encodingUsed,
        IReadOnlyList<string> ignoredColumns,
        IReadOnlyList<ColumnMapping> columns,
        IReadOnlyList<string> missingMeasures)
    {
        MissingMeasures = ReadOnlyCopy.List(missingMeasures);
        Table = table;
        Rejections = ReadOnlyCopy.List(rejections);
        RejectedRowCount = rejectedRowCount;
        Warnings = ReadOnlyCopy.List(warnings);
        RowsRead = rowsRead;
        BlankRowsSkipped = blankRowsSkipped;
        EncodingUsed = encodingUsed;
        IgnoredColumns = ReadOnlyCopy.List(ignoredColumns);
        Columns = ReadOnlyCopy.List(columns);
    }

    /// <summary>The same result with the hash of the bytes read, which the reader knows only once it has read them all.</summary>
    /// <param name="sha256">The SHA-256 of the bytes read, lower-case hex.</param>
    internal FirmReadResult WithSha256(string sha256) =>
        new(Table, Rejections, RejectedRowCount, Warnings, RowsRead, BlankRowsSkipped, EncodingUsed, IgnoredColumns, Columns, MissingMeasures) { Sha256 = sha256 };

    /// <summary>The accepted rows; <see cref="FirmTable.SourceLines"/> holds each row's line.</summary>
    public FirmTable Table { get; }

    /// <summary>The errors of rejected rows, in line order; a rejected row may have several.</summary>
    public IReadOnlyList<RowIssue> Rejections { get; }

    /// <summary>The number of rejected rows (distinct lines in <see cref="Rejections"/>).</summary>
    public int RejectedRowCount { get; }

    /// <summary>
    /// Warnings: lenient ids, unknown non-numeric columns that were ignored, unknown headers close to a known one (with
    /// the suggestion), header units that are not recognised, and text that could not be decoded in the file's encoding.
    /// </summary>
    public IReadOnlyList<RowIssue> Warnings { get; }

    /// <summary>The number of data rows in the file (empty lines and blank rows are not rows).</summary>
    public int RowsRead { get; }

    /// <summary>The number of blank rows skipped: records whose every field is empty, such as the <c>,,,,</c> lines Excel writes below a table.</summary>
    public int BlankRowsSkipped { get; }

    /// <summary>The encoding the file was read with (detected or given).</summary>
    public Encoding EncodingUsed { get; }

    /// <summary>The headers of the columns that were ignored, in file order.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>How each column was understood, in file order.</summary>
    public IReadOnlyList<ColumnMapping> Columns { get; }

    /// <summary>
    /// The <see cref="FirmCsvReaderOptions.ExpectedMeasures"/> that no column provides: every firm lacks them (an
    /// <see cref="Evaluator"/> whose profile reads one refuses the table unless it is accepted as missing; see
    /// <see cref="Evaluator.FindMissingMeasures"/>). Empty when none were expected.
    /// </summary>
    public IReadOnlyList<string> MissingMeasures { get; }

    /// <summary>
    /// The SHA-256 (64 lower-case hex digits) of the input as it was read, computed while reading: of a file's or
    /// stream's bytes (<see cref="FirmCsvReader"/>, <c>Excel.FirmXlsxReader</c>; a file that changed while it was read
    /// fails the read instead, see <see cref="InputFileStream"/>), or for <see cref="FirmDbReader"/> of the result's
    /// column names and cell texts (see its remarks). Two reads of the same data give the same hash.
    /// </summary>
    public string Sha256 { get; private init; } = string.Empty;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RowsRead} rows read: {Table.Count} loaded, {RejectedRowCount} rejected, {Warnings.Count} warnings ({EncodingUsed.WebName})");
}
