using System.Globalization;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Validation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.IO;

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
public static class ResultsCsvWriter
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
        using var writer = CsvOutput.Create(stream, null, true, ',');
        writer.WriteHeader([.. Header(evaluation)]);
        WriteRows(evaluation, writer, indicators, options.Consequences, yearText);

        var empty = ResultsCsvFormat.LeadingColumns.Count + indicators.Count * ResultsCsvFormat.IndicatorSuffixes.Count + ResultsCsvFormat.TrailingColumns.Count;
        foreach (var (line, id, reason) in Rejections(options.InputRejections))
        {
            for (var i = 0; i < empty; i++)
            {
                var column = i < ResultsCsvFormat.LeadingColumns.Count ? ResultsCsvFormat.LeadingColumns[i] : null;
                var trailing = i - (empty - ResultsCsvFormat.TrailingColumns.Count);
                writer.WriteField(
                    column == "id" ? id
                    : column == "status" ? ResultsCsvFormat.StatusCode(FirmStatus.Rejected)
                    : trailing == 3 ? yearText
                    : trailing == 4 ? string.Create(CultureInfo.InvariantCulture, $"input line {line}: {reason}")
                    : string.Empty);
            }

            writer.EndRecord();
        }

        writer.Flush();
    }

    /// <summary>
    /// Writes one record per table row straight from the evaluation's columns: no <see cref="FirmResult"/> or
    /// <see cref="IndicatorResult"/> per row, numbers formatted into a stack buffer, repeated texts (codes, labels,
    /// eligibility reasons) made once. Gives the same bytes as formatting each <see cref="FirmResult"/>.
    /// </summary>
    private static void WriteRows(
        Evaluation evaluation, CsvHelper.CsvWriter writer, IReadOnlyList<string> indicators,
        IReadOnlyList<IReadOnlyList<ConsequenceLine>>? consequences, string yearText)
    {
        var table = evaluation.Table;
        var sizeClasses = table.SizeClasses;
        var ids = table.Ids;
        var names = table.Names;
        var regions = table.Regions;
        var platforms = table.Platforms;
        var industries = table.Industries;
        var labels = evaluation.Profile.Labels;

        // Per pool: the position of each results-file indicator column in the pool's indicators (−1: not in the pool).
        var poolCount = evaluation.PoolCount;
        var columnOf = new int[poolCount][];
        var benchmarkText = new string[poolCount][]; // one benchmark per pool and indicator: formatted once
        for (var pi = 0; pi < poolCount; pi++)
        {
            var pool = evaluation.PoolEvaluation(pi);
            var map = new int[indicators.Count];
            for (var i = 0; i < indicators.Count; i++)
            {
                map[i] = -1;
                for (var j = 0; j < pool.Indicators.Length; j++)
                {
                    if (string.Equals(pool.Indicators[j].Profile.Indicator.Id, indicators[i], StringComparison.Ordinal))
                    {
                        map[i] = j;
                        break;
                    }
                }
            }

            columnOf[pi] = map;
            benchmarkText[pi] = pool.Indicators.Select(c => ResultsCsvFormat.FormatNumber(c.Benchmark?.Value)).ToArray();
        }

        var statusCodes = new Dictionary<FirmStatus, string>();
        foreach (var s in Enum.GetValues<FirmStatus>())
        {
            statusCodes[s] = ResultsCsvFormat.StatusCode(s);
        }

        var tierCodes = new Dictionary<Tier, (string Code, string Label)>();
        foreach (var t in Enum.GetValues<Tier>())
        {
            tierCodes[t] = (ResultsCsvFormat.TierCode(t), labels.Of(t));
        }

        var sizeCodes = new Dictionary<SizeClass, string>();
        var eligibilityReasons = new string?[evaluation.Profile.Eligibility.Count];
        var reasons = new TierReasons();
        Span<char> buffer = stackalloc char[64];
        for (var row = 0; row < table.Count; row++)
        {
            var pi = evaluation.PoolIndexOf(row);
            var pool = pi < 0 ? null : evaluation.PoolEvaluation(pi);
            var k = evaluation.PositionOf(row);
            var status = evaluation.StatusOf(row);
            var figures = pool is not null && pool.Status[k] == FirmStatus.Rated;
            var rated = status == FirmStatus.Rated;
            var sizeClass = sizeClasses[row];
            if (!sizeCodes.TryGetValue(sizeClass, out var sizeCode))
            {
                sizeCodes[sizeClass] = sizeCode = SizeClassNames.ToCode(sizeClass);
            }

            writer.WriteField(ids[row]);
            writer.WriteField(names[row]);
            writer.WriteField(regions[row]);
            writer.WriteField(platforms[row]);
            writer.WriteField(industries[row]);
            writer.WriteField(sizeCode);
            writer.WriteField(pool?.Profile.Id ?? string.Empty);
            writer.WriteField(statusCodes[status]);
            WriteNumber(writer, figures, figures ? pool!.Totals[k] : 0, buffer);
            if (rated)
            {
                WriteInt(writer, pool!.Ranks[k], buffer);
                WriteInt(writer, pool.ScopeSizes[k], buffer);
            }
            else
            {
                writer.WriteField(string.Empty);
                writer.WriteField(string.Empty);
            }

            WriteNumber(writer, figures, figures ? pool!.Percentiles[k] : 0, buffer);
            var tier = evaluation.TierOf(row);
            if (tier is { } t)
            {
                var (code, label) = tierCodes[t];
                writer.WriteField(code);
                writer.WriteField(label);
            }
            else
            {
                writer.WriteField(string.Empty);
                writer.WriteField(string.Empty);
            }

            // Tier reason: the not-rated reason for T and ungraded-as-B, the scheme's explanation for a tier, else empty.
            string? reason = null;
            if (!rated)
            {
                reason = ReasonOf(evaluation, row, eligibilityReasons);
            }

            if (status is FirmStatus.TClass or FirmStatus.UngradedAsB)
            {
                writer.WriteField(reason ?? string.Empty);
            }
            else if (tier is not null)
            {
                if (!reasons.TryWrite(writer, pool!, pi, k))
                {
                    writer.WriteField(evaluation.TierReasonOf(row) ?? string.Empty);
                }
            }
            else
            {
                writer.WriteField(string.Empty);
            }

            var map = pi < 0 ? null : columnOf[pi];
            for (var i = 0; i < indicators.Count; i++)
            {
                var j = map is null ? -1 : map[i];
                if (j < 0)
                {
                    for (var e = 0; e < 5; e++)
                    {
                        writer.WriteField(string.Empty);
                    }

                    continue;
                }

                var c = pool!.Indicators[j];
                var computed = c.Outcomes[k] == IndicatorOutcome.Computed;
                var ratedHere = pool.Status[k] == FirmStatus.Rated;
                WriteNumber(writer, computed, computed ? c.Values[k] : 0, buffer);
                writer.WriteField(benchmarkText[pi][j]);
                WriteNumber(writer, ratedHere, ratedHere ? c.Scores[k] : 0, buffer);
                WriteNumber(writer, true, c.Numerators[k], buffer);
                WriteNumber(writer, true, c.Denominators[k], buffer);
            }

            WriteNumber(writer, figures, figures ? pool!.Bonus[k] : 0, buffer);
            WriteNumber(writer, figures, figures ? pool!.Deduction[k] : 0, buffer);
            writer.WriteField(consequences is { } lines ? Consequences.Join(lines[row]) : string.Empty);
            writer.WriteField(yearText);
            writer.WriteField(rated ? string.Empty : reason ?? string.Empty);
            writer.EndRecord();
        }
    }

    /// <summary>The not-rated reason of <paramref name="row"/>, with eligibility reasons made once per rule.</summary>
    private static string? ReasonOf(Evaluation evaluation, int row, string?[] eligibilityReasons)
    {
        var e = evaluation.EligibilityIndexOf(row);
        if (e < 0)
        {
            return evaluation.ReasonOf(row);
        }

        return eligibilityReasons[e] ??= evaluation.ReasonOf(row);
    }

    /// <summary>Writes <paramref name="value"/> as <see cref="ResultsCsvFormat.FormatNumber"/> would, without a string.</summary>
    private static void WriteNumber(CsvHelper.CsvWriter writer, bool present, double value, Span<char> buffer)
    {
        if (present && double.IsFinite(value) && value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture))
        {
            writer.WriteField(buffer[..written]);
        }
        else if (present && double.IsFinite(value))
        {
            writer.WriteField(ResultsCsvFormat.FormatNumber(value));
        }
        else
        {
            writer.WriteField(string.Empty);
        }
    }

    private static void WriteInt(CsvHelper.CsvWriter writer, int value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.WriteField(buffer[..written]);
    }

    /// <summary>
    /// Tier reasons of firms in <see cref="QuotaBands"/> pools without notes or overrides. Their explanation depends on the
    /// scope size and scheme tier, and on the rank only through the rank's digits, so the text before and after the rank
    /// is made once per (pool, scope size, scheme tier) — checked against a second explanation — and the reason is written
    /// from a reused buffer. Anything else is left to <see cref="Evaluation.TierReasonOf"/>.
    /// </summary>
    private sealed class TierReasons
    {
        private const int ProbeRank = 1_000_000_007;
        private const int CheckRank = 1_000_000_009;
        private readonly Dictionary<(int Pool, int Count, Tier Tier), (string Prefix, string Suffix)?> templates = [];
        private char[] buffer = new char[256];

        /// <summary>Writes the tier reason of position <paramref name="k"/> of pool <paramref name="p"/> (index
        /// <paramref name="pi"/>) when it can be made from a template; false when the caller must write it.</summary>
        public bool TryWrite(CsvHelper.CsvWriter writer, PoolEvaluation p, int pi, int k)
        {
            if (p.Profile.Tiering is not QuotaBands bands || p.TierNotes[k] is not null || p.Overrides[k] is { Count: > 0 })
            {
                return false;
            }

            var count = p.ScopeSizes[k];
            var schemeTier = p.SchemeTiers[k];
            if (!templates.TryGetValue((pi, count, schemeTier), out var template))
            {
                templates[(pi, count, schemeTier)] = template = Template(bands, count, schemeTier);
            }

            if (template is not { } t)
            {
                return false;
            }

            var length = t.Prefix.Length + 11 + t.Suffix.Length;
            if (buffer.Length < length)
            {
                buffer = new char[Math.Max(length, buffer.Length * 2)];
            }

            var span = buffer.AsSpan();
            t.Prefix.AsSpan().CopyTo(span);
            var n = t.Prefix.Length;
            if (!p.Ranks[k].TryFormat(span[n..], out var digits, default, CultureInfo.InvariantCulture))
            {
                return false;
            }

            n += digits;
            t.Suffix.AsSpan().CopyTo(span[n..]);
            n += t.Suffix.Length;
            writer.WriteField(span[..n]);
            return true;
        }

        private static (string Prefix, string Suffix)? Template(QuotaBands bands, int count, Tier tier)
        {
            var probe = bands.Explain(0, ProbeRank, count, tier);
            var rank = ProbeRank.ToString(CultureInfo.InvariantCulture);
            var at = probe.IndexOf(rank, StringComparison.Ordinal);
            if (at < 0 || probe.LastIndexOf(rank, StringComparison.Ordinal) != at)
            {
                return null;
            }

            var prefix = probe[..at];
            var suffix = probe[(at + rank.Length)..];
            var check = bands.Explain(1, CheckRank, count, tier);
            return string.Equals(check, prefix + CheckRank.ToString(CultureInfo.InvariantCulture) + suffix, StringComparison.Ordinal)
                ? (prefix, suffix)
                : null;
        }
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
