using System.Globalization;
using System.Text;
using CsvHelper;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>
/// Reads firms from CSV into a <see cref="FirmTable"/>, losing nothing: every row is either loaded or rejected with its
/// line, column, raw value and reason; unknown numeric columns become custom measures; unknown non-numeric columns are
/// listed as ignored.
/// </summary>
/// <remarks>
/// <para>Headers may be canonical English ids (<c>id</c>, <c>name</c>, <c>land_area</c> …), the Chinese names used in
/// government exports (统一社会信用代码, 用地面积 …), the aliases of <see cref="KnownMeasures"/>, or the caller's
/// <see cref="FirmCsvReaderOptions.HeaderAliases"/>. A unit in brackets after a header (<c>用地面积(亩)</c>) is ignored
/// for matching. See <c>docs/input-format.md</c>.</para>
/// <para>Streaming: the file is read once, record by record, with CsvHelper; only a prefix is buffered for encoding
/// detection. Rows are checked with the same rules as <see cref="FirmValidator"/>.</para>
/// <para>Bad rows never throw. A file that cannot be read at all (no header, a missing required column, two columns
/// with the same meaning) throws <see cref="FirmDataException"/>. Thread-safe (no shared state).</para>
/// </remarks>
public static class FirmCsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, or two columns mean the same thing.</exception>
    public static FirmCsvReadResult Read(string path, FirmCsvReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, options);
    }

    /// <summary>Reads CSV from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The input, read sequentially to its end.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, or two columns mean the same thing.</exception>
    public static FirmCsvReadResult Read(Stream stream, FirmCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= FirmCsvReaderOptions.Default;
        if (options.Delimiter is > (char)127 or '"' or '\r' or '\n')
        {
            throw new ArgumentException($"The delimiter must be an ASCII character other than a quote or a line break, got '{options.Delimiter}'.", nameof(options));
        }

        var (input, csvEncoding, encodingUsed) = EncodingDetection.Prepare(stream, options.Encoding);
        var csvOptions = CsvReaderOptions.Default with
        {
            Separator = options.Delimiter,
            Encoding = csvEncoding,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            PoolStrings = true,
        };

        using var reader = CsvReader.Create(input, csvOptions, true);
        var plan = ColumnPlan.Create(reader.Headers, options);
        return new FirmRowReader<CsvRowSource>(new CsvRowSource(reader), plan, options, encodingUsed).Run();
    }

    /// <summary>CsvHelper's records as an <see cref="IFirmRowSource"/> (a struct, so the row reader is specialised for it).</summary>
    private readonly struct CsvRowSource(CsvReader reader) : IFirmRowSource
    {
        public int FieldCount => reader.FieldCount;

        public int Line => checked((int)reader.LineNumber);

        public bool Read() => reader.Read();

        public ReadOnlySpan<byte> GetSpan(int column) => reader.GetSpan(column);

        public string GetString(int column) => reader.GetString(column);
    }
}
