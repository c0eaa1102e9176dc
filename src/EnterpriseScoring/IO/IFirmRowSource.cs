namespace EnterpriseScoring.IO;

/// <summary>One data row after another, as cells: what <see cref="FirmRowReader{TSource}"/> reads from (CSV, xlsx, a database query).</summary>
/// <remarks>Cells are given as UTF-8 bytes for the allocation-free <see cref="CellParser"/> and as strings for text fields.</remarks>
internal interface IFirmRowSource
{
    /// <summary>The number of cells of the current row; a count other than the header's rejects the row as ragged.</summary>
    int FieldCount { get; }

    /// <summary>The current row's line for messages: the physical line (CSV), the spreadsheet row (xlsx), or result row + 1 (database).</summary>
    int Line { get; }

    /// <summary>Moves to the next data row; false at the end.</summary>
    bool Read();

    /// <summary>The cell as UTF-8 bytes, valid until the next <see cref="Read"/>.</summary>
    ReadOnlySpan<byte> GetSpan(int column);

    /// <summary>The cell as a string (untrimmed).</summary>
    string GetString(int column);

    /// <summary>When the current row is a broken line rather than a record (an unbalanced quote, a record over a limit), what to report; otherwise null.</summary>
    BrokenLine? Broken => null;

    /// <summary>
    /// Whether the current row may hold text that could not be decoded (bytes that are not valid UTF-8, or U+FFFD): only
    /// then are its cells checked. A source that knows (the CSV splitter tracks it per buffer) saves the check.
    /// </summary>
    bool MayBeUndecodable => true;
}
