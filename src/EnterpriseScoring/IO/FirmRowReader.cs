using System.Globalization;
using System.Text;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>
/// The one code path that turns a header plan and rows of cells into a <see cref="FirmTable"/> with rejections and warnings,
/// shared by <see cref="FirmCsvReader"/>, <c>Excel.FirmXlsxReader</c> and <see cref="FirmDbReader"/>.
/// </summary>
/// <typeparam name="TSource">The row source; a struct, so each reader gets specialised code.</typeparam>
/// <param name="reader">The rows.</param>
/// <param name="plan">What each column is.</param>
/// <param name="options">The reader options.</param>
/// <param name="encodingUsed">The encoding to report.</param>
/// <param name="expectedRows">The number of rows expected (0 when unknown): when it is exact, the table's columns are allocated once and never copied.</param>
/// <param name="decodesBytes">Whether the reader decoded the source's bytes itself (CSV): U+FFFD then marks bytes that are not valid in <paramref name="encodingUsed"/>.</param>
/// <param name="cancellationToken">Checked every <see cref="CancellationInterval"/> records.</param>
internal sealed partial class FirmRowReader<TSource>(TSource reader, ColumnPlan plan, FirmCsvReaderOptions options, Encoding encodingUsed, int expectedRows = 0, bool decodesBytes = false, CancellationToken cancellationToken = default)
    where TSource : IFirmRowSource
{
    /// <summary>The number of lines with undecodable text that get a warning each; the rest are counted in one more.</summary>
    internal const int MaxUndecodableWarnings = 100;

    /// <summary>Records read between two checks of the cancellation token (a power of two; a check costs a load and a test).</summary>
    internal const int CancellationInterval = 1024;

    private static readonly char[] TagSeparators = [';', '|', '；', '、'];

    private readonly FirmTableBuilder builder = new(plan.Measures, expectedRows) { SourceHeaders = plan.Headers };
    private readonly DuplicateIdTracker duplicates = new(expectedRows);
    private readonly List<RowIssue> rejections = [];
    private readonly List<RowIssue> warnings = [];
    private readonly List<RowIssue> rowIssues = [];
    private readonly List<string> rowTags = [];
    private readonly TextCache<string> regions = new();
    private readonly TextCache<string> platforms = new();
    private readonly TextCache<string> industries = new();
    private readonly TextCache<string> parcels = new();
    private readonly TextCache<string[]> tagLists = new();
    private readonly TextCache<SizeClass?> sizeClasses = new();
    private readonly double[] values = new double[plan.Measures.Count];
    private readonly bool[] candidateSawValue = new bool[plan.Measures.Count];
    private readonly RowIssue?[] candidateFirstBad = new RowIssue?[plan.Measures.Count];
    private readonly int idColumn = plan.IndexOf(ColumnKind.Id);
    private int undecodableRows;
    private long undecodableCharacters;
    private int firstUnlistedUndecodable;
    private int rejectedRows;
    private int rowsRead;
    private int blankRows;

    public FirmReadResult Run()
    {
        warnings.AddRange(plan.Warnings);
        var records = 0;
        while (reader.Read())
        {
            if ((++records & (CancellationInterval - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.Broken is { } broken)
            {
                rowsRead++;
                rejectedRows++;
                rejections.Add(new RowIssue(reader.Line, broken.Id, broken.Column, broken.Value, broken.Code, broken.Reason, IssueSeverity.Error));
                continue;
            }

            if (IsBlank())
            {
                blankRows++;
                continue;
            }

            rowsRead++;
            ReadRow(reader.Line);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Finish();
    }

    /// <summary>Whether every field of the record is empty or white space (Excel writes such rows as <c>,,,,</c>).</summary>
    private bool IsBlank()
    {
        if (idColumn >= 0 && idColumn < reader.FieldCount && !CellParser.Trim(reader.GetSpan(idColumn)).IsEmpty)
        {
            return false;
        }

        for (var c = 0; c < reader.FieldCount; c++)
        {
            if (!CellParser.Trim(reader.GetSpan(c)).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private void ReadRow(int line)
    {
        rowIssues.Clear();
        rowTags.Clear();
        var id = idColumn >= 0 && idColumn < reader.FieldCount ? Text(idColumn) : string.Empty;
        if (reader.MayBeUndecodable)
        {
            CheckDecoded(line, id);
        }

        if (reader.FieldCount != plan.Headers.Length)
        {
            Issue(line, id, string.Empty, string.Create(CultureInfo.InvariantCulture, $"{reader.FieldCount} fields"), new RuleViolation(
                RowIssueCode.RaggedRow,
                string.Create(CultureInfo.InvariantCulture, $"row has {reader.FieldCount} fields, the header has {plan.Headers.Length}"),
                IssueSeverity.Error));
            Commit(line, default);
            return;
        }

        if (idColumn < 0)
        {
            Issue(line, id, FirmColumns.Id, string.Empty, FirmRules.CheckId(id, options.LenientIds));
        }

        string name = string.Empty, region = string.Empty, platform = string.Empty, industry = string.Empty, parcel = string.Empty;
        var sizeClass = SizeClass.Unspecified;
        int? startYear = null;
        values.AsSpan().Fill(double.NaN);
        for (var c = 0; c < plan.Headers.Length; c++)
        {
            switch (plan.Kinds[c])
            {
                case ColumnKind.Id:
                    Issue(line, id, plan.Headers[c], id, FirmRules.CheckId(id, options.LenientIds));
                    Issue(line, id, plan.Headers[c], id, duplicates.Check(id, line));
                    break;
                case ColumnKind.Name:
                    name = Text(c);
                    break;
                case ColumnKind.Region:
                    region = Text(c, regions);
                    break;
                case ColumnKind.Platform:
                    platform = Text(c, platforms);
                    break;
                case ColumnKind.Industry:
                    industry = Text(c, industries);
                    break;
                case ColumnKind.Parcel:
                    // 无, -, N/A … mean "no parcel", never a parcel that every such firm would share.
                    parcel = CellParser.IsMissing(CellParser.Trim(reader.GetSpan(c))) ? string.Empty : Text(c, parcels);
                    break;
                case ColumnKind.SizeClass:
                    sizeClass = ReadSizeClass(line, id, c);
                    break;
                case ColumnKind.StartYear:
                    startYear = ReadStartYear(line, id, c);
                    break;
                case ColumnKind.Measure:
                case ColumnKind.CustomCandidate:
                    ReadMeasure(line, id, c);
                    break;
                case ColumnKind.Tag:
                    ReadFlag(line, id, c);
                    break;
                case ColumnKind.Tags:
                    ReadTags(c);
                    break;
                default:
                    break;
            }
        }

        Commit(line, new FirmIdentity(id, name, region, platform, industry, sizeClass, startYear, parcel));
    }

    /// <summary>
    /// Warns about the cells of the row that hold text that could not be decoded (invalid UTF-8 bytes, which become U+FFFD,
    /// or U+FFFD itself): one warning per line for the first <see cref="MaxUndecodableWarnings"/> lines, counted after that.
    /// </summary>
    private void CheckDecoded(int line, string id)
    {
        var replaced = 0;
        var first = -1;
        var columns = new List<string>();
        for (var c = 0; c < reader.FieldCount; c++)
        {
            var span = reader.GetSpan(c);
            if (!CsvLineSplitter.IsClean(span))
            {
                var count = Encoding.UTF8.GetString(span).Count(ch => ch == '\uFFFD');
                if (count > 0)
                {
                    replaced += count;
                    first = first < 0 ? c : first;
                    columns.Add(c < plan.Headers.Length ? plan.Headers[c] : string.Create(CultureInfo.InvariantCulture, $"(column {c + 1})"));
                }
            }
        }

        if (replaced == 0)
        {
            return;
        }

        undecodableRows++;
        undecodableCharacters += replaced;
        if (undecodableRows > MaxUndecodableWarnings)
        {
            firstUnlistedUndecodable = firstUnlistedUndecodable == 0 ? line : firstUnlistedUndecodable;
            return;
        }

        var text = Encoding.UTF8.GetString(reader.GetSpan(first));
        var what = decodesBytes
            ? string.Create(CultureInfo.InvariantCulture, $"{Count(replaced, "character")} could not be decoded as {encodingUsed.WebName} and became U+FFFD")
            : string.Create(CultureInfo.InvariantCulture, $"{Count(replaced, "character")} U+FFFD (text its source could not represent)");
        var reason = string.Create(CultureInfo.InvariantCulture, $"{what}, in {string.Join(", ", columns)}");
        if (undecodableRows == 1 && decodesBytes)
        {
            reason += "; " + EncodingHint();
        }

        warnings.Add(new RowIssue(line, id, plan.Headers.Length > first ? plan.Headers[first] : string.Empty, CsvLineSplitter.Preview(Encoding.UTF8.GetBytes(text)), RowIssueCode.UndecodableText, reason, IssueSeverity.Warning));
    }

    /// <summary>What to do about undecodable text: the file may mix encodings, or be in another one.</summary>
    private string EncodingHint()
    {
        var other = encodingUsed.CodePage == Encoding.UTF8.CodePage ? "gb18030" : "utf-8";
        return $"the file may change encoding part-way (e.g. UTF-8, then GB18030), or be in another encoding: save it in one encoding, or read it as {other} (--encoding {other}) or in the encoding it is in";
    }

    private static string Count(long n, string word) => n == 1 ? $"1 {word}" : string.Create(CultureInfo.InvariantCulture, $"{n:N0} {word}s");

    private void Issue(int line, string id, string column, string value, RuleViolation? violation)
    {
        if (violation is { } v)
        {
            rowIssues.Add(new RowIssue(line, id, column, value, v.Code, v.Reason, v.Severity));
        }
    }

    private void Commit(int line, in FirmIdentity identity)
    {
        var rejected = false;
        foreach (var issue in rowIssues)
        {
            if (issue.Severity == IssueSeverity.Error)
            {
                rejected = true;
                rejections.Add(issue);
            }
            else
            {
                warnings.Add(issue);
            }
        }

        if (rejected)
        {
            rejectedRows++;
            return;
        }

        builder.Add(identity, values, rowTags.Count == 0 ? null : rowTags, line);
    }

    private FirmReadResult Finish()
    {
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var keptColumns = new HashSet<int>();
        var ignored = new List<string>();
        for (var c = 0; c < plan.Headers.Length; c++)
        {
            if (plan.Kinds[c] == ColumnKind.CustomCandidate)
            {
                var slot = plan.Slots[c];
                if (candidateFirstBad[slot] is { } bad)
                {
                    warnings.Add(bad);
                }

                if (candidateFirstBad[slot] is not null || !candidateSawValue[slot])
                {
                    dropped.Add(plan.Targets[c]);
                    ignored.Add(plan.Headers[c]);
                    continue;
                }

                keptColumns.Add(c);
            }
            else if (plan.Kinds[c] == ColumnKind.Ignored)
            {
                ignored.Add(plan.Headers[c].Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"(column {c + 1})") : plan.Headers[c]);
            }
        }

        if (undecodableRows > MaxUndecodableWarnings)
        {
            warnings.Add(new RowIssue(
                firstUnlistedUndecodable,
                string.Empty,
                string.Empty,
                string.Empty,
                RowIssueCode.UndecodableText,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{undecodableRows - MaxUndecodableWarnings:N0} more lines, from line {firstUnlistedUndecodable} on, hold text that {(decodesBytes ? $"could not be decoded as {encodingUsed.WebName}" : "holds U+FFFD")} (not listed one by one; {undecodableCharacters:N0} characters on {undecodableRows:N0} lines in all){(decodesBytes ? "; " + EncodingHint() : string.Empty)}"),
                IssueSeverity.Warning));
        }

        var table = builder.BuildKeeping(m => !dropped.Contains(m.Id));
        return new FirmReadResult(
            table,
            rejections,
            rejectedRows,
            warnings,
            rowsRead,
            blankRows,
            encodingUsed,
            ignored,
            plan.Mappings(keptColumns.Contains),
            plan.MissingMeasures);
    }
}
