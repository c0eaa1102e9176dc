using System.Globalization;
using System.Runtime.ExceptionServices;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>
/// Writes an <see cref="Evaluation"/> as the results file (results.csv) that other tools parse and that
/// <see cref="ResultsCsvReader"/> reads back: UTF-8 with a byte order mark, comma-separated, one row per table row (then one
/// per input row rejected before evaluation). The columns are described in docs/results-format.md and
/// <see cref="ResultsCsvFormat"/>.
/// </summary>
/// <remarks>
/// Numbers are invariant-culture round-trip text (<c>"R"</c>): reading them back gives the same <see cref="double"/> bit for
/// bit. A missing figure is an empty cell; NaN and infinities are never written. Text cells that a spreadsheet would run as
/// a formula get a leading <c>'</c> (<see cref="ResultsCsvWriterOptions.FormulaEscaping"/>, <see cref="FormulaGuard"/>).
/// Large tables are formatted on every core (the bytes do not depend on it). Thread-safe.
/// </remarks>
public static class ResultsCsvWriter
{
    /// <summary>Rows formatted per chunk when the rows are formatted on several cores.</summary>
    private const int ChunkRows = 8192;

    /// <summary>The header of a results file of <paramref name="evaluation"/>.</summary>
    /// <param name="evaluation">The evaluation.</param>
    public static IReadOnlyList<string> Header(Evaluation evaluation)
    {
        var header = new List<string>(ResultsCsvFormat.LeadingColumns);
        foreach (var id in ResultsCsvFormat.IndicatorColumns(evaluation))
        {
            header.AddRange(ResultsCsvFormat.IndicatorSuffixes.Select(s => id + s));
        }

        header.AddRange(ResultsCsvFormat.TrailingColumns);
        return header;
    }

    /// <summary>The display columns' headers (<see cref="ResultsCsvWriterOptions.DisplayColumns"/>): <c>score_display</c>, then <c>&lt;indicator&gt;.score_display</c> per indicator.</summary>
    /// <param name="evaluation">The evaluation.</param>
    public static IReadOnlyList<string> DisplayHeader(Evaluation evaluation) =>
        [ResultsCsvFormat.DisplaySuffixed("score"), .. ResultsCsvFormat.IndicatorColumns(evaluation).Select(id => ResultsCsvFormat.DisplaySuffixed(id + ".score"))];

    /// <summary>Writes the results to the file at <paramref name="path"/> (replaced when it exists).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsCsvWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentException"><see cref="ResultsCsvWriterOptions.Consequences"/> has a different row count than the table.</exception>
    public static void Write(Evaluation evaluation, string path, ResultsCsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(evaluation, stream, options);
    }

    /// <summary>Writes the results to <paramref name="stream"/> (left open, flushed).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsCsvWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentException"><see cref="ResultsCsvWriterOptions.Consequences"/> has a different row count than the table.</exception>
    public static void Write(Evaluation evaluation, Stream stream, ResultsCsvWriterOptions? options = null) => Write(evaluation, stream, options, CancellationToken.None);

    /// <summary>
    /// Writes the results to the file at <paramref name="path"/> on a worker thread, through a temporary file in the same
    /// directory renamed over <paramref name="path"/> once complete: cancelled or failed, the file is left as it was.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsCsvWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked every <see cref="ChunkRows"/> rows.</param>
    /// <returns>The write; the same bytes as <see cref="Write(Evaluation, string, ResultsCsvWriterOptions?)"/>.</returns>
    /// <exception cref="ArgumentException"><see cref="ResultsCsvWriterOptions.Consequences"/> has a different row count than the table.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the file was complete.</exception>
    public static Task WriteAsync(Evaluation evaluation, string path, ResultsCsvWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        CheckConsequences(evaluation, options);
        return AtomicFileOutput.WriteAsync(path, (stream, token) => Write(evaluation, stream, options, token), cancellationToken);
    }

    /// <summary>
    /// Writes the results to <paramref name="stream"/> (left open, flushed) with asynchronous writes only (an ASP.NET Core
    /// response body): the rows are formatted on a dedicated thread into a bounded buffer that is copied to the stream.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsCsvWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked every <see cref="ChunkRows"/> rows and by every write to the stream.</param>
    /// <returns>The write; the same bytes as <see cref="Write(Evaluation, Stream, ResultsCsvWriterOptions?)"/>.</returns>
    /// <exception cref="ArgumentException"><see cref="ResultsCsvWriterOptions.Consequences"/> has a different row count than the table.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the stream then holds a prefix of the file (a stream cannot be unwritten: abort the response, or write to a file).</exception>
    public static Task WriteAsync(Evaluation evaluation, Stream stream, ResultsCsvWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(stream);
        CheckConsequences(evaluation, options);
        return StreamBridge.WriteAsync(stream, (output, token) => Write(evaluation, output, options, token), cancellationToken);
    }

    private static void CheckConsequences(Evaluation evaluation, ResultsCsvWriterOptions? options)
    {
        if (options?.Consequences is { } c && c.Count != evaluation.Table.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Consequences are given for {c.Count} rows, the table has {evaluation.Table.Count}."), nameof(options));
        }
    }

    private static void Write(Evaluation evaluation, Stream stream, ResultsCsvWriterOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ResultsCsvWriterOptions.Default;
        CheckConsequences(evaluation, options);

        var additional = options.AdditionalColumns ?? [];
        if (additional.FirstOrDefault(a => a.Values.Count != evaluation.Table.Count) is { } wrong)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Column '{wrong.Header}' has {wrong.Values.Count} values, the table has {evaluation.Table.Count} rows."), nameof(options));
        }

        var year = options.Year ?? evaluation.Profile.EvaluationYear;
        var indicators = ResultsCsvFormat.IndicatorColumns(evaluation);
        var escaping = options.FormulaEscaping;
        using var output = new Utf8CsvWriter(stream, true, escaping);
        foreach (var column in Header(evaluation))
        {
            output.WriteField(column);
        }

        var display = options.DisplayColumns ? DisplayHeader(evaluation) : [];
        foreach (var column in display.Concat(additional.Select(a => a.Header)))
        {
            output.WriteField(column);
        }

        output.EndRecord();
        WriteRows(evaluation, output, escaping, () => new ResultsCsvWriterRows(evaluation, indicators, options.Consequences, year, escaping) { Additional = additional, DisplayColumns = options.DisplayColumns }, cancellationToken);

        var empty = ResultsCsvFormat.LeadingColumns.Count + indicators.Count * ResultsCsvFormat.IndicatorSuffixes.Count + ResultsCsvFormat.TrailingColumns.Count;
        var rejected = 0;
        foreach (var (line, id, reason) in Rejections(options.InputRejections))
        {
            if ((++rejected & (ChunkRows - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var i = 0; i < empty; i++)
            {
                var column = i < ResultsCsvFormat.LeadingColumns.Count ? ResultsCsvFormat.LeadingColumns[i] : null;
                var trailing = i - (empty - ResultsCsvFormat.TrailingColumns.Count);
                if (trailing == 3 && year > 0)
                {
                    output.WriteInt(year); // a number: never escaped
                    continue;
                }

                output.WriteField(
                    column == "id" ? id
                    : column == "status" ? ResultsCsvFormat.StatusCode(FirmStatus.Rejected)
                    : trailing == 4 ? string.Create(CultureInfo.InvariantCulture, $"input line {line}: {reason}")
                    : string.Empty);
            }

            for (var i = display.Count + additional.Count; i > 0; i--)
            {
                output.WriteEmpty();
            }

            output.EndRecord();
        }

        output.Flush();
    }

    /// <summary>
    /// Writes one record per table row (see <see cref="ResultsCsvWriterRows"/>). Large tables are formatted in chunks of
    /// <see cref="ChunkRows"/> rows on every core, each chunk into its own buffer, and the chunks are copied to the output in
    /// table order: the same bytes as one thread, with memory bounded by one chunk per core. An exception is the one the
    /// first failing chunk threw, as in a sequential run. The token is checked before every chunk.
    /// </summary>
    private static void WriteRows(Evaluation evaluation, Utf8CsvWriter output, FormulaEscaping escaping, Func<ResultsCsvWriterRows> rows, CancellationToken cancellationToken)
    {
        var n = evaluation.Table.Count;
        var chunks = (n + ChunkRows - 1) / ChunkRows;
        var workers = Math.Min(Environment.ProcessorCount, chunks);
        if (workers <= 1)
        {
            var formatter = rows();
            for (var start = 0; start < n; start += ChunkRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                formatter.Write(output, start, Math.Min(n, start + ChunkRows));
            }

            return;
        }

        var next = -1;
        var turn = 0;
        var gate = new object();
        (int Chunk, ExceptionDispatchInfo Error)? failure = null;
        void Work()
        {
            var chunk = -1;
            try
            {
                var formatter = rows();
                using var buffer = new Utf8CsvWriter(null, false, escaping, 4 << 20);
                while ((chunk = Interlocked.Increment(ref next)) < chunks)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    buffer.Clear();
                    formatter.Write(buffer, chunk * ChunkRows, Math.Min(n, (chunk + 1) * ChunkRows));
                    lock (gate)
                    {
                        while (turn != chunk && failure is null)
                        {
                            Monitor.Wait(gate);
                        }

                        if (failure is not null)
                        {
                            return;
                        }

                        output.WriteRecords(buffer.Written);
                        turn++;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    if (failure is null || (chunk >= 0 && chunk < failure.Value.Chunk))
                    {
                        failure = (chunk < 0 ? int.MaxValue : chunk, ExceptionDispatchInfo.Capture(e));
                    }

                    Monitor.PulseAll(gate);
                }
            }
        }

        var others = new Task[workers - 1];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Work();
        Task.WaitAll(others);
        failure?.Error.Throw();
    }

    /// <summary>One entry per rejected input line (issues of severity error), ordered by line then id, with the reasons joined.</summary>
    private static IEnumerable<(int Line, string Id, string Reason)> Rejections(IReadOnlyList<RowIssue>? issues) =>
        (issues ?? [])
            .Where(i => i is not null && i.Severity == IssueSeverity.Error)
            .GroupBy(i => (i.Line, i.Id))
            .OrderBy(g => g.Key.Line)
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .Select(g => (g.Key.Line, g.Key.Id, string.Join("; ", g.Select(i => i.Column.Length == 0 ? i.Reason : $"{i.Column}: {i.Reason}"))));
}
