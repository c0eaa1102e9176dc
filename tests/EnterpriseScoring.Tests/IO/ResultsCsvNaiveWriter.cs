using System.Globalization;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Validation;

using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;
/// <summary>
/// Writes an <see cref="Evaluation"/> as the results file (results.csv) that other tools parse and that
/// <see cref="ResultsCsvReader"/> reads back: UTF-8 with a byte order mark, comma-separated, one row per table row (then one
/// per input row rejected before evaluation). The columns are described in docs/results-format.md and
/// <see cref="ResultsCsvFormat"/>.
/// </summary>
/// <remarks>
/// Numbers are invariant-culture round-trip text (<c>"R"</c>): reading them back gives the same <see cref="double"/> bit for
/// bit. A missing figure is an empty cell; NaN and infinities are never written. Thread-safe.
/// </remarks>
/// <summary>Test-only reference: the results writer as it was before the columnar rewrite (one FirmResult per row).</summary>
internal static class NaiveResultsCsvWriter
{
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
    public static void Write(Evaluation evaluation, Stream stream, ResultsCsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ResultsCsvWriterOptions.Default;
        var table = evaluation.Table;
        if (options.Consequences is { } c && c.Count != table.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Consequences are given for {c.Count} rows, the table has {table.Count}."), nameof(options));
        }

        var year = options.Year ?? evaluation.Profile.EvaluationYear;
        var yearText = year > 0 ? year.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var indicators = ResultsCsvFormat.IndicatorColumns(evaluation);
        string T(string text) => options.FormulaEscaping == FormulaEscaping.None ? text : FormulaGuard.Escape(text);
        using var writer = CsvOutput.Create(stream, null, true, ',');
        writer.WriteHeader([.. Header(evaluation).Select(T)]);
        var sizeClasses = table.SizeClasses;
        for (var row = 0; row < table.Count; row++)
        {
            var r = evaluation.Results[row];
            writer.WriteField(T(r.Id));
            writer.WriteField(T(r.Name));
            writer.WriteField(T(table.Regions[row]));
            writer.WriteField(T(table.Platforms[row]));
            writer.WriteField(T(table.Industries[row]));
            writer.WriteField(T(SizeClassNames.ToCode(sizeClasses[row])));
            writer.WriteField(T(r.PoolId ?? string.Empty));
            writer.WriteField(T(ResultsCsvFormat.StatusCode(r.Status)));
            writer.WriteField(ResultsCsvFormat.FormatNumber(r.Total));
            writer.WriteField(r.Rank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            writer.WriteField(r.PoolSize?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            writer.WriteField(ResultsCsvFormat.FormatNumber(r.Percentile));
            writer.WriteField(T(ResultsCsvFormat.TierCode(r.Tier)));
            writer.WriteField(T(r.TierLabel ?? string.Empty));
            writer.WriteField(T(r.TierReason ?? string.Empty));
            var figures = r.Indicators;
            foreach (var id in indicators)
            {
                IndicatorResult? f = null;
                foreach (var candidate in figures)
                {
                    if (string.Equals(candidate.IndicatorId, id, StringComparison.Ordinal))
                    {
                        f = candidate;
                        break;
                    }
                }

                writer.WriteField(ResultsCsvFormat.FormatNumber(f?.Value));
                writer.WriteField(ResultsCsvFormat.FormatNumber(f?.Benchmark));
                writer.WriteField(ResultsCsvFormat.FormatNumber(f?.Score));
                writer.WriteField(ResultsCsvFormat.FormatNumber(f?.Numerator));
                writer.WriteField(ResultsCsvFormat.FormatNumber(f?.Denominator));
            }

            writer.WriteField(ResultsCsvFormat.FormatNumber(r.Bonus));
            writer.WriteField(ResultsCsvFormat.FormatNumber(r.Deduction));
            writer.WriteField(T(options.Consequences is { } lines ? Consequences.Join(lines[row]) : string.Empty));
            writer.WriteField(yearText);
            writer.WriteField(T(r.Status == FirmStatus.Rated ? string.Empty : r.Reason ?? string.Empty));
            writer.WriteField(T(r.Parcel ?? string.Empty));
            writer.EndRecord();
        }

        var empty = ResultsCsvFormat.LeadingColumns.Count + indicators.Count * ResultsCsvFormat.IndicatorSuffixes.Count + ResultsCsvFormat.TrailingColumns.Count;
        foreach (var (line, id, reason) in Rejections(options.InputRejections))
        {
            for (var i = 0; i < empty; i++)
            {
                var column = i < ResultsCsvFormat.LeadingColumns.Count ? ResultsCsvFormat.LeadingColumns[i] : null;
                var trailing = i - (empty - ResultsCsvFormat.TrailingColumns.Count);
                writer.WriteField(
                    column == "id" ? T(id)
                    : column == "status" ? T(ResultsCsvFormat.StatusCode(FirmStatus.Rejected))
                    : trailing == 3 ? yearText
                    : trailing == 4 ? T(string.Create(CultureInfo.InvariantCulture, $"input line {line}: {reason}"))
                    : string.Empty);
            }

            writer.EndRecord();
        }

        writer.Flush();
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
