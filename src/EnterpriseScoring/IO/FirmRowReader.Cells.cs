using System.Globalization;
using System.Text;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

// Part of FirmRowReader: reading the cells of one row by kind — size class, start year, measures, flags, tags and texts.
internal sealed partial class FirmRowReader<TSource>
    where TSource : IFirmRowSource
{
    private SizeClass ReadSizeClass(int line, string id, int c)
    {
        var key = CellParser.Trim(reader.GetSpan(c));
        if (CellParser.IsMissing(key))
        {
            return SizeClass.Unspecified;
        }

        if (!sizeClasses.TryGet(key, out var parsed))
        {
            parsed = SizeClassNames.TryParse(reader.GetString(c), out var sizeClass) ? sizeClass : null;
            sizeClasses.Add(key, parsed);
        }

        if (parsed is { } known)
        {
            return known;
        }

        Issue(line, id, plan.Headers[c], reader.GetString(c), new RuleViolation(RowIssueCode.UnknownSizeClass, "unknown size class (expected 规上/规下, above/below, or empty)", IssueSeverity.Error));
        return SizeClass.Unspecified;
    }

    private int? ReadStartYear(int line, string id, int c)
    {
        var span = reader.GetSpan(c);
        switch (CellParser.ParseYear(span, out var year))
        {
            case CellStatus.Missing:
                return null;
            case CellStatus.Value:
                if (FirmRules.CheckStartYear(year) is { } bad)
                {
                    Issue(line, id, plan.Headers[c], CellParser.Text(span), bad);
                    return null;
                }

                return year;
            default:
                Issue(line, id, plan.Headers[c], CellParser.Text(span), new RuleViolation(RowIssueCode.InvalidStartYear, "start year is not a whole number", IssueSeverity.Error));
                return null;
        }
    }

    private void ReadMeasure(int line, string id, int c)
    {
        var slot = plan.Slots[c];
        var span = reader.GetSpan(c);
        switch (CellParser.ParseNumber(span, out var v))
        {
            case CellStatus.Missing:
                return;
            case CellStatus.Value:
                candidateSawValue[slot] = true;
                v = plan.Conversions[c].Apply(v);
                if (FirmRules.CheckMeasure(plan.Targets[c], v) is { } bad)
                {
                    Issue(line, id, plan.Headers[c], CellParser.Text(span), bad);
                    return;
                }

                values[slot] = v;
                return;
            case CellStatus.NonFinite:
                Issue(line, id, plan.Headers[c], CellParser.Text(span), FirmRules.CheckMeasure(plan.Targets[c], v));
                return;
            default:
                if (plan.Kinds[c] == ColumnKind.CustomCandidate)
                {
                    candidateFirstBad[slot] ??= new RowIssue(
                        line,
                        id,
                        plan.Headers[c],
                        CellParser.Text(span),
                        RowIssueCode.ColumnIgnored,
                        $"column '{TextExcerpt.Of(plan.Headers[c])}' is not a known column and holds non-numeric values (first on line {line.ToString(CultureInfo.InvariantCulture)}): ignored",
                        IssueSeverity.Warning);
                    return;
                }

                Issue(line, id, plan.Headers[c], CellParser.Text(span), new RuleViolation(RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error));
                return;
        }
    }

    private void ReadFlag(int line, string id, int c)
    {
        var span = reader.GetSpan(c);
        if (!CellParser.TryParseFlag(span, out var set))
        {
            Issue(line, id, plan.Headers[c], CellParser.Text(span), new RuleViolation(RowIssueCode.InvalidFlag, "not a yes/no value (是/否, 1/0, true/false, Y/N)", IssueSeverity.Error));
        }
        else if (set)
        {
            rowTags.Add(plan.Targets[c]);
        }
    }

    private void ReadTags(int c)
    {
        var key = CellParser.Trim(reader.GetSpan(c));
        if (key.IsEmpty)
        {
            return;
        }

        if (!tagLists.TryGet(key, out var tags))
        {
            var parts = Text(c).Split(TagSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = HeaderCatalog.TagNames.TryGetValue(parts[i], out var known) ? known : parts[i];
            }

            tags = parts;
            tagLists.Add(key, tags);
        }

        rowTags.AddRange(tags);
    }

    /// <summary>
    /// The trimmed text of cell <paramref name="c"/> (<see cref="string.Trim()"/> of <see cref="IFirmRowSource.GetString"/>),
    /// decoded from its bytes, without the leading <c>'</c> a CSV writer adds against formula injection (<see cref="FormulaGuard.Unescape"/>). Bytes that hold U+FFFD — the mark a source's encoder leaves for text it could not encode,
    /// such as a lone surrogate from a spreadsheet — are left to the source's own string.
    /// </summary>
    private string Text(int c)
    {
        var bytes = CellParser.Trim(reader.GetSpan(c));
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        return FormulaGuard.Unescape(bytes.IndexOf("\uFFFD"u8) >= 0 ? reader.GetString(c).Trim() : Encoding.UTF8.GetString(bytes).Trim());
    }

    /// <summary><see cref="Text(int)"/>, decoded once per distinct value by <paramref name="cache"/>.</summary>
    private string Text(int c, TextCache<string> cache)
    {
        var bytes = CellParser.Trim(reader.GetSpan(c));
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (bytes.IndexOf("\uFFFD"u8) >= 0)
        {
            return Text(c); // undecodable bytes: distinct source strings must not collapse to one cached value
        }

        if (!cache.TryGet(bytes, out var text))
        {
            text = Text(c);
            cache.Add(bytes, text);
        }

        return text;
    }
}
