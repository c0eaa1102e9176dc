using System.Globalization;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.IO;

/// <summary>
/// Formats the table rows of a results file straight from the evaluation's columns into a <see cref="Utf8CsvWriter"/>: no
/// <see cref="FirmResult"/> or <see cref="IndicatorResult"/> per row; codes, labels, categories, pool ids and each pool
/// indicator's benchmark are encoded once; numbers go straight into the byte buffer. Gives the same bytes as formatting
/// each <see cref="FirmResult"/> through CsvHelper. Text cells are protected from formula injection as the writer says
/// (<see cref="FormulaGuard"/>); number cells (figures, ranks, benchmarks, the year) never are.
/// </summary>
/// <remarks>One instance per thread (it caches texts as it goes); several may format disjoint row ranges of one evaluation.</remarks>
internal sealed class ResultsCsvWriterRows
{
    private const int MaxCachedConsequences = 1024;

    private readonly Evaluation evaluation;
    private readonly IReadOnlyList<IReadOnlyList<ConsequenceLine>>? consequences;
    private readonly FormulaEscaping escaping;
    private readonly int year;
    private readonly int indicatorCount;
    private readonly int[][] columnOf; // per pool: the pool's position of each results-file indicator (−1: not in the pool)
    private readonly byte[][][] benchmarkText; // per pool and pool indicator
    private readonly IndicatorColumns[][] indicatorColumns; // per pool: its indicators, as an array for the row loop
    private readonly byte[][] poolIds;
    private readonly byte[][] statusCodes;
    private readonly (byte[] Code, byte[] Label)[] tierTexts;
    private readonly byte[][] sizeCodes;
    private readonly byte[][] regions;
    private readonly byte[][] platforms;
    private readonly byte[][] industries;
    private readonly string?[] eligibilityReasons;
    private readonly TierReasonTemplates reasons;
    private readonly Dictionary<object, byte[]> consequenceTexts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Prepares the texts of <paramref name="evaluation"/> shared by every row.</summary>
    public ResultsCsvWriterRows(
        Evaluation evaluation, IReadOnlyList<string> indicators, IReadOnlyList<IReadOnlyList<ConsequenceLine>>? consequences, int year, FormulaEscaping escaping)
    {
        this.evaluation = evaluation;
        this.consequences = consequences;
        this.year = year;
        this.escaping = escaping;
        reasons = new TierReasonTemplates(escaping, evaluation.Profile.Tiers);
        indicatorCount = indicators.Count;
        var poolCount = evaluation.PoolCount;
        columnOf = new int[poolCount][];
        benchmarkText = new byte[poolCount][][];
        indicatorColumns = new IndicatorColumns[poolCount][];
        poolIds = new byte[poolCount][];
        for (var pi = 0; pi < poolCount; pi++)
        {
            var pool = evaluation.PoolColumnsAt(pi);
            var map = new int[indicators.Count];
            for (var i = 0; i < indicators.Count; i++)
            {
                map[i] = -1;
                for (var j = 0; j < pool.Indicators.Count && map[i] < 0; j++)
                {
                    map[i] = string.Equals(pool.Indicators[j].Profile.Indicator.Id, indicators[i], StringComparison.Ordinal) ? j : -1;
                }
            }

            columnOf[pi] = map;
            indicatorColumns[pi] = [.. pool.Indicators];
            benchmarkText[pi] = [.. pool.Indicators.Select(c => Utf8CsvWriter.Encode(ResultsCsvFormat.FormatNumber(c.Benchmark?.Value), FormulaEscaping.None))];
            poolIds[pi] = Utf8CsvWriter.Encode(pool.Profile.Id, escaping);
        }

        statusCodes = Texts<FirmStatus>(s => ResultsCsvFormat.StatusCode(s), escaping);
        var labels = evaluation.Profile.Labels;
        tierTexts = new (byte[], byte[])[Enum.GetValues<Tier>().Max(t => (int)t) + 1];
        foreach (var t in Enum.GetValues<Tier>())
        {
            tierTexts[(int)t] = (Utf8CsvWriter.Encode(evaluation.Profile.Tiers.CodeOf(t), escaping), Utf8CsvWriter.Encode(labels.Of(t), escaping));
        }

        sizeCodes = Texts<SizeClass>(SizeClassNames.ToCode, escaping);
        var table = evaluation.Table;
        regions = [.. table.Regions.Categories.Select(c => Utf8CsvWriter.Encode(c, escaping))];
        platforms = [.. table.Platforms.Categories.Select(c => Utf8CsvWriter.Encode(c, escaping))];
        industries = [.. table.Industries.Categories.Select(c => Utf8CsvWriter.Encode(c, escaping))];
        eligibilityReasons = new string?[evaluation.Profile.Eligibility.Count];
    }

    /// <summary>The columns written after the standard ones (<see cref="ResultsCsvWriterOptions.AdditionalColumns"/>).</summary>
    public IReadOnlyList<ResultsColumn> Additional { get; init; } = [];

    /// <summary>Whether the display columns are written (<see cref="ResultsCsvWriterOptions.DisplayColumns"/>).</summary>
    public bool DisplayColumns { get; init; }

    /// <summary>Writes rows <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive), one record each.</summary>
    public void Write(Utf8CsvWriter output, int start, int end)
    {
        var table = evaluation.Table;
        var ids = table.Ids;
        var names = table.Names;
        var regionCodes = table.Regions.Codes;
        var platformCodes = table.Platforms.Codes;
        var industryCodes = table.Industries.Codes;
        var sizeClasses = table.SizeClasses;
        for (var row = start; row < end; row++)
        {
            var pi = evaluation.PoolIndexOf(row);
            var pool = pi < 0 ? null : evaluation.PoolColumnsAt(pi);
            var k = evaluation.PositionOf(row);
            var status = evaluation.StatusOf(row);
            var figures = pool is not null && pool.Status[k] == FirmStatus.Rated;
            var rated = status == FirmStatus.Rated;

            output.WriteField(ids[row]);
            output.WriteField(names[row]);
            output.WriteEncoded(regions[regionCodes[row]]);
            output.WriteEncoded(platforms[platformCodes[row]]);
            output.WriteEncoded(industries[industryCodes[row]]);
            output.WriteEncoded(sizeCodes[(int)sizeClasses[row]]);
            output.WriteEncoded(pi < 0 ? [] : poolIds[pi]);
            output.WriteEncoded(statusCodes[(int)status]);
            Number(output, figures, pool, k, static (p, k) => p.Totals[k]);
            if (rated)
            {
                output.WriteInt(pool!.Ranks[k]);
                output.WriteInt(pool.ScopeSizes[k]);
            }
            else
            {
                output.WriteEmpty();
                output.WriteEmpty();
            }

            Number(output, figures, pool, k, static (p, k) => p.Percentiles[k]);
            var tier = evaluation.TierOf(row);
            if (tier is { } t)
            {
                var (code, label) = tierTexts[(int)t];
                output.WriteEncoded(code);
                output.WriteEncoded(label);
            }
            else
            {
                output.WriteEmpty();
                output.WriteEmpty();
            }

            // Tier reason: the not-rated reason for T and ungraded-as-B, the scheme's explanation for a tier, else empty.
            var reason = rated ? null : ReasonOf(row);
            if (status is FirmStatus.TClass or FirmStatus.UngradedAsB)
            {
                output.WriteField(reason);
            }
            else if (tier is not null)
            {
                if (pool is null || evaluation.TierAdjustmentOf(row) is not null || !reasons.TryWrite(output, pool, pi, k))
                {
                    output.WriteField(evaluation.TierReasonOf(row));
                }
            }
            else
            {
                output.WriteEmpty();
            }

            WriteIndicators(output, pool, pi, k);
            Number(output, figures, pool, k, static (p, k) => p.Bonus[k]);
            Number(output, figures, pool, k, static (p, k) => p.Deduction[k]);
            WriteConsequences(output, row);
            if (year > 0)
            {
                output.WriteInt(year);
            }
            else
            {
                output.WriteEmpty();
            }

            if (rated)
            {
                output.WriteEmpty();
            }
            else
            {
                output.WriteField(reason);
            }

            output.WriteField(evaluation.SharedParcelOf(row));
            if (DisplayColumns)
            {
                WriteDisplay(output, figures ? pool : null, pi, k);
            }

            foreach (var column in Additional)
            {
                output.WriteField(column.Values[row]);
            }

            output.EndRecord();
        }
    }

    private static byte[][] Texts<T>(Func<T, string> text, FormulaEscaping escaping)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var texts = new byte[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1][];
        foreach (var v in values)
        {
            texts[Convert.ToInt32(v, CultureInfo.InvariantCulture)] = Utf8CsvWriter.Encode(text(v), escaping);
        }

        return texts;
    }

    private static void Number(Utf8CsvWriter output, bool present, PoolColumns? pool, int k, Func<PoolColumns, int, double> select)
    {
        if (present)
        {
            output.WriteNumber(select(pool!, k));
        }
        else
        {
            output.WriteEmpty();
        }
    }

    /// <summary>The display columns: the total and each indicator's score rounded as the profile shows them (numbers: never escaped); empty unless rated in a pool.</summary>
    private void WriteDisplay(Utf8CsvWriter output, PoolColumns? rated, int pi, int k)
    {
        static void Text(Utf8CsvWriter output, string text) => output.WriteEncoded(Utf8CsvWriter.Encode(text, FormulaEscaping.None));
        var display = evaluation.Profile.Display;
        if (rated is null)
        {
            for (var i = 0; i <= indicatorCount; i++)
            {
                output.WriteEmpty();
            }

            return;
        }

        Text(output, display.Totals.Format(rated.Totals[k]));
        var map = columnOf[pi];
        for (var i = 0; i < indicatorCount; i++)
        {
            if (map[i] < 0)
            {
                output.WriteEmpty();
            }
            else
            {
                Text(output, display.Scores.Format(indicatorColumns[pi][map[i]].Scores[k]));
            }
        }
    }

    private void WriteIndicators(Utf8CsvWriter output, PoolColumns? pool, int pi, int k)
    {
        var map = pi < 0 ? null : columnOf[pi];
        for (var i = 0; i < indicatorCount; i++)
        {
            var j = map is null ? -1 : map[i];
            if (j < 0)
            {
                for (var e = 0; e < 5; e++)
                {
                    output.WriteEmpty();
                }

                continue;
            }

            var c = indicatorColumns[pi][j];
            if (c.Outcomes[k] == IndicatorOutcome.Computed)
            {
                output.WriteNumber(c.Values[k]);
            }
            else
            {
                output.WriteEmpty();
            }

            if (!c.BenchmarkVariesByFirm)
            {
                output.WriteEncoded(benchmarkText[pi][j]);
            }
            else
            {
                output.WriteEncoded(Utf8CsvWriter.Encode(ResultsCsvFormat.FormatNumber(c.BenchmarkAt(k)?.Value), FormulaEscaping.None)); // per firm: its industry group's figure
            }
            if (pool!.Status[k] == FirmStatus.Rated)
            {
                output.WriteNumber(c.Scores[k]);
            }
            else
            {
                output.WriteEmpty();
            }

            output.WriteNumber(c.Numerators[k]);
            output.WriteNumber(c.Denominators[k]);
        }
    }

    /// <summary>The consequence lines joined; the text of a list shared by many rows is encoded once.</summary>
    private void WriteConsequences(Utf8CsvWriter output, int row)
    {
        if (consequences is null || consequences[row] is not { Count: > 0 } lines)
        {
            output.WriteEmpty();
            return;
        }

        if (!consequenceTexts.TryGetValue(lines, out var text))
        {
            text = Utf8CsvWriter.Encode(Consequences.Join(lines), escaping);
            if (consequenceTexts.Count < MaxCachedConsequences)
            {
                consequenceTexts[lines] = text;
            }
        }

        output.WriteEncoded(text);
    }

    /// <summary>The not-rated reason of <paramref name="row"/>, with eligibility reasons made once per rule.</summary>
    private string? ReasonOf(int row)
    {
        var e = evaluation.EligibilityIndexOf(row);
        return e < 0 ? evaluation.ReasonOf(row) : eligibilityReasons[e] ??= evaluation.ReasonOf(row);
    }

    /// <summary>
    /// Tier reasons of firms in <see cref="QuotaBands"/> pools without notes or overrides. Their explanation depends on the
    /// scope size and scheme tier, and on the rank only through the rank's digits, so the text before and after the rank
    /// is made once per (pool, scope size, scheme tier) — checked against a second explanation — and encoded once; the
    /// rank is written between. Anything else is left to <see cref="Evaluation.TierReasonOf"/>.
    /// </summary>
    private sealed class TierReasonTemplates(FormulaEscaping escaping, TierSet tiers)
    {
        private const int ProbeRank = 1_000_000_007;
        private const int CheckRank = 1_000_000_009;
        private readonly Dictionary<(int Pool, int Count, Tier Tier), (byte[] Prefix, byte[] Suffix)?> templates = [];

        /// <summary>Writes the tier reason of position <paramref name="k"/> of pool <paramref name="p"/> (index
        /// <paramref name="pi"/>) when it can be made from a template; false when the caller must write it.</summary>
        public bool TryWrite(Utf8CsvWriter output, PoolColumns p, int pi, int k)
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

            output.WriteEncoded(t.Prefix, p.Ranks[k], t.Suffix);
            return true;
        }

        private (byte[] Prefix, byte[] Suffix)? Template(QuotaBands bands, int count, Tier tier)
        {
            var probe = bands.Explain(0, ProbeRank, count, tier, tiers);
            var rank = ProbeRank.ToString(CultureInfo.InvariantCulture);
            var at = probe.IndexOf(rank, StringComparison.Ordinal);
            if (at < 0 || probe.LastIndexOf(rank, StringComparison.Ordinal) != at)
            {
                return null;
            }

            var prefix = probe[..at];
            var suffix = probe[(at + rank.Length)..];
            var check = bands.Explain(1, CheckRank, count, tier, tiers);
            return string.Equals(check, prefix + CheckRank.ToString(CultureInfo.InvariantCulture) + suffix, StringComparison.Ordinal)
                ? Utf8CsvWriter.EncodeAround(prefix, suffix, escaping)
                : null;
        }
    }
}
