using System.Collections.Frozen;
using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Corrections;

/// <summary>
/// Reads a small CSV file of official decisions — corrections (<see cref="FirmCorrections"/>) or tier adjustments
/// (<see cref="TierAdjustments"/>) — with the firm reader's framing, encoding detection (UTF-8 or GB18030), limits and
/// broken-line reports (<see cref="FirmCsvReader"/>): each data row becomes the trimmed text of every known column
/// (formula guard undone), or a problem with its line, column, value and reason. Blank rows are skipped.
/// </summary>
internal static class DecisionFile
{
    /// <summary>The canonical name of the id column (统一社会信用代码) of every decision file.</summary>
    public const string IdColumn = "id";

    /// <summary>The spellings of the id column.</summary>
    public static readonly string[] IdSpellings = [IdColumn, "统一社会信用代码", "信用代码", "社会信用代码", "企业代码", "uscc", "credit_code", "firm_id"];

    /// <summary>The spellings of the reason column.</summary>
    public static readonly string[] ReasonSpellings = ["reason", "原因", "理由", "更正原因", "调整原因", "调档原因", "说明", "依据"];

    /// <summary>The spellings of the approver column.</summary>
    public static readonly string[] ApproverSpellings = ["approved_by", "approver", "审批人", "批准人", "审核人", "决定人", "批准单位", "审批单位"];

    /// <summary>The spellings of the date column.</summary>
    public static readonly string[] DateSpellings = ["date", "日期", "审批日期", "批准日期", "更正日期", "调整日期"];

    /// <summary>What was read: the rows, the problems of unreadable rows, the ignored headers and the hash of the bytes.</summary>
    public sealed record Contents(IReadOnlyList<Row> Rows, IReadOnlyList<RowIssue> Problems, IReadOnlyList<RowIssue> Warnings, string Sha256);

    /// <summary>One data row: its line and the text of each canonical column (empty when the file has no such column).</summary>
    public sealed record Row(int Line, FrozenDictionary<string, string> Cells, FrozenDictionary<string, string> Headers)
    {
        /// <summary>The text of <paramref name="column"/>, or empty.</summary>
        public string this[string column] => Cells.TryGetValue(column, out var text) ? text : string.Empty;

        /// <summary>The header of <paramref name="column"/> as written in the file, or the canonical name.</summary>
        public string HeaderOf(string column) => Headers.TryGetValue(column, out var header) ? header : column;
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Encoding, delimiter and limits.</param>
    /// <param name="what">What the file holds, for messages (e.g. <c>corrections file 更正文件</c>).</param>
    /// <param name="aliases">Normalised header → canonical column.</param>
    /// <param name="required">The canonical columns that must be present; the first is the id column.</param>
    public static Contents Read(string path, FirmCsvReaderOptions? options, string what, FrozenDictionary<string, string> aliases, IReadOnlyList<string> required)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xls", StringComparison.OrdinalIgnoreCase))
        {
            throw new FirmDataException($"'{Path.GetFileName(path)}' is a workbook ({extension}); the {what} is read as CSV: save it as CSV (UTF-8).");
        }

        using var file = InputFileStream.Open(path);
        var contents = ReadCsv(file, options, what, aliases, required);
        return contents with { Sha256 = file.Complete() };
    }

    /// <summary>Reads a CSV stream (left open); the hash is of the bytes read.</summary>
    public static Contents ReadStream(Stream stream, FirmCsvReaderOptions? options, string what, FrozenDictionary<string, string> aliases, IReadOnlyList<string> required)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hashing = new HashingStream(stream);
        var contents = ReadCsv(hashing, options, what, aliases, required);
        return contents with { Sha256 = hashing.Finish() };
    }

    /// <summary>Normalised header → canonical column, from each column's spellings (the canonical name first).</summary>
    public static FrozenDictionary<string, string> Aliases(params string[][] columns)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spellings in columns)
        {
            foreach (var spelling in spellings)
            {
                map.Add(HeaderCatalog.Normalize(spelling), spellings[0]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Contents ReadCsv(Stream stream, FirmCsvReaderOptions? options, string what, FrozenDictionary<string, string> aliases, IReadOnlyList<string> required)
    {
        string?[] columns = [];
        return FirmCsvReader.ReadRows(
            stream,
            options ?? FirmCsvReaderOptions.Default,
            header =>
            {
                columns = Plan(header, what, aliases, required);
                return Array.IndexOf(columns, required[0]);
            },
            (rows, header, _) => ReadRows(rows, [.. header.Select(h => FormulaGuard.Unescape(h.Trim()))], columns));
    }

    private static string?[] Plan(string[] header, string what, FrozenDictionary<string, string> aliases, IReadOnlyList<string> required)
    {
        var columns = new string?[header.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            if (!aliases.TryGetValue(HeaderCatalog.Normalize(FormulaGuard.Unescape(header[c].Trim())), out var column))
            {
                continue;
            }

            if (!seen.TryAdd(column, c))
            {
                throw new FirmDataException($"两列含义相同 columns '{TextExcerpt.Of(header[seen[column]])}' (column {seen[column] + 1}) and '{TextExcerpt.Of(header[c])}' (column {c + 1}) of the {what} both mean '{column}'.");
            }

            columns[c] = column;
        }

        var missing = required.Where(r => !seen.ContainsKey(r)).ToArray();
        if (missing.Length > 0)
        {
            throw new FirmDataException($"缺少必需列 the {what} has no column {string.Join(", ", missing.Select(m => "'" + m + "'"))} (required: {string.Join(", ", required)}). Columns: {TextExcerpt.List(header, h => TextExcerpt.Of(h))}.");
        }

        return columns;
    }

    private static Contents ReadRows(IFirmRowSource rows, string[] headers, string?[] columns)
    {
        var result = new List<Row>();
        var problems = new List<RowIssue>();
        var warnings = new List<RowIssue>();
        var headerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var idColumn = -1;
        for (var c = 0; c < headers.Length; c++)
        {
            if (columns[c] is { } column)
            {
                headerOf[column] = headers[c];
                idColumn = column == IdColumn ? c : idColumn;
            }
            else if (headers[c].Length > 0)
            {
                warnings.Add(new RowIssue(1, string.Empty, headers[c], headers[c], RowIssueCode.ColumnIgnored, "不认识此列，已忽略 not a column of this file: ignored", IssueSeverity.Warning));
            }
        }

        var headerMap = headerOf.ToFrozenDictionary(StringComparer.Ordinal);
        while (rows.Read())
        {
            if (rows.Broken is { } broken)
            {
                problems.Add(new RowIssue(rows.Line, broken.Id, broken.Column, broken.Value, broken.Code, broken.Reason, IssueSeverity.Error));
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            var blank = true;
            for (var c = 0; c < rows.FieldCount; c++)
            {
                var text = FormulaGuard.Unescape(rows.GetString(c).Trim());
                blank &= text.Length == 0;
                if (c < columns.Length && columns[c] is { } column)
                {
                    cells[column] = text;
                }
            }

            if (blank)
            {
                continue;
            }

            if (rows.FieldCount != headers.Length)
            {
                var id = idColumn >= 0 && idColumn < rows.FieldCount ? rows.GetString(idColumn).Trim() : string.Empty;
                problems.Add(new RowIssue(rows.Line, id, string.Empty, string.Create(CultureInfo.InvariantCulture, $"{rows.FieldCount} fields"), RowIssueCode.RaggedRow, string.Create(CultureInfo.InvariantCulture, $"row has {rows.FieldCount} fields, the header has {headers.Length}"), IssueSeverity.Error));
                continue;
            }

            result.Add(new Row(rows.Line, cells.ToFrozenDictionary(StringComparer.Ordinal), headerMap));
        }

        return new Contents(result, problems, warnings, string.Empty);
    }
}
