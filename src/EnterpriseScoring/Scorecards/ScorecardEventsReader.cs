using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles.Json;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Reads an events file (事件清单: per platform and date, an event of one of the scorecard profile's event classes —
/// 安全生产事故, 环保督察问题, 违法用地 …) from CSV with the firm readers' rules: the same framing, encoding detection (UTF-8
/// or GB18030), limits and broken-line reports, blank rows skipped, and nothing lost — every row is an event of
/// <see cref="ScorecardEventsReadResult.Events"/> or rejected with its line, column, value and reason. The
/// <c>EnterpriseScoring.Excel</c> package reads the same file from an <c>.xlsx</c> workbook with the same rules
/// (<c>ScorecardEventsXlsxReader</c>, <c>ScorecardEventsInput</c>).
/// </summary>
/// <remarks>
/// <para>Columns (Chinese headers accepted): <c>platform</c> (平台), <c>date</c> (日期) and <c>class</c> (事件类别) are
/// required; <c>count</c> (次数, a whole number ≥ 1, default 1) and <c>note</c> (说明) optional. A class is named by the
/// profile's class id or label (<see cref="ScorecardProfile.EventClasses"/>); a class the profile does not declare is a
/// rejected row (with the closest class as a hint), never ignored. Dates are <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c>,
/// <c>yyyy.M.d</c>, <c>yyyy年M月d日</c> or <c>yyyyMMdd</c>. Whether the platform exists is decided by the scorecard
/// (<see cref="Scorecard.UnmatchedEvents"/>), which knows the year's membership. Thread-safe (no shared state).</para>
/// </remarks>
public static class ScorecardEventsReader
{
    /// <summary>The platform column (required).</summary>
    public const string PlatformColumn = "platform";

    /// <summary>The date column (required).</summary>
    public const string DateColumn = "date";

    /// <summary>The event class column (required).</summary>
    public const string ClassColumn = "class";

    /// <summary>The count column (optional, default 1).</summary>
    public const string CountColumn = "count";

    /// <summary>The note column (optional).</summary>
    public const string NoteColumn = "note";

    private static readonly FrozenDictionary<string, string> Aliases = CreateAliases();

    /// <summary>Reads the CSV events file at <paramref name="path"/> for <paramref name="profile"/>'s event classes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="profile">The scorecard profile whose <see cref="ScorecardProfile.EventClasses"/> the rows must name.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <returns>The events, the rejected rows and the warnings.</returns>
    /// <exception cref="FirmDataException">The file cannot be read as an events file (no header, a required column missing, two columns with one meaning); its name ends in <c>.xlsx</c>, <c>.xlsm</c> or <c>.xls</c> (a workbook).</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read.</exception>
    public static ScorecardEventsReadResult Read(string path, ScorecardProfile profile, FirmCsvReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(profile);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xls", StringComparison.OrdinalIgnoreCase))
        {
            throw new FirmDataException($"'{Path.GetFileName(path)}' is a workbook ({extension}), and ScorecardEventsReader reads CSV: read it with ScorecardEventsInput or ScorecardEventsXlsxReader of the EnterpriseScoring.Excel package, or save it as CSV (UTF-8).");
        }

        using var file = InputFileStream.Open(path);
        var result = ReadCsvRows(file, profile, options ?? FirmCsvReaderOptions.Default);
        return result.WithSha256(file.Complete());
    }

    /// <summary>Reads a CSV events file from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The input.</param>
    /// <param name="profile">The scorecard profile whose <see cref="ScorecardProfile.EventClasses"/> the rows must name.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <returns>The events, the rejected rows and the warnings.</returns>
    /// <exception cref="FirmDataException">The input cannot be read as an events file.</exception>
    public static ScorecardEventsReadResult ReadCsv(Stream stream, ScorecardProfile profile, FirmCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(profile);
        using var hashing = new HashingStream(stream);
        var result = ReadCsvRows(hashing, profile, options ?? FirmCsvReaderOptions.Default);
        return result.WithSha256(hashing.Finish());
    }

    /// <summary>What each column of a sheet's header row means: the first half of the hook through which the
    /// <c>EnterpriseScoring.Excel</c> package reads events from a workbook with these rules (<see cref="ReadRows"/> is the second).</summary>
    /// <exception cref="FirmDataException">A required column is missing, or two columns have one meaning.</exception>
    internal static EventsPlan PlanSheet(string[] header) => Plan([.. header.Select(h => FormulaGuard.Unescape(h.Trim()))]);

    /// <summary>Reads the rows after the header that <paramref name="plan"/> was made from (the second half of the hook).</summary>
    internal static ScorecardEventsReadResult ReadRows(EventsPlan plan, IFirmRowSource rows, ScorecardProfile profile, string sha256) =>
        new EventRows(plan, rows, profile).Run().WithSha256(sha256);

    private static ScorecardEventsReadResult WithSha256(this ScorecardEventsReadResult r, string sha256) =>
        new(r.Events, r.Rejections, r.Warnings, r.RowsRead, r.BlankRowsSkipped, sha256);

    private static ScorecardEventsReadResult ReadCsvRows(Stream stream, ScorecardProfile profile, FirmCsvReaderOptions options)
    {
        EventsPlan? plan = null;
        return FirmCsvReader.ReadRows(
            stream,
            options,
            header => (plan = PlanSheet(header)).PlatformColumn,
            (rows, _, _) => new EventRows(plan!, rows, profile).Run());
    }

    private static EventsPlan Plan(string[] headers)
    {
        var columns = new string?[headers.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < headers.Length; c++)
        {
            if (!Aliases.TryGetValue(HeaderCatalog.Normalize(headers[c]), out var column))
            {
                continue;
            }

            if (!seen.TryAdd(column, c))
            {
                throw new FirmDataException($"事件清单的两列含义相同 columns '{TextExcerpt.Of(headers[seen[column]])}' (column {seen[column] + 1}) and '{TextExcerpt.Of(headers[c])}' (column {c + 1}) of the events file both mean '{column}'.");
            }

            columns[c] = column;
        }

        string[] required = [PlatformColumn, DateColumn, ClassColumn];
        var missing = required.Where(r => !seen.ContainsKey(r)).ToArray();
        if (missing.Length > 0)
        {
            throw new FirmDataException($"事件清单缺少必需列 the events file has no column {string.Join(", ", missing.Select(m => "'" + m + "'"))} (required: platform 平台, date 日期, class 事件类别). Columns: {TextExcerpt.List(headers, h => TextExcerpt.Of(h))}.");
        }

        return new EventsPlan(headers, columns, seen[PlatformColumn]);
    }

    private static FrozenDictionary<string, string> CreateAliases()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string column, params string[] aliases)
        {
            map.Add(column, column);
            foreach (var a in aliases)
            {
                map.Add(HeaderCatalog.Normalize(a), column);
            }
        }

        Add(PlatformColumn, "平台", "平台编号", "平台名称", "所属平台", "platform_id");
        Add(DateColumn, "日期", "发生日期", "事件日期", "发生时间", "event_date");
        Add(ClassColumn, "类别", "事件类别", "事件类型", "类型", "event_class", "event");
        Add(CountColumn, "次数", "件数", "起数", "数量", "event_count");
        Add(NoteColumn, "说明", "备注", "情况说明", "事件说明", "描述", "notes");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The header's columns, what each means (or null), and the platform column.</summary>
    internal sealed record EventsPlan(string[] Headers, string?[] Columns, int PlatformColumn);

    /// <summary>The reading of one events file's rows.</summary>
    private sealed class EventRows(EventsPlan plan, IFirmRowSource rows, ScorecardProfile profile)
    {
        private readonly List<RowIssue> rejections = [];
        private readonly List<RowIssue> warnings = [];
        private readonly List<ScorecardEvent> accepted = [];
        private readonly Dictionary<(string, DateOnly, string, string), int> firstLine = [];
        private readonly Dictionary<string, string> classOf = ClassNames(profile);
        private int rowsRead;
        private int blankRows;

        public ScorecardEventsReadResult Run()
        {
            for (var c = 0; c < plan.Headers.Length; c++)
            {
                if (plan.Columns[c] is null && plan.Headers[c].Length > 0)
                {
                    warnings.Add(new RowIssue(1, string.Empty, plan.Headers[c], plan.Headers[c], RowIssueCode.ColumnIgnored, "事件清单不认识此列，已忽略 not an events file column: ignored", IssueSeverity.Warning));
                }
            }

            while (rows.Read())
            {
                if (rows.Broken is { } broken)
                {
                    rowsRead++;
                    rejections.Add(new RowIssue(rows.Line, broken.Id, broken.Column, broken.Value, broken.Code, broken.Reason, IssueSeverity.Error));
                    continue;
                }

                if (IsBlank())
                {
                    blankRows++;
                    continue;
                }

                rowsRead++;
                ReadRow(rows.Line);
            }

            return new ScorecardEventsReadResult(accepted, rejections, warnings, rowsRead, blankRows, string.Empty);
        }

        /// <summary>Class id and label (trimmed) → class id; ids also lower-cased.</summary>
        private static Dictionary<string, string> ClassNames(ScorecardProfile profile)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in profile.EventClasses)
            {
                map.TryAdd(c.Id, c.Id);
                map.TryAdd(c.Label.Trim(), c.Id);
            }

            return map;
        }

        private bool IsBlank()
        {
            for (var c = 0; c < rows.FieldCount; c++)
            {
                if (!string.IsNullOrWhiteSpace(rows.GetString(c)))
                {
                    return false;
                }
            }

            return true;
        }

        private string Header(string column)
        {
            var c = Array.IndexOf(plan.Columns, column);
            return c >= 0 ? plan.Headers[c] : column;
        }

        private void ReadRow(int line)
        {
            var platform = plan.PlatformColumn < rows.FieldCount ? Text(plan.PlatformColumn) : string.Empty;
            if (rows.FieldCount != plan.Headers.Length)
            {
                Reject(line, platform, string.Empty, string.Create(CultureInfo.InvariantCulture, $"{rows.FieldCount} fields"), RowIssueCode.RaggedRow, string.Create(CultureInfo.InvariantCulture, $"row has {rows.FieldCount} fields, the header has {plan.Headers.Length}"));
                return;
            }

            var before = rejections.Count;
            DateOnly? date = null;
            string? eventClass = null;
            var count = 1;
            var note = string.Empty;
            for (var c = 0; c < plan.Headers.Length; c++)
            {
                if (plan.Columns[c] is not { } column)
                {
                    continue;
                }

                var text = Text(c);
                if (text.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    warnings.Add(new RowIssue(line, platform, plan.Headers[c], text, RowIssueCode.UndecodableText, "含无法解码的字符 text that could not be decoded in the file's encoding (U+FFFD)", IssueSeverity.Warning));
                }

                var missing = text.Length == 0 || CellParser.IsMissing(Encoding.UTF8.GetBytes(text));
                switch (column)
                {
                    case PlatformColumn when missing:
                        Reject(line, platform, plan.Headers[c], text, RowIssueCode.MissingId, "缺少平台 no platform: the register id or name of the platform the event happened on");
                        break;
                    case DateColumn when missing:
                        Reject(line, platform, plan.Headers[c], text, RowIssueCode.InvalidValue, "缺少日期 no date: the event counts on the scorecard of its year");
                        break;
                    case DateColumn:
                        if (CellDate.TryParse(text, out var d))
                        {
                            date = d;
                        }
                        else
                        {
                            Reject(line, platform, plan.Headers[c], text, RowIssueCode.InvalidValue, CellDate.NotADate);
                        }

                        break;
                    case ClassColumn:
                        eventClass = Class(line, platform, c, text, missing);
                        break;
                    case CountColumn when !missing:
                        count = Count(line, platform, c, text);
                        break;
                    case NoteColumn:
                        note = missing ? string.Empty : text;
                        break;
                }
            }

            if (rejections.Count != before || date is null || eventClass is null)
            {
                return;
            }

            if (firstLine.TryGetValue((platform, date.Value, eventClass, note), out var first))
            {
                warnings.Add(new RowIssue(line, platform, Header(ClassColumn), eventClass, RowIssueCode.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"与第 {first} 行相同 the same platform, date, class and note as line {first}: both are counted (remove one if it was entered twice)"), IssueSeverity.Warning));
            }
            else
            {
                firstLine[(platform, date.Value, eventClass, note)] = line;
            }

            accepted.Add(new ScorecardEvent { Line = line, Platform = platform, Date = date.Value, Class = eventClass, Count = count, Note = note });
        }

        private string? Class(int line, string platform, int c, string text, bool missing)
        {
            if (classOf.TryGetValue(text, out var id) || classOf.TryGetValue(text.ToLowerInvariant(), out id))
            {
                return id;
            }

            var known = profile.EventClasses.Select(k => k.Label == k.Id ? k.Id : $"{k.Id} ({k.Label})").ToArray();
            if (known.Length == 0)
            {
                Reject(line, platform, plan.Headers[c], text, RowIssueCode.InvalidValue, $"考核方案 {profile.Id} 未定义事件类别 the scorecard declares no event classes (event_classes): no event can count");
                return null;
            }

            var reason = missing
                ? "缺少事件类别 no event class"
                : "不是考核方案定义的事件类别 not an event class of the scorecard";
            var hint = missing ? null : Suggest.Closest(text, classOf.Keys);
            Reject(line, platform, plan.Headers[c], text, RowIssueCode.InvalidValue, $"{reason}{(hint is null ? string.Empty : $" (did you mean '{hint}'?)")}; classes: {string.Join(", ", known)}");
            return null;
        }

        private int Count(int line, string platform, int c, string text)
        {
            var status = CellParser.ParseNumber(rows.GetSpan(c), out var value);
            if (status != CellStatus.Value || value < 1 || value != Math.Floor(value) || value > int.MaxValue)
            {
                Reject(line, platform, plan.Headers[c], text, RowIssueCode.InvalidValue, "次数须为不小于1的整数 not a whole number ≥ 1 of events");
                return 1;
            }

            return (int)value;
        }

        private string Text(int c) => FormulaGuard.Unescape(rows.GetString(c).Trim());

        private void Reject(int line, string id, string column, string value, RowIssueCode code, string reason) =>
            rejections.Add(new RowIssue(line, id, column, value, code, reason, IssueSeverity.Error));
    }
}
