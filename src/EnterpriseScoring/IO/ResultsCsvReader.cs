using System.Globalization;
using CsvHelper;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.IO;

/// <summary>
/// Reads a results file written by <see cref="ResultsCsvWriter"/> (e.g. last year's results.csv) into
/// <see cref="PriorResult"/>s, for tier history, migration matrices and prior-year benchmarks.
/// </summary>
/// <remarks>
/// Columns are found by header name (ordinal, case-insensitive), so their order does not matter and unknown columns
/// are ignored; <c>id</c> and <c>status</c> are required, every other column is optional. Indicator columns are those
/// named <c>&lt;indicator&gt;.value</c>, <c>.benchmark</c>, <c>.score</c>, <c>.numerator</c>, <c>.denominator</c>. Numbers are
/// invariant culture. Text cells and headers are given back as they were before the writer protected them from formula
/// injection (<see cref="FormulaGuard.Unescape"/>: the leading <c>'</c> it added is removed). Unlike the firm reader, this
/// reader expects a machine-written file and throws a <see cref="FormatException"/> naming the line and column on the first
/// malformed value (values and headers quoted shortened, <see cref="TextExcerpt"/>). Thread-safe.
/// </remarks>
public static class ResultsCsvReader
{
    /// <summary>Reads the results file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FormatException">A required column is missing or a value is malformed.</exception>
    public static IReadOnlyList<PriorResult> Read(string path) => Read(path, TierSet.Standard);

    /// <summary>Reads the results file at <paramref name="path"/>, written under a profile with tier set <paramref name="tiers"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="tiers">The tier set whose codes the tier column holds (e.g. A+/A/B/C).</param>
    /// <exception cref="FormatException">A required column is missing or a value is malformed; an <see cref="UnknownTierCodeException"/> for a tier not of <paramref name="tiers"/>.</exception>
    public static IReadOnlyList<PriorResult> Read(string path, TierSet tiers)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, tiers);
    }

    /// <summary>Reads a results file from <paramref name="stream"/> (UTF-8, with or without a byte order mark; left open).</summary>
    /// <param name="stream">The source.</param>
    /// <exception cref="FormatException">A required column is missing or a value is malformed.</exception>
    public static IReadOnlyList<PriorResult> Read(Stream stream) => Read(stream, TierSet.Standard);

    /// <summary>Reads a results file from <paramref name="stream"/> (UTF-8, with or without a byte order mark; left open),
    /// written under a profile with tier set <paramref name="tiers"/>.</summary>
    /// <param name="stream">The source.</param>
    /// <param name="tiers">The tier set whose codes the tier column holds (e.g. A+/A/B/C).</param>
    /// <exception cref="FormatException">A required column is missing or a value is malformed; an <see cref="UnknownTierCodeException"/> for a tier not of <paramref name="tiers"/>.</exception>
    public static IReadOnlyList<PriorResult> Read(Stream stream, TierSet tiers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tiers);
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
        };
        using var reader = CsvReader.Create(stream, options, true);
        var headers = reader.Headers;
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var indicators = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var h = FormulaGuard.Unescape(headers[i].Trim().TrimStart('\uFEFF'));
            index.TryAdd(h, i);
            for (var s = 0; s < ResultsCsvFormat.IndicatorSuffixes.Count; s++)
            {
                var suffix = ResultsCsvFormat.IndicatorSuffixes[s];
                if (h.Length > suffix.Length && h.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    var id = h[..^suffix.Length];
                    if (!indicators.TryGetValue(id, out var columns))
                    {
                        indicators[id] = columns = [-1, -1, -1, -1, -1];
                    }

                    columns[s] = i;
                }
            }
        }

        foreach (var required in new[] { "id", "status" })
        {
            if (!index.ContainsKey(required))
            {
                throw new FormatException($"The results file has no '{required}' column. Columns: {TextExcerpt.List(headers, h => TextExcerpt.Of(h))}.");
            }
        }

        int Col(string name) => index.TryGetValue(name, out var c) ? c : -1;
        var idCol = Col("id");
        var statusCol = Col("status");
        var (nameCol, regionCol, platformCol, industryCol, sizeCol, poolCol) = (Col("name"), Col("region"), Col("platform"), Col("industry"), Col("size_class"), Col("pool"));
        var sharedParcelCol = Col("shared_parcel");
        var (scoreCol, rankCol, tierCol, yearCol) = (Col("score"), Col("rank"), Col("tier"), Col("year"));

        var list = new List<PriorResult>();
        while (reader.Read())
        {
            var line = checked((int)reader.LineNumber);
            string Text(int c) => c < 0 || c >= reader.FieldCount ? string.Empty : reader.GetString(c);
            string Original(int c) => FormulaGuard.Unescape(Text(c));
            double? Number(int c)
            {
                var t = Text(c).Trim();
                if (t.Length == 0)
                {
                    return null;
                }

                return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                    ? v
                    : throw new FormatException($"Line {line}, column '{TextExcerpt.Of(headers[c])}': '{TextExcerpt.Of(t)}' is not a finite number.");
            }

            int? Integer(int c)
            {
                var t = Text(c).Trim();
                if (t.Length == 0)
                {
                    return null;
                }

                return int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
                    ? v
                    : throw new FormatException($"Line {line}, column '{TextExcerpt.Of(headers[c])}': '{TextExcerpt.Of(t)}' is not an integer.");
            }

            var statusText = Text(statusCol);
            if (!ResultsCsvFormat.TryParseStatus(statusText, out var status))
            {
                throw new FormatException($"Line {line}, column 'status': '{TextExcerpt.Of(statusText)}' is not a status.");
            }

            var tierText = Text(tierCol);
            if (!tiers.TryParse(tierText, out var tier))
            {
                throw new UnknownTierCodeException(line, tierText, tiers);
            }

            var figures = new Dictionary<string, PriorIndicator>(StringComparer.Ordinal);
            foreach (var (id, c) in indicators)
            {
                var f = new PriorIndicator(Number(c[0]), Number(c[3]), Number(c[4]), Number(c[1]), Number(c[2]));
                if (f.Value is not null || f.Numerator is not null || f.Denominator is not null || f.Benchmark is not null || f.Score is not null)
                {
                    figures[id] = f;
                }
            }

            list.Add(new PriorResult
            {
                Year = Integer(yearCol) ?? 0,
                Id = Original(idCol).Trim(),
                Name = Original(nameCol),
                Region = Original(regionCol),
                Platform = Original(platformCol),
                Industry = Original(industryCol),
                SizeClass = Original(sizeCol),
                Pool = Original(poolCol),
                SharedParcel = Original(sharedParcelCol),
                Status = status,
                Score = Number(scoreCol),
                Rank = Integer(rankCol),
                Tier = tier,
                Indicators = figures,
            });
        }

        return list;
    }
}
