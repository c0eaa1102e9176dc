using System.Globalization;
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
    Parcel,
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
        Conversions = new UnitConversion[headers.Length];
        Array.Fill(Conversions, UnitConversion.Identity);
        SourceUnits = new string[headers.Length];
        Array.Fill(SourceUnits, string.Empty);
        Aliased = new bool[headers.Length];
    }

    /// <summary>For each column, whether a header alias (<see cref="FirmCsvReaderOptions.HeaderAliases"/>) named its target.</summary>
    public bool[] Aliased { get; }

    /// <summary>For each column, the conversion of its values to the measure's canonical unit (identity for other columns).</summary>
    public UnitConversion[] Conversions { get; }

    /// <summary>For each measure column, the unit its values are in (see <see cref="ColumnMapping.SourceUnit"/>).</summary>
    public string[] SourceUnits { get; }

    /// <summary>File-level warnings about the header (unrecognised units), reported on line 1.</summary>
    public List<RowIssue> Warnings { get; } = [];

    /// <summary>The expected measures (<see cref="FirmCsvReaderOptions.ExpectedMeasures"/>) no column provides, in order.</summary>
    public IReadOnlyList<string> MissingMeasures { get; private set; } = [];

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
        var headers = rawHeaders.Select(h => FormulaGuard.Unescape((h ?? string.Empty).Trim().Trim('\uFEFF'))).ToArray();
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

        var headerUnits = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, unit) in options.HeaderUnits)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(unit, nameof(options));
            headerUnits[HeaderCatalog.Normalize(header ?? string.Empty)] = unit.Trim();
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
                FirmColumns.Parcel => ColumnKind.Parcel,
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

        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in options.ExpectedMeasures)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(options));
            expected.TryAdd(HeaderCatalog.Normalize(id), id);
        }

        foreach (var i in customCandidates)
        {
            var (name, unit) = HeaderCatalog.SplitUnit(headers[i]);
            if (expected.TryGetValue(HeaderCatalog.Normalize(name), out var expectedId) && !measureIds.Contains(expectedId) && !firstColumnOf.ContainsKey(expectedId))
            {
                // A measure the caller needs: a real measure column, whose bad cells reject their rows.
                kinds[i] = ColumnKind.Measure;
                targets[i] = expectedId;
                firstColumnOf[expectedId] = i;
                slots[i] = measures.Count;
                measures.Add(CustomMeasure(expectedId, unit));
                measureIds.Add(expectedId);
                continue;
            }

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

        var plan = new ColumnPlan(headers, kinds, slots, targets, measures);
        for (var i = 0; i < headers.Length; i++)
        {
            plan.Aliased[i] = aliases.ContainsKey(HeaderCatalog.Normalize(headers[i]));
        }

        plan.SuggestForUnknownHeaders(aliases, target => firstColumnOf.ContainsKey(target) || measureIds.Contains(target));
        plan.ResolveUnits(options.InputUnits ?? InputUnits.Default, headerUnits);
        plan.MissingMeasures = [.. options.ExpectedMeasures.Where(id => !measureIds.Contains(id)).Distinct(StringComparer.Ordinal)];
        return plan;
    }

    /// <summary>
    /// Warns (on line 1) about each unknown header that is close to a known column name or alias whose column the file
    /// lacks: a likely typo, e.g. <c>taxx</c> for <c>tax</c> (see <see cref="HeaderSuggestions"/>).
    /// </summary>
    private void SuggestForUnknownHeaders(IReadOnlyDictionary<string, string> aliases, Func<string, bool> provided)
    {
        var examined = 0;
        for (var c = 0; c < Headers.Length && examined < HeaderSuggestions.MaxHeadersExamined; c++)
        {
            if (Kinds[c] != ColumnKind.CustomCandidate)
            {
                continue;
            }

            examined++;
            if (HeaderSuggestions.ClosestTarget(Headers[c], aliases) is { } target && !provided(target))
            {
                Warnings.Add(new RowIssue(
                    1,
                    string.Empty,
                    Headers[c],
                    Headers[c],
                    RowIssueCode.UnrecognisedHeader,
                    $"column '{Headers[c]}' is not a known column (kept as a custom measure when numeric, else ignored): did you mean {HeaderSuggestions.Describe(target)}? Rename it, or map it with a header alias / 列名无法识别",
                    IssueSeverity.Warning));
            }
        }
    }

    /// <summary>
    /// Decides the unit of each measure column (header suffix, else the header's unit in
    /// <see cref="FirmCsvReaderOptions.HeaderUnits"/>, else the input unit for money and land, else canonical) and its
    /// conversion to the canonical unit; throws when a header's unit cannot measure its column.
    /// </summary>
    private void ResolveUnits(InputUnits inputUnits, Dictionary<string, string> headerUnits)
    {
        var money = InputUnit(inputUnits.Money, UnitDimension.Money, "InputUnits.Money");
        var area = InputUnit(inputUnits.Area, UnitDimension.Area, "InputUnits.Area");
        var incompatible = new List<string>();
        for (var c = 0; c < Headers.Length; c++)
        {
            if (Kinds[c] is not (ColumnKind.Measure or ColumnKind.CustomCandidate))
            {
                continue;
            }

            var headerUnit = HeaderCatalog.SplitUnit(Headers[c]).Unit;
            if (headerUnit.Length == 0 && headerUnits.TryGetValue(HeaderCatalog.Normalize(Headers[c]), out var declared))
            {
                headerUnit = declared;
            }

            if (!KnownMeasures.TryGet(Targets[c], out var known))
            {
                SourceUnits[c] = headerUnit;
                continue;
            }

            UnitCatalog.TryGet(known.Unit, out var canonical);
            if (headerUnit.Length == 0)
            {
                var assumed = canonical.Dimension switch
                {
                    UnitDimension.Money => money,
                    UnitDimension.Area when canonical.Name == "亩" => area,
                    _ => canonical,
                };
                SourceUnits[c] = assumed.Name;
                Conversions[c] = UnitCatalog.Conversion(assumed, canonical);
                continue;
            }

            SourceUnits[c] = headerUnit;
            if (!UnitCatalog.TryGet(headerUnit, out var unit))
            {
                Warnings.Add(new RowIssue(
                    1,
                    string.Empty,
                    Headers[c],
                    headerUnit,
                    RowIssueCode.UnknownUnit,
                    $"unit '{headerUnit}' of column '{Headers[c]}' is not recognised: values are read as {known.Id} in {known.Unit}, unconverted",
                    IssueSeverity.Warning));
                continue;
            }

            if (unit.Dimension != canonical.Dimension)
            {
                incompatible.Add(string.Create(CultureInfo.InvariantCulture, $"'{Headers[c]}' (column {c + 1}): {unit.Name} is {unit.DimensionName}, but {known.Id} is {canonical.DimensionName} in {known.Unit}"));
                continue;
            }

            Conversions[c] = UnitCatalog.Conversion(unit, canonical);
        }

        if (incompatible.Count > 0)
        {
            throw new FirmDataException(
                $"The unit in the header of {(incompatible.Count == 1 ? "a column" : "columns")} cannot measure {(incompatible.Count == 1 ? "it" : "them")}: {string.Join("; ", incompatible)}. Correct the header's unit, or map the column elsewhere with a header alias.");
        }
    }

    private static UnitInfo InputUnit(string? text, UnitDimension dimension, string what)
    {
        if (text is not null && UnitCatalog.TryGet(text, out var unit) && unit.Dimension == dimension)
        {
            return unit;
        }

        throw new ArgumentException($"{what} '{text}' is not a unit of {(dimension == UnitDimension.Money ? "money" : "area")}; expected one of {string.Join(", ", UnitCatalog.Spellings(dimension))}.", "options");
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
            var measure = role is ColumnRole.Measure or ColumnRole.CustomMeasure;
            result[i] = new ColumnMapping(i, Headers[i], role, target)
            {
                SourceUnit = measure ? SourceUnits[i] : string.Empty,
                Unit = measure ? Measures[Slots[i]].Unit : string.Empty,
                Factor = measure ? Conversions[i].Factor : 1,
                IsAliased = Aliased[i] && role != ColumnRole.Ignored,
            };
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
