using System.Globalization;
using CsvHelper;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Earlier years' scorecards, as the standings history rules (<see cref="ScorecardHistoryRule"/>) read: per year, each
/// platform's peer group, total and veto. Made from <see cref="Scorecard"/> objects or read back from the
/// <c>scorecard.csv</c> files <c>escore scorecard</c> wrote (<see cref="ReadCsv"/>). Immutable and thread-safe.
/// </summary>
public sealed class ScorecardHistory
{
    private readonly Dictionary<int, ScorecardStanding[]> byYear;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Year, ScorecardList List, int Size), HashSet<string>> listed = new();

    private ScorecardHistory(IEnumerable<ScorecardStanding> standings)
    {
        byYear = standings.GroupBy(s => s.Year).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var (year, rows) in byYear)
        {
            var duplicate = rows.GroupBy(r => r.PlatformId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"往年考核结果中平台重复 platform '{duplicate.Key}' appears {duplicate.Count()} times in the scorecards of {year}."), nameof(standings));
            }
        }

        Years = ValueList<int>.Own([.. byYear.Keys.Order()]);
    }

    /// <summary>No earlier scorecard.</summary>
    public static ScorecardHistory Empty { get; } = new([]);

    /// <summary>The years held, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>A history of the given standings (one per platform and year).</summary>
    /// <param name="standings">The standings.</param>
    /// <exception cref="ArgumentException">A platform appears twice in one year.</exception>
    public static ScorecardHistory Of(IEnumerable<ScorecardStanding> standings)
    {
        ArgumentNullException.ThrowIfNull(standings);
        return new ScorecardHistory(standings);
    }

    /// <summary>The history of earlier scorecards.</summary>
    /// <param name="scorecards">The scorecards (one per year).</param>
    /// <exception cref="ArgumentException">Two scorecards are of the same year.</exception>
    public static ScorecardHistory Of(IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return new ScorecardHistory(scorecards.SelectMany(Standings));
    }

    /// <summary>The standings of <paramref name="scorecard"/>'s rows.</summary>
    /// <param name="scorecard">A scorecard.</param>
    public static IEnumerable<ScorecardStanding> Standings(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var indicators = scorecard.Profile.Indicators;
        return scorecard.Rows.Select(r => new ScorecardStanding(scorecard.Profile.Year, r.Platform.Id, r.PeerGroup, r.Total, r.Vetoed)
        {
            Values = Values(r.Cells.Select((c, k) => (indicators[k].Indicator.Id, c.Value))),
        });
    }

    /// <summary>
    /// Reads the standings of a <c>scorecard.csv</c> written by <see cref="ScorecardCsvWriter"/>: the columns
    /// <c>platform</c>, <c>total</c>, <c>vetoed</c>, <c>peer_group</c> and <c>year</c> (any order), and each indicator's
    /// value from its <c>&lt;id&gt;_value</c> column (an empty cell: no value); other columns are ignored.
    /// </summary>
    /// <param name="stream">The file's content (left open).</param>
    /// <param name="name">The file's name, for messages.</param>
    /// <exception cref="FirmDataException">A column is missing, or a row cannot be read (the message says line, column and value).</exception>
    public static IReadOnlyList<ScorecardStanding> ReadCsv(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, TrackLineNumbers = true };
        using var reader = CsvReader.Create(stream, options, true);
        var header = reader.Headers.Select(h => FormulaGuard.Unescape(h.Trim().TrimStart('\uFEFF'))).ToArray();
        int Column(string column) => Array.IndexOf(header, column) is var i and >= 0
            ? i
            : throw new FirmDataException($"往年考核结果缺少列 '{name}' has no '{column}' column: it is not a scorecard.csv of this escore (columns needed: platform, total, vetoed, peer_group, year; rescore that year to get them).");
        var (platform, total, vetoed, group, year) = (Column("platform"), Column("total"), Column("vetoed"), Column("peer_group"), Column("year"));
        var valueColumns = header.Select((h, i) => (h, i)).Where(p => p.h.EndsWith(ValueSuffix, StringComparison.Ordinal) && p.h.Length > ValueSuffix.Length)
            .Select(p => (Id: p.h[..^ValueSuffix.Length], Column: p.i)).ToArray();
        var standings = new List<ScorecardStanding>();
        while (reader.Read())
        {
            var line = reader.LineNumber;
            string Field(int c) => c < reader.FieldCount ? FormulaGuard.Unescape(reader.GetString(c)) : string.Empty;
            FirmDataException Bad(string column, string value, string reason) =>
                new(string.Create(CultureInfo.InvariantCulture, $"往年考核结果无法读取 '{name}' line {line}, column '{column}', value '{TextExcerpt.Of(value)}': {reason}."));
            var id = Field(platform);
            if (id.Length == 0)
            {
                throw Bad("platform", id, "the platform id is empty");
            }

            if (!double.TryParse(Field(total), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) || !double.IsFinite(t))
            {
                throw Bad("total", Field(total), "not a number");
            }

            var v = Field(vetoed) switch
            {
                "yes" => true,
                "no" => false,
                var other => throw Bad("vetoed", other, "not yes/no"),
            };
            if (!int.TryParse(Field(year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2200)
            {
                throw Bad("year", Field(year), "not a year");
            }

            var values = new List<(string, double?)>(valueColumns.Length);
            foreach (var (indicator, column) in valueColumns)
            {
                var cell = Field(column);
                if (cell.Length == 0)
                {
                    values.Add((indicator, null));
                }
                else if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
                {
                    values.Add((indicator, value));
                }
                else
                {
                    throw Bad(header[column], cell, "not a number");
                }
            }

            standings.Add(new ScorecardStanding(y, id, Field(group), t, v) { Values = Values(values) });
        }

        return standings;
    }

    /// <summary>The standings of <paramref name="year"/>; empty when the year is not held.</summary>
    /// <param name="year">The year.</param>
    public IReadOnlyList<ScorecardStanding> Of(int year) => byYear.TryGetValue(year, out var rows) ? ValueList<ScorecardStanding>.Own([.. rows]) : ValueList<ScorecardStanding>.Empty;

    /// <summary>Whether <paramref name="platformId"/> is on the <paramref name="list"/> of <paramref name="size"/> of its peer
    /// group in <paramref name="year"/>; false when the year or the platform is not held.</summary>
    /// <param name="year">The year.</param>
    /// <param name="platformId">The platform.</param>
    /// <param name="list">Top or bottom.</param>
    /// <param name="size">N.</param>
    public bool IsOnList(int year, string platformId, ScorecardList list, int size) => Listed(year, list, size).Contains(platformId);

    /// <summary>The platforms on the <paramref name="list"/> of <paramref name="size"/> in <paramref name="year"/> (empty
    /// when the year is not held); computed once per year, list and size.</summary>
    internal IReadOnlySet<string> Listed(int year, ScorecardList list, int size) =>
        listed.GetOrAdd((year, list, size), key => byYear.TryGetValue(key.Year, out var rows) ? Listed(rows, key.List, key.Size) : []);

    /// <summary>The platforms on the <paramref name="list"/> of <paramref name="size"/> of their peer group among
    /// <paramref name="rows"/> (one year's standings), computed once for all of them.</summary>
    /// <remarks>On the top list when fewer than <paramref name="size"/> ranked platforms of the group have a higher total
    /// (a vetoed one never is); on the bottom list when fewer than <paramref name="size"/> rank strictly below it (every
    /// vetoed one does; a vetoed one has none below it). Totals compare at 9 decimals (<see cref="Scorecard.RankKey"/>):
    /// the group's ranked keys are sorted once and each platform's count is two binary searches, O(n log n) per group.</remarks>
    internal static HashSet<string> Listed(IReadOnlyList<ScorecardStanding> rows, ScorecardList list, int size)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.PeerGroup, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var keys = members.Where(m => !m.Vetoed).Select(m => Scorecard.RankKey(m.Total)).ToArray();
            Array.Sort(keys);
            var vetoed = members.Count - keys.Length;
            foreach (var self in members)
            {
                var onList = list == ScorecardList.Top
                    ? !self.Vetoed && keys.Length - CountBelow(keys, Scorecard.RankKey(self.Total), orEqual: true) < size
                    : (self.Vetoed ? 0 : vetoed + CountBelow(keys, Scorecard.RankKey(self.Total), orEqual: false)) < size;
                if (onList)
                {
                    listed.Add(self.PlatformId);
                }
            }
        }

        return listed;
    }

    /// <summary>The suffix of an indicator's value column in scorecard.csv (<see cref="ScorecardCsvWriter"/>).</summary>
    private const string ValueSuffix = "_value";

    /// <summary>The indicators that have a value, by id.</summary>
    private static Dictionary<string, double> Values(IEnumerable<(string Id, double? Value)> values) =>
        values.Where(p => p.Value is not null).ToDictionary(p => p.Id, p => p.Value!.Value, StringComparer.Ordinal);

    /// <summary>The number of <paramref name="sorted"/>'s keys below <paramref name="key"/> (or at most it, <paramref name="orEqual"/>): a binary search.</summary>
    private static int CountBelow(decimal[] sorted, decimal key, bool orEqual)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = sorted[mid] < key || (orEqual && sorted[mid] == key) ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
