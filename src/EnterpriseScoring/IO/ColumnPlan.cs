using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>What the reader does with one column.</summary>
internal enum ColumnKind
{
    Ignored,
    Id,
    Name,
    Region,
    Platform,
    Industry,
    SizeClass,
    StartYear,
    Tags,
    Tag,
    Measure,
    CustomCandidate,
}

/// <summary>The reading plan derived from a header row: what each column is, and the measure slots of the table.</summary>
internal sealed class ColumnPlan
{
    private ColumnPlan(string[] headers, ColumnKind[] kinds, int[] slots, string[] targets, List<Measure> measures)
    {
        Headers = headers;
        Kinds = kinds;
        Slots = slots;
        Targets = targets;
        Measures = measures;
    }

    /// <summary>The headers as written (trimmed).</summary>
    public string[] Headers { get; }

    /// <summary>The kind of each column.</summary>
    public ColumnKind[] Kinds { get; }

    /// <summary>For measure columns, the index in <see cref="Measures"/>; otherwise -1.</summary>
    public int[] Slots { get; }

    /// <summary>The target of each column: field name, measure id, tag, or empty.</summary>
    public string[] Targets { get; }

    /// <summary>The measure columns of the table to build, in file order (custom candidates included).</summary>
    public List<Measure> Measures { get; }

    /// <summary>The column index of a kind, or -1.</summary>
    public int IndexOf(ColumnKind kind) => Array.IndexOf(Kinds, kind);

    public static ColumnPlan Create(IReadOnlyList<string> rawHeaders, FirmCsvReaderOptions options)
    {
        var headers = rawHeaders.Select(h => (h ?? string.Empty).Trim().Trim('\uFEFF')).ToArray();
        if (headers.Length == 0 || headers.All(h => h.Length == 0))
        {
            throw new FirmDataException("The file has no header row.");
        }

        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, target) in options.HeaderAliases)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(target, nameof(options));
            aliases[HeaderCatalog.Normalize(header ?? string.Empty)] = target.Trim();
        }

        var kinds = new ColumnKind[headers.Length];
        var slots = new int[headers.Length];
        var targets = new string[headers.Length];
        var measures = new List<Measure>();
        var measureIds = new HashSet<string>(StringComparer.Ordinal);
        var firstColumnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        Array.Fill(slots, -1);
        var customCandidates = new List<int>();

        for (var i = 0; i < headers.Length; i++)
        {
            targets[i] = string.Empty;
            var target = HeaderCatalog.Resolve(headers[i], aliases);
            if (target is null)
            {
                customCandidates.Add(i);
                continue;
            }

            if (target == FirmColumns.Ignore)
            {
                kinds[i] = ColumnKind.Ignored;
                continue;
            }

            if (!firstColumnOf.TryAdd(target, i))
            {
                throw new FirmDataException(
                    $"Columns '{headers[firstColumnOf[target]]}' (column {firstColumnOf[target] + 1}) and '{headers[i]}' (column {i + 1}) both mean '{target}'. Remove one, or map one elsewhere with a header alias.");
            }

            targets[i] = target;
            kinds[i] = target switch
            {
                FirmColumns.Id => ColumnKind.Id,
                FirmColumns.Name => ColumnKind.Name,
                FirmColumns.Region => ColumnKind.Region,
                FirmColumns.Platform => ColumnKind.Platform,
                FirmColumns.Industry => ColumnKind.Industry,
                FirmColumns.SizeClass => ColumnKind.SizeClass,
                FirmColumns.StartYear => ColumnKind.StartYear,
                FirmColumns.Tags => ColumnKind.Tags,
                _ when target.StartsWith(FirmColumns.TagPrefix, StringComparison.Ordinal) => ColumnKind.Tag,
                _ => ColumnKind.Measure,
            };

            if (kinds[i] == ColumnKind.Tag)
            {
                targets[i] = target[FirmColumns.TagPrefix.Length..].Trim();
                if (targets[i].Length == 0)
                {
                    throw new FirmDataException($"Header alias target '{target}' for column '{headers[i]}' names no tag.");
                }
            }
            else if (kinds[i] == ColumnKind.Measure)
            {
                var measure = KnownMeasures.TryGet(target, out var known) ? known : CustomMeasure(target, HeaderCatalog.SplitUnit(headers[i]).Unit);
                slots[i] = measures.Count;
                measures.Add(measure);
                measureIds.Add(measure.Id);
            }
        }

        foreach (var i in customCandidates)
        {
            var (name, unit) = HeaderCatalog.SplitUnit(headers[i]);
            var id = Sanitize(name);
            if (id.Length == 0)
            {
                kinds[i] = ColumnKind.Ignored;
                continue;
            }

            var unique = id;
            for (var k = 2; measureIds.Contains(unique) || firstColumnOf.ContainsKey(unique); k++)
            {
                unique = FormattableString.Invariant($"{id}_{k}");
            }

            kinds[i] = ColumnKind.CustomCandidate;
            targets[i] = unique;
            slots[i] = measures.Count;
            measures.Add(CustomMeasure(unique, unit));
            measureIds.Add(unique);
        }

        var missing = new List<string>();
        foreach (var required in options.RequiredColumns)
        {
            var target = HeaderCatalog.Resolve(required, aliases) ?? required;
            if (!firstColumnOf.ContainsKey(target) && !measureIds.Contains(target))
            {
                missing.Add(required);
            }
        }

        if (missing.Count > 0)
        {
            throw new MissingColumnException(missing, headers);
        }

        return new ColumnPlan(headers, kinds, slots, targets, measures);
    }

    /// <summary>The mapping of each column, with the final decision on custom candidates.</summary>
    public ColumnMapping[] Mappings(Func<int, bool> candidateKept)
    {
        var result = new ColumnMapping[Headers.Length];
        for (var i = 0; i < Headers.Length; i++)
        {
            var (role, target) = Kinds[i] switch
            {
                ColumnKind.Ignored => (ColumnRole.Ignored, string.Empty),
                ColumnKind.Tag => (ColumnRole.Tag, Targets[i]),
                ColumnKind.Tags => (ColumnRole.TagList, Targets[i]),
                ColumnKind.Measure => (KnownMeasures.TryGet(Targets[i], out _) ? ColumnRole.Measure : ColumnRole.CustomMeasure, Targets[i]),
                ColumnKind.CustomCandidate => candidateKept(i) ? (ColumnRole.CustomMeasure, Targets[i]) : (ColumnRole.Ignored, string.Empty),
                _ => (ColumnRole.Field, Targets[i]),
            };
            result[i] = new ColumnMapping(i, Headers[i], role, target);
        }

        return result;
    }

    private static Measure CustomMeasure(string id, string unit) => new(id, id, id, unit);

    private static string Sanitize(string name)
    {
        var chars = name.Where(c => !char.IsControl(c)).Select(c => char.IsWhiteSpace(c) ? '_' : c).ToArray();
        return new string(chars).Trim('_');
    }
}
