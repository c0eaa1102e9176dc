using EnterpriseScoring.IO;
using EnterpriseScoring.Results;
using Parquet;
using Parquet.Schema;

namespace EnterpriseScoring.Parquet;

/// <summary>
/// Writes an <see cref="Evaluation"/> as results.parquet: one row per firm in table order — the rows of results.csv
/// (<see cref="Evaluation.ToFlatResults"/>) with its column names and typed columns: text as UTF-8 strings (as it is, no
/// formula escaping), figures as 64-bit floats, rank, pool size and year as 32-bit integers, status and tier as their
/// results.csv codes; every column optional, a missing figure null. docs/results-format.md, "results.parquet".
/// </summary>
/// <example>
/// <code>
/// ResultsParquetWriter.Write(evaluation, "results.parquet");
/// // DuckDB: SELECT tier, count(*) FROM 'results.parquet' GROUP BY tier;   pandas: pd.read_parquet("results.parquet")
/// </code>
/// </example>
/// <remarks>
/// Not written: <c>consequences</c> (a policy set's output: results.csv) and the rows rejected on input (rejects.csv). The
/// file's key-value metadata holds <c>escore.format</c> (<see cref="FormatName"/>), <c>escore.profile</c> and
/// <c>escore.year</c>. The same evaluation and options give the same bytes. Thread-safe.
/// </remarks>
public static class ResultsParquetWriter
{
    /// <summary>The value of the file's <c>escore.format</c> metadata key: the layout's name and version.</summary>
    public const string FormatName = "escore-results/1";

    /// <summary>
    /// Writes results.parquet to the file at <paramref name="path"/> through a temporary file in the same directory renamed
    /// over it once complete: a failed write leaves the file as it was.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsParquetWriterOptions.Default"/>.</param>
    public static void Write(Evaluation evaluation, string path, ResultsParquetWriterOptions? options = null) =>
        WriteAsync(evaluation, path, options).GetAwaiter().GetResult();

    /// <summary>Writes results.parquet to <paramref name="stream"/> (left open, flushed).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="stream">The destination, writable (need not seek).</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsParquetWriterOptions.Default"/>.</param>
    public static void Write(Evaluation evaluation, Stream stream, ResultsParquetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(stream);
        Task.Run(() => WriteAsync(evaluation, stream, options)).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes results.parquet to the file at <paramref name="path"/> on a worker thread, through a temporary file in the same
    /// directory renamed over <paramref name="path"/> once complete: cancelled or failed, the file is left as it was.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsParquetWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked before every column.</param>
    /// <returns>The write.</returns>
    public static Task WriteAsync(Evaluation evaluation, string path, ResultsParquetWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return AtomicFileOutput.WriteAsync(path, (stream, token) => WriteSeekable(evaluation, stream, options, token).GetAwaiter().GetResult(), cancellationToken);
    }

    /// <summary>Writes results.parquet to <paramref name="stream"/> (left open, flushed).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="stream">The destination, writable (need not seek: the file is then made in memory first).</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsParquetWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked before every column.</param>
    /// <returns>The write.</returns>
    public static async Task WriteAsync(Evaluation evaluation, Stream stream, ResultsParquetWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            await WriteSeekable(evaluation, stream, options, cancellationToken).ConfigureAwait(false);
            return;
        }

        using var buffer = new MemoryStream();
        await WriteSeekable(evaluation, buffer, options, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Parquet schema of results.parquet for <paramref name="flat"/>'s columns (every field optional).</summary>
    internal static ParquetSchema Schema(FlatResults flat) => new([.. flat.Columns.Select(Field)]);

    private static DataField Field(FlatResultColumn column) => column.Kind switch
    {
        FlatColumnKind.Text => new DataField<string>(column.Name, nullable: true),
        FlatColumnKind.Number => new DataField<double?>(column.Name),
        _ => new DataField<int?>(column.Name),
    };

    private static async Task WriteSeekable(Evaluation evaluation, Stream stream, ResultsParquetWriterOptions? options, CancellationToken cancellationToken)
    {
        options ??= ResultsParquetWriterOptions.Default;
        var flat = evaluation.ToFlatResults();
        var schema = Schema(flat);
        var fields = schema.GetDataFields();
        var parquetOptions = new ParquetOptions { CompressionMethod = Method(options.Compression) };
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, parquetOptions, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            writer.CustomMetadata = new Dictionary<string, string>
            {
                ["escore.format"] = FormatName,
                ["escore.profile"] = evaluation.Profile.Name,
                ["escore.year"] = evaluation.Profile.EvaluationYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            for (var start = 0; start < flat.Count || start == 0; start += options.RowGroupSize)
            {
                var end = Math.Min(flat.Count, start + options.RowGroupSize);
                using var group = writer.CreateRowGroup();
                for (var c = 0; c < fields.Length; c++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await WriteColumn(group, fields[c], flat.Columns[c], flat, start, end, cancellationToken).ConfigureAwait(false);
                }

                group.CompleteValidate();
                if (end >= flat.Count)
                {
                    break;
                }
            }
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteColumn(ParquetRowGroupWriter group, DataField field, FlatResultColumn column, FlatResults flat, int start, int end, CancellationToken cancellationToken)
    {
        var n = end - start;
        switch (column.Kind)
        {
            case FlatColumnKind.Text:
                var texts = new string?[n];
                for (var i = 0; i < n; i++)
                {
                    texts[i] = column.Text(flat[start + i]);
                }

                await group.WriteAsync(field, texts!).ConfigureAwait(false);
                break;
            case FlatColumnKind.Number:
                var numbers = new double?[n];
                for (var i = 0; i < n; i++)
                {
                    numbers[i] = column.Number(flat[start + i]);
                }

                await group.WriteAsync<double>(field, numbers, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            default:
                var integers = new int?[n];
                for (var i = 0; i < n; i++)
                {
                    integers[i] = column.Integer(flat[start + i]);
                }

                await group.WriteAsync<int>(field, integers, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static CompressionMethod Method(ParquetCompression compression) => compression switch
    {
        ParquetCompression.Snappy => CompressionMethod.Snappy,
        ParquetCompression.Zstd => CompressionMethod.Zstd,
        ParquetCompression.Gzip => CompressionMethod.Gzip,
        ParquetCompression.None => CompressionMethod.None,
        _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, "Unknown compression."),
    };
}
