namespace EnterpriseScoring.Validation;

/// <summary>The machine-readable kind of a <see cref="RowIssue"/>.</summary>
public enum RowIssueCode
{
    /// <summary>The id (统一社会信用代码) is empty.</summary>
    MissingId = 0,

    /// <summary>The id is not a valid unified social credit code (GB 32100-2015): wrong length, illegal character, non-digit region code or wrong check character.</summary>
    InvalidId,

    /// <summary>The organisation-code part of the id (positions 9–17) fails its GB 11714 check digit.</summary>
    InvalidOrganizationCode,

    /// <summary>The id was already seen on an earlier row; the later occurrence is rejected.</summary>
    DuplicateId,

    /// <summary>A numeric cell does not parse as a number.</summary>
    UnparsableNumber,

    /// <summary>A numeric cell is NaN or infinite.</summary>
    NonFiniteNumber,

    /// <summary>A measure that cannot be negative (land, areas, counts, energy, water, emissions …) is negative.</summary>
    NegativeValue,

    /// <summary>The start year is not an integer.</summary>
    InvalidStartYear,

    /// <summary>The start year is outside the plausible range 1900–2100.</summary>
    StartYearOutOfRange,

    /// <summary>The size class is not a known spelling of 规上 / 规下.</summary>
    UnknownSizeClass,

    /// <summary>A tag column holds something other than a yes/no value.</summary>
    InvalidFlag,

    /// <summary>The row has a different number of fields than the header.</summary>
    RaggedRow,

    /// <summary>A column of unknown name holds non-numeric values and is ignored (a warning about the column, not a row).</summary>
    ColumnIgnored,

    /// <summary>A measure column's header names a unit the reader does not recognise; its values are read unconverted (a warning about the column, on line 1).</summary>
    UnknownUnit,

    /// <summary>
    /// A quote opened a field that runs to the end of the file, across lines into a record with the wrong number of
    /// fields, or past a limit (<see cref="IO.FirmCsvReaderOptions.MaxRecordLines"/>, a length limit) with a record among
    /// the lines after it (a stray quote): the line where it opened is rejected, and reading goes on with the next line.
    /// </summary>
    UnbalancedQuote,

    /// <summary>
    /// Text that could not be decoded in the file's encoding (replaced by U+FFFD): a warning per line (column, value and the
    /// number of characters replaced) for the first lines, then one warning counting the rest.
    /// </summary>
    UndecodableText,

    /// <summary>
    /// A header the reader does not know is close to a known column name or alias the file lacks — a likely typo such as
    /// <c>taxx</c> for <c>tax</c>: a warning about the column, on line 1, with the suggestion.
    /// </summary>
    UnrecognisedHeader,

    /// <summary>A field is longer than <see cref="IO.FirmCsvReaderOptions.MaxFieldLength"/>: the record is rejected and reading goes on with the next one.</summary>
    FieldTooLong,

    /// <summary>A record is longer than <see cref="IO.FirmCsvReaderOptions.MaxRecordLength"/>: it is rejected and reading goes on with the next one.</summary>
    RecordTooLong,

    /// <summary>
    /// A quoted field spans more lines than <see cref="IO.FirmCsvReaderOptions.MaxRecordLines"/> and none of the lines inside
    /// it reads as a record: the whole record, to the line where the quote closes, is rejected as one row.
    /// </summary>
    RecordTooManyLines,

    /// <summary>A value is not one of those the column allows: a platform level, a date (the platform register).</summary>
    InvalidValue,

    /// <summary>
    /// A row names another row that is not there (a parent platform or the platform it was merged into missing from the
    /// register, or rejected), names itself, or closes a cycle of such references (the platform register).
    /// </summary>
    InvalidReference,
}
