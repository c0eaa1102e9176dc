using System.Collections.Frozen;
using System.Globalization;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.IO;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Reads the rows of a standard-value table from a CSV file (<c>standard_table.file</c>): one row per line with the
/// columns 行业代码 / <c>industry</c>, 行业名称 / <c>label</c>, 规模 / <c>size</c> and the five standard values 优秀值 /
/// <c>excellent</c>, 良好值 / <c>good</c>, 平均值 / <c>average</c>, 较低值 / <c>low</c>, 较差值 / <c>poor</c> (Chinese or
/// English headers, a unit in brackets allowed: 优秀值（万元/亩）), UTF-8 with or without a byte-order mark or GB18030, with
/// the firm reader's framing (<see cref="FirmCsvReader"/>). Every bad line is a problem with its line, column, value and
/// reason.
/// </summary>
internal static class StandardTableCsv
{
    /// <summary>The canonical columns of the five standard values, best band first.</summary>
    public static readonly string[] StandardColumns = ["excellent", "good", "average", "low", "poor"];

    private const string Industry = "industry";
    private const string Label = "label";
    private const string Size = "size";
    private const string Ignored = "ignored";

    /// <summary>The spellings of each column, the canonical name first.</summary>
    public static readonly string[][] Spellings =
    [
        [Industry, "行业代码", "行业", "行业门类", "行业大类", "industry_code", "gb4754"],
        [Label, "行业名称", "名称", "industry_name", "name"],
        [Size, "规模", "企业规模", "规模类型", "size_class"],
        [StandardColumns[0], "优秀值", "优秀"],
        [StandardColumns[1], "良好值", "良好"],
        [StandardColumns[2], "平均值", "平均"],
        [StandardColumns[3], "较低值", "较低"],
        [StandardColumns[4], "较差值", "较差"],
        [Ignored, "序号", "备注", "no", "note", "notes"],
    ];

    private static readonly FrozenDictionary<string, string> Aliases = DecisionFile.Aliases(Spellings);

    private static readonly string[] Required = [Industry, .. StandardColumns];

    /// <summary>The reason for a cell with bytes the file's encoding cannot decode (U+FFFD once read).</summary>
    internal const string Undecodable = "holds bytes that are not text in the file's encoding (UTF-8 or GB18030): save the file as UTF-8";

    /// <summary>The cells of a size column that mean 全行业 (every size), besides a blank one.</summary>
    private static readonly string[] AllSizes = ["全行业", "全部", "合计", "all"];

    /// <summary>The cells of an industry column that mean a default row (every industry), besides a blank one.</summary>
    private static readonly string[] DefaultIndustry = ["默认", "default", "全部行业"];

    /// <summary>What a file gave: its rows with their lines, and every problem (each naming its line, column, value and reason).</summary>
    public sealed record Contents(IReadOnlyList<(StandardValueRow Row, int Line)> Rows, IReadOnlyList<string> Problems, string Sha256);

    /// <summary>Reads the rows of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">The file's name in messages.</param>
    /// <param name="sizeClasses">The table's size classes: a size cell is a class's id or label.</param>
    public static Contents Read(byte[] bytes, string name, IReadOnlyList<StandardSizeClass> sizeClasses)
    {
        DecisionFile.Contents contents;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            try
            {
                contents = DecisionFile.ReadStream(stream, FirmCsvReaderOptions.Default, "standard-value table 标准值表", Aliases, Required);
            }
            catch (FirmDataException e)
            {
                return new Contents([], [$"'{name}': {e.Message} Headers: {string.Join(", ", Spellings.Take(8).Select(s => $"{s[1]} / {s[0]}"))}."], string.Empty);
            }
        }

        var problems = new List<string>();
        foreach (var issue in contents.Problems)
        {
            problems.Add(Where(name, issue.Line, issue.Column, issue.Value) + issue.Reason);
        }

        foreach (var warning in contents.Warnings)
        {
            problems.Add($"'{name}' line {warning.Line}, column '{TextExcerpt.Of(warning.Column)}': not a column of a standard-value table (headers: {string.Join(", ", Spellings.Select(s => $"{s[1]} / {s[0]}"))})");
        }

        var rows = new List<(StandardValueRow, int)>();
        foreach (var row in contents.Rows)
        {
            var ok = true;
            var industry = row[Industry];
            if (industry.Length > 0 && !DefaultIndustry.Contains(industry, StringComparer.OrdinalIgnoreCase) && StandardValueTable.NormaliseIndustry(industry) is null)
            {
                ok = Problem(row, Industry, "not a GB/T 4754 门类 (a letter A–T) or 大类 (2 digits, e.g. C26 or 26, the letter that of the digits); blank or 默认 for a default row");
            }

            var sizeText = row[Size];
            string? size = null;
            if (sizeText.Length > 0 && !AllSizes.Contains(sizeText, StringComparer.OrdinalIgnoreCase))
            {
                size = sizeClasses.FirstOrDefault(c => c.Id == sizeText || c.Label == sizeText)?.Id;
                if (size is null)
                {
                    ok = Problem(row, Size, sizeClasses.Count == 0
                        ? "the table defines no size_classes: leave 规模 blank or write 全行业"
                        : $"no size class has this id or label; the classes are {string.Join(", ", sizeClasses.Select(c => c.Display))}, or 全行业 / blank for every size");
                }
            }

            if (row[Label].Contains('\uFFFD'))
            {
                ok = Problem(row, Label, Undecodable);
            }

            var standards = new double[StandardColumns.Length];
            for (var k = 0; k < StandardColumns.Length; k++)
            {
                var text = row[StandardColumns[k]];
                if (text.Length == 0)
                {
                    ok = Problem(row, StandardColumns[k], $"blank: a row needs all five standard values ({string.Join(", ", EfficacyCoefficientOptions.BandNames)})");
                }
                else if (text.EndsWith('%') || text.EndsWith('％'))
                {
                    ok = Problem(row, StandardColumns[k], "a percentage: write the number in the indicator's own unit, without %");
                }
                else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out standards[k]) || !double.IsFinite(standards[k]))
                {
                    ok = Problem(row, StandardColumns[k], "not a number");
                }
            }

            if (ok)
            {
                var label = row[Label];
                rows.Add((new StandardValueRow(industry.Length == 0 || DefaultIndustry.Contains(industry, StringComparer.OrdinalIgnoreCase) ? null : industry, size, standards) { Label = label.Length == 0 ? null : label }, row.Line));
            }
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add($"'{name}' has no rows: a standard-value table needs at least one");
        }

        return new Contents(rows, problems, contents.Sha256);

        bool Problem(DecisionFile.Row row, string column, string reason)
        {
            problems.Add(Where(name, row.Line, row.HeaderOf(column), row[column]) + reason);
            return false;
        }
    }

    /// <summary>The place of a problem in the file: <c>'c26.csv' line 5, column '优秀值', value 'abc': </c>.</summary>
    public static string Where(string name, int line, string column, string value) =>
        string.Create(CultureInfo.InvariantCulture, $"'{name}' line {line}, column '{TextExcerpt.Of(column)}', value '{TextExcerpt.Of(value)}': ");
}
