using System.Globalization;
using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// Reads a platform register (平台名录) from CSV with the firm readers' rules: the same framing, encoding
/// detection (UTF-8 or GB18030), limits and broken-line reports, blank rows skipped, and nothing lost — every row is
/// either a platform of <see cref="PlatformRegisterReadResult.Register"/> or rejected with its line, column, value and
/// reason (<see cref="PlatformRegisterReadResult.Rejections"/>). The <c>EnterpriseScoring.Excel</c> package reads a register
/// from an <c>.xlsx</c> workbook with the same rules (<c>PlatformRegisterXlsxReader</c>).
/// </summary>
/// <remarks>
/// <para>Columns (<see cref="PlatformRegisterColumns"/>, Chinese headers accepted): <c>id</c> is required, every other
/// column optional. Areas are 亩 unless the header names another area unit (<c>(公顷)</c>, <c>(平方米)</c> …); numbers follow
/// the firm reader's cell rules (thousands separators, <c>—</c>/<c>无</c> for missing). Dates are <c>yyyy-MM-dd</c>,
/// <c>yyyy/M/d</c>, <c>yyyy.M.d</c>, <c>yyyy年M月d日</c> or <c>yyyyMMdd</c>.</para>
/// <para>A row is rejected for a cell it cannot read, and then for a reference the register cannot satisfy: a duplicate
/// id, a parent or merge target missing from the register or itself rejected (so a rejection can reject the rows that
/// name it, each with its reason), a merge target without a date or the other way round, a cycle of parents or merges.
/// A file that cannot be read at all (no header, no id column, two columns with one meaning, an area header with a unit
/// that is not an area) throws <see cref="FirmDataException"/>. Thread-safe (no shared state).</para>
/// </remarks>
public static class PlatformRegisterReader
{
    /// <summary>
    /// Reads the CSV register at <paramref name="path"/>. A workbook is read by the <c>EnterpriseScoring.Excel</c> package
    /// (<c>PlatformRegisterXlsxReader</c>, or <c>PlatformRegisterInput</c> for CSV or <c>.xlsx</c> by the file's extension),
    /// so that an application reading CSV does not depend on an xlsx reader.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <returns>The register, the rejected rows and the warnings.</returns>
    /// <exception cref="FirmDataException">The file cannot be read as a register; its name ends in <c>.xlsx</c>, <c>.xlsm</c> or <c>.xls</c> (a workbook).</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read.</exception>
    public static PlatformRegisterReadResult Read(string path, FirmCsvReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xls", StringComparison.OrdinalIgnoreCase))
        {
            throw new FirmDataException($"'{Path.GetFileName(path)}' is a workbook ({extension}), and PlatformRegisterReader reads CSV: read it with PlatformRegisterInput or PlatformRegisterXlsxReader of the EnterpriseScoring.Excel package, or save it as CSV (UTF-8).");
        }

        using var file = InputFileStream.Open(path);
        var result = ReadCsv(file, options ?? FirmCsvReaderOptions.Default, string.Empty);
        var sha256 = file.Complete();
        return new PlatformRegisterReadResult(result.Register, result.Rejections, result.Warnings, result.RowsRead, result.BlankRowsSkipped, result.IgnoredColumns, sha256);
    }

    /// <summary>Reads a CSV register from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <returns>The register, the rejected rows and the warnings.</returns>
    /// <exception cref="FirmDataException">The input cannot be read as a register.</exception>
    public static PlatformRegisterReadResult ReadCsv(Stream stream, FirmCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hashing = new HashingStream(stream);
        var result = ReadCsv(hashing, options ?? FirmCsvReaderOptions.Default, string.Empty);
        var sha256 = hashing.Finish();
        return new PlatformRegisterReadResult(result.Register, result.Rejections, result.Warnings, result.RowsRead, result.BlankRowsSkipped, result.IgnoredColumns, sha256);
    }

    /// <summary>
    /// What each column of a sheet's header row (cells trimmed) means: the first half of the hook through which the
    /// <c>EnterpriseScoring.Excel</c> package reads a register from a workbook with these rules (<see cref="ReadRows"/> is the second).
    /// </summary>
    /// <exception cref="FirmDataException">No id column, two columns with one meaning, or an area column whose unit is not an area.</exception>
    internal static RegisterPlan PlanSheet(string[] header) => Plan([.. header.Select(h => h.Trim())]);

    /// <summary>Reads the rows after the header that <paramref name="plan"/> was made from (the second half of the hook).</summary>
    internal static PlatformRegisterReadResult ReadRows(RegisterPlan plan, IFirmRowSource rows, string sha256) => new RegisterRows(plan, rows).Run(sha256);

    private static PlatformRegisterReadResult ReadCsv(Stream stream, FirmCsvReaderOptions options, string sha256)
    {
        RegisterPlan? plan = null;
        return FirmCsvReader.ReadRows(
            stream,
            options,
            header => (plan = Plan(header)).IdColumn,
            (rows, _, _) => new RegisterRows(plan!, rows).Run(sha256));
    }

    /// <summary>What each column of the header means, and the factor that converts an area column to 亩.</summary>
    private static RegisterPlan Plan(string[] headers)
    {
        var columns = new string?[headers.Length];
        var factors = new double[headers.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < headers.Length; c++)
        {
            factors[c] = 1;
            var column = PlatformRegisterColumns.Resolve(headers[c]);
            if (column is null)
            {
                continue;
            }

            if (!seen.TryAdd(column, c))
            {
                throw new FirmDataException($"平台名录的两列含义相同 columns '{TextExcerpt.Of(headers[seen[column]])}' and '{TextExcerpt.Of(headers[c])}' of the platform register both mean '{column}'.");
            }

            columns[c] = column;
            var unit = HeaderCatalog.SplitUnit(headers[c]).Unit;
            if (PlatformRegisterColumns.Areas.Contains(column) && unit.Length > 0)
            {
                if (!UnitCatalog.TryGet(unit, out var info) || info.Dimension != UnitDimension.Area || !UnitCatalog.TryGet("亩", out var mu))
                {
                    throw new FirmDataException($"平台名录列 '{TextExcerpt.Of(headers[c])}' 的单位 '{TextExcerpt.Of(unit)}' 不是面积单位 the unit is not an area unit; areas are in 亩 or one of: {string.Join(", ", UnitCatalog.Spellings(UnitDimension.Area))}.");
                }

                factors[c] = UnitCatalog.Conversion(info, mu).Factor;
            }
        }

        if (!seen.TryGetValue(PlatformRegisterColumns.Id, out var idColumn))
        {
            throw new FirmDataException($"平台名录缺少平台编号列 the platform register has no id column (id, 平台编号). Columns: {TextExcerpt.List(headers, h => TextExcerpt.Of(h))}.");
        }

        return new RegisterPlan(headers, columns, factors, idColumn);
    }

    /// <summary>The header's columns, what each means (or null), the factor to 亩 of each area column, and the id column.</summary>
    internal sealed record RegisterPlan(string[] Headers, string?[] Columns, double[] Factors, int IdColumn);

    /// <summary>The reading of one register's rows.</summary>
    private sealed class RegisterRows(RegisterPlan plan, IFirmRowSource rows)
    {
        private readonly List<RowIssue> rejections = [];
        private readonly List<RowIssue> warnings = [];
        private readonly List<Platform> accepted = [];
        private int rowsRead;
        private int blankRows;

        public PlatformRegisterReadResult Run(string sha256)
        {
            var ignored = new List<string>();
            for (var c = 0; c < plan.Headers.Length; c++)
            {
                if (plan.Columns[c] is null && plan.Headers[c].Length > 0)
                {
                    ignored.Add(plan.Headers[c]);
                    warnings.Add(new RowIssue(1, string.Empty, plan.Headers[c], plan.Headers[c], RowIssueCode.ColumnIgnored, "平台名录不认识此列，已忽略 not a platform register column: ignored", IssueSeverity.Warning));
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

            var register = CheckReferences();
            rejections.Sort((a, b) => a.Line.CompareTo(b.Line));
            return new PlatformRegisterReadResult(register, rejections, warnings, rowsRead, blankRows, ignored, sha256);
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

        private void ReadRow(int line)
        {
            var id = plan.IdColumn < rows.FieldCount ? rows.GetString(plan.IdColumn).Trim() : string.Empty;
            if (rows.FieldCount != plan.Headers.Length)
            {
                Reject(line, id, string.Empty, string.Create(CultureInfo.InvariantCulture, $"{rows.FieldCount} fields"), RowIssueCode.RaggedRow, string.Create(CultureInfo.InvariantCulture, $"row has {rows.FieldCount} fields, the header has {plan.Headers.Length}"));
                return;
            }

            var before = rejections.Count;
            var platform = new Platform { Id = id, Line = line };
            for (var c = 0; c < plan.Headers.Length; c++)
            {
                if (plan.Columns[c] is not { } column)
                {
                    continue;
                }

                var text = rows.GetString(c).Trim();
                if (text.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    warnings.Add(new RowIssue(line, id, plan.Headers[c], text, RowIssueCode.UndecodableText, "含无法解码的字符 text that could not be decoded in the file's encoding (U+FFFD)", IssueSeverity.Warning));
                }

                platform = Apply(platform, line, id, c, column, text);
            }

            if (rejections.Count == before)
            {
                accepted.Add(platform);
            }
        }

        private Platform Apply(Platform platform, int line, string id, int c, string column, string text)
        {
            switch (column)
            {
                case PlatformRegisterColumns.Id:
                    return platform;
                case PlatformRegisterColumns.Name:
                    return platform with { Name = text };
                case PlatformRegisterColumns.Parent:
                    return platform with { Parent = OrEmpty(text) };
                case PlatformRegisterColumns.County:
                    return platform with { County = text };
                case PlatformRegisterColumns.MergedInto:
                    return platform with { MergedInto = OrEmpty(text) };
                case PlatformRegisterColumns.Level:
                    if (PlatformLevels.TryParse(OrEmpty(text), out var level))
                    {
                        return platform with { Level = level };
                    }

                    Reject(line, id, plan.Headers[c], text, RowIssueCode.InvalidValue, "不是平台级别 not a platform level: 国家级, 省级, 市级, 镇级 (national, provincial, municipal, town) or empty");
                    return platform;
                case PlatformRegisterColumns.MergedFrom:
                    if (OrEmpty(text).Length == 0)
                    {
                        return platform;
                    }

                    if (CellDate.TryParse(text, out var date))
                    {
                        return platform with { MergedFrom = date };
                    }

                    Reject(line, id, plan.Headers[c], text, RowIssueCode.InvalidValue, CellDate.NotADate);
                    return platform;
                default:
                    return Area(platform, line, id, c, column, text);
            }
        }

        /// <summary>The text, or empty when it spells a missing value (<c>—</c>, <c>无</c>, <c>N/A</c> …).</summary>
        private static string OrEmpty(string text) => CellParser.IsMissing(Encoding.UTF8.GetBytes(text)) ? string.Empty : text;

        private Platform Area(Platform platform, int line, string id, int c, string column, string text)
        {
            switch (CellParser.ParseNumber(rows.GetSpan(c), out var value))
            {
                case CellStatus.Missing:
                    return platform;
                case CellStatus.NonFinite:
                    Reject(line, id, plan.Headers[c], text, RowIssueCode.NonFiniteNumber, "不是有限数 not a finite number");
                    return platform;
                case CellStatus.Unparsable:
                    Reject(line, id, plan.Headers[c], text, RowIssueCode.UnparsableNumber, "不是数字 not a number");
                    return platform;
            }

            if (value < 0)
            {
                Reject(line, id, plan.Headers[c], text, RowIssueCode.NegativeValue, "面积不能为负 an area cannot be negative");
                return platform;
            }

            var mu = value * plan.Factors[c];
            return column switch
            {
                PlatformRegisterColumns.PlannedArea => platform with { PlannedArea = mu },
                PlatformRegisterColumns.ApprovedUnsupplied => platform with { ApprovedUnsupplied = mu },
                PlatformRegisterColumns.SuppliedUnused => platform with { SuppliedUnused = mu },
                PlatformRegisterColumns.InefficientLand => platform with { InefficientLand = mu },
                _ => platform with { ClearedLand = mu },
            };
        }

        /// <summary>
        /// Rejects the rows whose references the register cannot satisfy, again and again: a rejected row can leave a row
        /// that names it without its target, which is then rejected in turn.
        /// </summary>
        private PlatformRegister CheckReferences()
        {
            var platforms = accepted;
            while (true)
            {
                var problems = PlatformRegisterRules.Check(platforms);
                if (problems.Count == 0)
                {
                    return PlatformRegister.Create(platforms);
                }

                var bad = new HashSet<int>();
                foreach (var p in problems)
                {
                    var platform = platforms[p.Index];
                    bad.Add(p.Index);
                    Reject(platform.Line, platform.Id, Header(p.Column), p.Value, p.Code, p.Reason);
                }

                platforms = [.. platforms.Where((_, i) => !bad.Contains(i))];
            }
        }

        private string Header(string column)
        {
            var c = Array.IndexOf(plan.Columns, column);
            return c >= 0 ? plan.Headers[c] : column;
        }

        private void Reject(int line, string id, string column, string value, RowIssueCode code, string reason) =>
            rejections.Add(new RowIssue(line, id, column, value, code, reason, IssueSeverity.Error));
    }
}
