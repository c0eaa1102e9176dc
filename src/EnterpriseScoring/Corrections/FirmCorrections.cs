using System.Collections.Frozen;
using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Corrections;

/// <summary>
/// A corrections file (更正): during 公示 a firm objects to its data, and the county corrects a value and evaluates again.
/// Each row names a firm, a column, the new value, the reason, who approved it and the date; <see cref="ApplyTo(FirmReadResult)"/>
/// puts the new values into the table before evaluation — so benchmarks, weights and quotas move for every firm of the
/// pool, as they would had the input file been corrected — and keeps the audit trail (<see cref="CorrectionResult.Applied"/>,
/// <see cref="FirmTable.Corrections"/>).
/// </summary>
/// <remarks>
/// <para>Read with the firm reader's rules (UTF-8 or GB18030, the same framing and limits; <see cref="FirmCsvReader"/>).
/// Columns, Chinese headers accepted: <c>id</c> (统一社会信用代码), <c>column</c> (字段), <c>value</c> (更正值),
/// <c>reason</c> (原因), <c>approved_by</c> (审批人), <c>date</c> (日期) — all required.</para>
/// <para><c>column</c> is a measure id or any header the firm reader reads as that measure (<c>税收</c>, <c>实缴税金</c>,
/// <c>tax</c> …), also a header of the input file itself (a profile's header alias included). The new value is in the unit
/// the input file's column was read in (its header's unit, or the input units), unless <c>column</c> names a unit in
/// brackets (<c>税收(元)</c>); a missing-value mark (<c>—</c>, <c>无</c>, <c>N/A</c>) marks the value missing. Dates are
/// <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c>, <c>yyyy.M.d</c>, <c>yyyy年M月d日</c> or <c>yyyyMMdd</c>.</para>
/// <para>Nothing is dropped: a row that cannot be read or applied — no id, no column, no value, reason or approver, a bad
/// date, a value that is not a number or that the measure rejects (negative), an unknown firm, a firm whose input row was
/// rejected, a column that is not a measure of the input, a second correction of the same firm's measure — is a problem
/// with its line, column, value and reason (<see cref="Problems"/>, <see cref="CorrectionResult.Problems"/>). Immutable and thread-safe.</para>
/// </remarks>
public sealed class FirmCorrections
{
    /// <summary>The canonical column names: <c>id</c>, <c>column</c>, <c>value</c>, <c>reason</c>, <c>approved_by</c>, <c>date</c>.</summary>
    public static IReadOnlyList<string> Columns { get; } = ValueList<string>.Own([DecisionFile.IdColumn, ColumnColumn, ValueColumn, ReasonColumn, ApproverColumn, DateColumn]);

    private const string ColumnColumn = "column";
    private const string ValueColumn = "value";
    private const string ReasonColumn = "reason";
    private const string ApproverColumn = "approved_by";
    private const string DateColumn = "date";
    private const string What = "corrections file 更正文件";

    private static readonly FrozenDictionary<string, string> Aliases = DecisionFile.Aliases(
        DecisionFile.IdSpellings,
        [ColumnColumn, "字段", "更正字段", "更正项目", "更正指标", "列", "列名", "指标", "measure", "field"],
        [ValueColumn, "new_value", "新值", "更正值", "更正后", "更正后数值", "更正后的值", "修正值"],
        DecisionFile.ReasonSpellings,
        DecisionFile.ApproverSpellings,
        DecisionFile.DateSpellings);

    private readonly FrozenDictionary<string, string> headers;

    private FirmCorrections(IReadOnlyList<FirmCorrection> corrections, IReadOnlyList<RowIssue> problems, IReadOnlyList<RowIssue> warnings, string sha256, FrozenDictionary<string, string> headers)
    {
        this.headers = headers;
        Corrections = ReadOnlyCopy.List(corrections)!;
        Problems = ReadOnlyCopy.List(problems)!;
        Warnings = ReadOnlyCopy.List(warnings)!;
        Sha256 = sha256;
    }

    /// <summary>The corrections read, in file order.</summary>
    public IReadOnlyList<FirmCorrection> Corrections { get; }

    /// <summary>The rows that could not be read, with line, column, value and reason.</summary>
    public IReadOnlyList<RowIssue> Problems { get; }

    /// <summary>Warnings: columns that were ignored.</summary>
    public IReadOnlyList<RowIssue> Warnings { get; }

    /// <summary>The SHA-256 of the bytes read, lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>Reads the corrections file at <paramref name="path"/> (CSV).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <exception cref="FirmDataException">The file cannot be read as corrections: no header, a required column missing, two columns with one meaning, a workbook.</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read.</exception>
    public static FirmCorrections Read(string path, FirmCsvReaderOptions? options = null) =>
        Of(DecisionFile.Read(path, options, What, Aliases, Columns));

    /// <summary>Reads corrections from a CSV <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <exception cref="FirmDataException">The input cannot be read as corrections.</exception>
    public static FirmCorrections ReadCsv(Stream stream, FirmCsvReaderOptions? options = null) =>
        Of(DecisionFile.ReadStream(stream, options, What, Aliases, Columns));

    /// <summary>
    /// Applies the corrections to the table <paramref name="input"/> read: values in the unit the input's column was read
    /// in, and a correction of a firm whose input row was rejected is a problem (correct the input file instead).
    /// </summary>
    /// <param name="input">What a firm reader read.</param>
    /// <returns>The corrected table, the audit trail and every correction that could not be applied.</returns>
    public CorrectionResult ApplyTo(FirmReadResult input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Apply(input.Table, input.Columns, input.Rejections);
    }

    /// <summary>Applies the corrections to <paramref name="table"/> (values in each measure's own unit unless the column names one).</summary>
    /// <param name="table">The firms.</param>
    /// <returns>The corrected table, the audit trail and every correction that could not be applied.</returns>
    public CorrectionResult ApplyTo(FirmTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Apply(table, [], []);
    }

    private static FirmCorrections Of(DecisionFile.Contents contents)
    {
        var corrections = new List<FirmCorrection>();
        var problems = new List<RowIssue>(contents.Problems);
        foreach (var row in contents.Rows)
        {
            var id = row[DecisionFile.IdColumn];
            var before = problems.Count;
            void Problem(string column, string value, RowIssueCode code, string reason) =>
                problems.Add(new RowIssue(row.Line, id, row.HeaderOf(column), value, code, reason, IssueSeverity.Error));

            if (id.Length == 0)
            {
                Problem(DecisionFile.IdColumn, id, RowIssueCode.MissingId, "缺少企业代码 no firm id");
            }

            if (row[ColumnColumn].Length == 0)
            {
                Problem(ColumnColumn, string.Empty, RowIssueCode.InvalidValue, "缺少更正字段 no column: name the measure to correct");
            }

            var text = row[ValueColumn];
            double? value = null;
            var bytes = Encoding.UTF8.GetBytes(text);
            if (text.Length == 0)
            {
                Problem(ValueColumn, text, RowIssueCode.InvalidValue, "缺少更正值 no new value (write — or 无 to mark the value missing)");
            }
            else if (!CellParser.IsMissing(bytes))
            {
                switch (CellParser.ParseNumber(bytes, out var number))
                {
                    case CellStatus.Value:
                        value = number;
                        break;
                    case CellStatus.NonFinite:
                        Problem(ValueColumn, text, RowIssueCode.NonFiniteNumber, "不是有限数 not a finite number");
                        break;
                    default:
                        Problem(ValueColumn, text, RowIssueCode.UnparsableNumber, "不是数字 not a number");
                        break;
                }
            }

            if (row[ReasonColumn].Length == 0)
            {
                Problem(ReasonColumn, string.Empty, RowIssueCode.InvalidValue, "缺少更正原因 no reason: an official correction states why");
            }

            if (row[ApproverColumn].Length == 0)
            {
                Problem(ApproverColumn, string.Empty, RowIssueCode.InvalidValue, "缺少审批人 no approver: an official correction states who approved it");
            }

            if (!CellDate.TryParse(row[DateColumn], out var date))
            {
                Problem(DateColumn, row[DateColumn], RowIssueCode.InvalidValue, CellDate.NotADate);
            }

            if (problems.Count == before)
            {
                corrections.Add(new FirmCorrection(row.Line, id, row[ColumnColumn], text, value, row[ReasonColumn], row[ApproverColumn], date));
            }
        }

        var headers = contents.Rows.Count > 0 ? contents.Rows[0].Headers : FrozenDictionary<string, string>.Empty;
        return new FirmCorrections(corrections, problems, contents.Warnings, contents.Sha256, headers);
    }

    private CorrectionResult Apply(FirmTable table, IReadOnlyList<ColumnMapping> columns, IReadOnlyList<RowIssue> inputRejections)
    {
        var problems = new List<RowIssue>(Problems);
        var rowOf = new Dictionary<string, int>(table.Count, StringComparer.Ordinal);
        for (var row = 0; row < table.Count; row++)
        {
            rowOf.TryAdd(table.Ids[row], row);
        }

        var rejectedLine = new Dictionary<string, RowIssue>(StringComparer.Ordinal);
        foreach (var issue in inputRejections)
        {
            if (issue.Id.Length > 0)
            {
                rejectedLine.TryAdd(issue.Id, issue);
            }
        }

        var firstLine = new Dictionary<(string Id, string Measure), int>();
        var applied = new List<AppliedCorrection>();
        var changed = new Dictionary<string, (double[] Values, ulong[] Presence)>(StringComparer.Ordinal);
        foreach (var c in Corrections)
        {
            void Problem(string column, string value, RowIssueCode code, string reason) =>
                problems.Add(new RowIssue(c.Line, c.Id, headers.GetValueOrDefault(column, column), value, code, reason, IssueSeverity.Error));

            if (!rowOf.TryGetValue(c.Id, out var row))
            {
                if (rejectedLine.TryGetValue(c.Id, out var rejected))
                {
                    Problem(DecisionFile.IdColumn, c.Id, RowIssueCode.InvalidReference, $"该企业的输入行已被拒绝 the firm's input row (line {rejected.Line}) was rejected ({TextExcerpt.Of(rejected.Column)}: {TextExcerpt.Of(rejected.Reason)}): correct the input file itself");
                }
                else
                {
                    Problem(DecisionFile.IdColumn, c.Id, RowIssueCode.InvalidReference, "输入中没有该企业 no firm of the input has this id");
                }

                continue;
            }

            if (!ColumnTarget.Resolve(c.Column, table, columns, out var measure, out var conversion, out var why))
            {
                Problem(ColumnColumn, c.Column, RowIssueCode.InvalidReference, why);
                continue;
            }

            if (!firstLine.TryAdd((c.Id, measure.Id), c.Line))
            {
                Problem(ColumnColumn, c.Column, RowIssueCode.DuplicateId, $"重复更正 a second correction of measure {measure.Id} of this firm, first on line {firstLine[(c.Id, measure.Id)]}: keep one");
                continue;
            }

            double? value = c.Value is { } v ? conversion.Apply(v) : null;
            if (value is { } checkedValue && FirmRules.CheckMeasure(measure.Id, checkedValue) is { } bad)
            {
                Problem(ValueColumn, c.ValueText, bad.Code, bad.Reason);
                continue;
            }

            var column = table.GetMeasure(measure.Id);
            if (!changed.TryGetValue(measure.Id, out var arrays))
            {
                arrays = (column.Values.ToArray(), column.Presence.WordArray.ToArray());
                changed.Add(measure.Id, arrays);
            }

            applied.Add(new AppliedCorrection(c.Line, c.Id, c.Column, measure.Id, measure.Unit, column[row], value, c.ValueText, c.Reason, c.ApprovedBy, c.Date));
            arrays.Values[row] = value ?? double.NaN;
            if (value is null)
            {
                arrays.Presence[row >> 6] &= ~(1UL << (row & 63));
            }
            else
            {
                arrays.Presence[row >> 6] |= 1UL << (row & 63);
            }
        }

        var replaced = changed.Select(m => new MeasureColumn(table.GetMeasure(m.Key).Measure, m.Value.Values, new RowMask(m.Value.Presence, table.Count))).ToArray();
        var corrected = applied.Count == 0 ? table : table.WithMeasureColumns(replaced, [.. table.Corrections, .. applied]);
        return new CorrectionResult(corrected, applied, [.. problems.OrderBy(p => p.Line)]);
    }
}
