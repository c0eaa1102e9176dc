using System.Globalization;

namespace EnterpriseScoring.IO;

/// <summary>
/// The size limits one input record must keep (<see cref="FirmCsvReaderOptions.MaxFieldLength"/>,
/// <see cref="FirmCsvReaderOptions.MaxRecordLength"/>, <see cref="FirmCsvReaderOptions.MaxRecordLines"/>,
/// <see cref="FirmCsvReaderOptions.MaxColumns"/>), shared by the CSV, xlsx and database readers.
/// </summary>
/// <param name="MaxFieldLength">The longest field, in characters.</param>
/// <param name="MaxRecordLength">The longest record, in characters.</param>
/// <param name="MaxRecordLines">The most physical lines a record may span.</param>
/// <param name="MaxColumns">The most columns.</param>
internal readonly record struct CsvLimits(int MaxFieldLength, int MaxRecordLength, int MaxRecordLines, int MaxColumns)
{
    /// <summary>The limits <paramref name="options"/> set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public static CsvLimits Of(FirmCsvReaderOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFieldLength, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRecordLength, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRecordLines, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxColumns, nameof(options));
        return new CsvLimits(options.MaxFieldLength, options.MaxRecordLength, options.MaxRecordLines, options.MaxColumns);
    }

    /// <summary>Throws when a header (of a CSV file, a sheet or a query result) has more columns than <see cref="MaxColumns"/>.</summary>
    /// <param name="columns">The header's number of columns.</param>
    /// <param name="what">What has the header, for the message (<c>header</c>, <c>sheet's header row</c> …).</param>
    /// <exception cref="FirmDataException">Too many columns.</exception>
    public void CheckHeaderWidth(int columns, string what)
    {
        if (columns > MaxColumns)
        {
            throw TooManyColumns(what, columns);
        }
    }

    /// <summary>The error for a header with more than <see cref="MaxColumns"/> columns: <paramref name="columns"/> of them, or null when they were not all counted.</summary>
    public FirmDataException TooManyColumns(string what, int? columns) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"The {what} has {(columns is { } n ? $"{n:N0} columns, more than the limit of {MaxColumns:N0}" : $"more than the limit of {MaxColumns:N0} columns")} (FirmCsvReaderOptions.MaxColumns, escore --max-columns): is the delimiter right, and is this a table of firms?"));

    /// <summary>
    /// The rejection of a row of cells given as values (a spreadsheet row, a query result row) that is over
    /// <see cref="MaxFieldLength"/> or <see cref="MaxRecordLength"/>, or null.
    /// </summary>
    /// <param name="cells">The row.</param>
    /// <param name="headers">The headers, to name the column.</param>
    /// <param name="idColumn">The id column, or -1.</param>
    public BrokenLine? Check(CellText cells, string[] headers, int idColumn)
    {
        long length = 0;
        var tooLong = -1;
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells.String(c).Length;
            length += cell;
            if (tooLong < 0 && cell > MaxFieldLength)
            {
                tooLong = c;
            }
        }

        if (tooLong < 0 && length <= MaxRecordLength)
        {
            return null;
        }

        var column = tooLong < 0 ? 0 : tooLong;
        var id = idColumn >= 0 && idColumn < cells.Count && idColumn != tooLong && cells.String(idColumn).Length <= 60 ? cells.String(idColumn).Trim() : string.Empty;
        var value = CsvLineSplitter.Preview(cells.Span(column));
        return tooLong >= 0
            ? new BrokenLine(id, column < headers.Length ? headers[column] : string.Empty, value, string.Create(CultureInfo.InvariantCulture, $"cell longer than {MaxFieldLength:N0} characters (the limit, MaxFieldLength / --max-field-length): the row is rejected"), Validation.RowIssueCode.FieldTooLong)
            : new BrokenLine(id, string.Empty, value, string.Create(CultureInfo.InvariantCulture, $"row longer than {MaxRecordLength:N0} characters in all (the limit, MaxRecordLength / --max-record-length): the row is rejected"), Validation.RowIssueCode.RecordTooLong);
    }
}
