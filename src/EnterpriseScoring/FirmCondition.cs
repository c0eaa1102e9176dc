using System.Globalization;

namespace EnterpriseScoring;

/// <summary>
/// A condition on a firm, used to select pools, eligibility outcomes and tier overrides: size class, evaluated land
/// area (a band with inclusive or exclusive bounds, e.g. "≥ 3 亩 (含)"), industry code prefixes or exact codes
/// (GB/T 4754), tags, regions, measure thresholds (&gt;, ≥, &lt;, ≤) and years since the start of production. Every part that is set must hold; an unset
/// part matches everything, so <see cref="All"/> matches every firm.
/// </summary>
/// <remarks>A value: immutable in fact (lists and dictionaries are copied on initialisation), derived with <see langword="with"/>, equal by value (lists item by item, dictionaries entry by entry). Thread-safe.</remarks>
public sealed record FirmCondition
{
    /// <summary>A condition that matches every firm.</summary>
    public static FirmCondition All { get; } = new();

    /// <summary>Required size class, or <see langword="null"/> for any.</summary>
    public SizeClass? SizeClass { get; init; }

    /// <summary>Lower bound of the evaluated land area (亩), or <see langword="null"/>.</summary>
    public double? MinLand { get; init; }

    /// <summary>Whether <see cref="MinLand"/> itself is in the band ("(含)"). <value>The default value is <see langword="true"/>.</value></summary>
    public bool MinLandInclusive { get; init; } = true;

    /// <summary>Upper bound of the evaluated land area (亩), or <see langword="null"/>.</summary>
    public double? MaxLand { get; init; }

    /// <summary>Whether <see cref="MaxLand"/> itself is in the band. <value>The default value is <see langword="false"/>.</value></summary>
    public bool MaxLandInclusive { get; init; }

    /// <summary>Industry code prefixes; a firm matches when its code starts with any (a leading section letter such as C is ignored on both sides).</summary>
    public IReadOnlyList<string> IndustryPrefixes { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>
    /// Exact industry codes; a firm matches when its code equals one of them (case-insensitive, a leading section
    /// letter such as C is ignored on both sides, so <c>C2611</c> equals <c>2611</c> but not <c>26110</c>).
    /// </summary>
    public IReadOnlyList<string> IndustryCodes { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>Tags the firm must all carry.</summary>
    public IReadOnlyList<string> RequiredTags { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>Tags of which the firm must carry at least one (empty = no condition).</summary>
    public IReadOnlyList<string> AnyTags { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>Measures that must be reported and strictly greater than the given value (超过/高于, e.g. revenue &gt; 500000 万元 for 超过50亿元); a missing value fails.</summary>
    public IReadOnlyDictionary<string, double> MeasureGreaterThan { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.EmptyOrdinal<double>();

    /// <summary>Measures that must be reported and at least the given value (以上(含)/不低于, e.g. revenue ≥ 100000 万元); a missing value fails.</summary>
    public IReadOnlyDictionary<string, double> MeasureAtLeast { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.EmptyOrdinal<double>();

    /// <summary>Measures that must be reported and strictly below the given value (低于/不足/以下(不含)); a missing value fails.</summary>
    public IReadOnlyDictionary<string, double> MeasureBelow { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.EmptyOrdinal<double>();

    /// <summary>Measures that must be reported and at most the given value (以下(含)/不超过); a missing value fails.</summary>
    public IReadOnlyDictionary<string, double> MeasureAtMost { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.EmptyOrdinal<double>();

    /// <summary>
    /// Matches firms that started production fewer than this many years before the evaluation year
    /// (evaluation year − start year &lt; N); a firm with no start year fails.
    /// </summary>
    public int? StartedWithinYears { get; init; }

    /// <summary>Regions; a firm matches when its region is one of them (ordinal).</summary>
    public IReadOnlyList<string> Regions { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>Whether row <paramref name="row"/> of <paramref name="table"/> with evaluated area <paramref name="landArea"/> matches.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="row">The row.</param>
    /// <param name="landArea">The row's evaluated land area (NaN when unknown; an unknown area fails any land bound).</param>
    /// <param name="evaluationYear">The evaluation year, for <see cref="StartedWithinYears"/>.</param>
    public bool Matches(FirmTable table, int row, double landArea, int evaluationYear = 0)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (SizeClass is { } size && table.SizeClasses[row] != size)
        {
            return false;
        }

        if (MinLand is { } min && !(MinLandInclusive ? landArea >= min : landArea > min))
        {
            return false;
        }

        if (MaxLand is { } max && !(MaxLandInclusive ? landArea <= max : landArea < max))
        {
            return false;
        }

        if (IndustryPrefixes.Count > 0 && !IndustryMatches(table.Industries[row]))
        {
            return false;
        }

        if (IndustryCodes.Count > 0 && !IndustryCodeEquals(table.Industries[row]))
        {
            return false;
        }

        foreach (var tag in RequiredTags)
        {
            if (!table.HasTag(row, tag))
            {
                return false;
            }
        }

        if (AnyTags.Count > 0 && !HasAnyTag(table, row))
        {
            return false;
        }

        if (!MeasuresMatch(table, row))
        {
            return false;
        }

        if (StartedWithinYears is { } years
            && !(table.StartYearPresence[row] && evaluationYear - table.StartYears[row] < years))
        {
            return false;
        }

        if (Regions.Count > 0)
        {
            var region = table.Regions[row];
            var found = false;
            foreach (var r in Regions)
            {
                found |= string.Equals(r, region, StringComparison.Ordinal);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A readable description, e.g. <c>size = 规上, land ≥ 3 亩</c>; <c>all firms</c> when nothing is set.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (SizeClass is { } size)
        {
            parts.Add("size = " + SizeClassNames.ToChinese(size));
        }

        if (MinLand is { } min)
        {
            parts.Add("land " + (MinLandInclusive ? "≥ " : "> ") + min.ToString("0.####", CultureInfo.InvariantCulture) + " 亩");
        }

        if (MaxLand is { } max)
        {
            parts.Add("land " + (MaxLandInclusive ? "≤ " : "< ") + max.ToString("0.####", CultureInfo.InvariantCulture) + " 亩");
        }

        if (IndustryPrefixes.Count > 0)
        {
            parts.Add("industry in " + string.Join("|", IndustryPrefixes));
        }

        if (IndustryCodes.Count > 0)
        {
            parts.Add("industry = " + string.Join("|", IndustryCodes));
        }

        if (RequiredTags.Count > 0)
        {
            parts.Add("tags " + string.Join("+", RequiredTags));
        }

        if (AnyTags.Count > 0)
        {
            parts.Add("any tag of " + string.Join("|", AnyTags));
        }

        foreach (var threshold in MeasureThresholds())
        {
            parts.Add(threshold.ToString());
        }

        if (StartedWithinYears is { } years)
        {
            parts.Add($"started < {years.ToString(CultureInfo.InvariantCulture)} years ago");
        }

        if (Regions.Count > 0)
        {
            parts.Add("region in " + string.Join("|", Regions));
        }

        return parts.Count == 0 ? "all firms" : string.Join(", ", parts);
    }

    /// <summary>
    /// Every measure threshold: those of <see cref="MeasureGreaterThan"/>, <see cref="MeasureAtLeast"/>,
    /// <see cref="MeasureBelow"/> and <see cref="MeasureAtMost"/> in that order, each by measure id (ordinal).
    /// </summary>
    internal IEnumerable<MeasureThreshold> MeasureThresholds() =>
        Thresholds(MeasureGreaterThan, MeasureComparison.GreaterThan)
            .Concat(Thresholds(MeasureAtLeast, MeasureComparison.AtLeast))
            .Concat(Thresholds(MeasureBelow, MeasureComparison.LessThan))
            .Concat(Thresholds(MeasureAtMost, MeasureComparison.AtMost));

    private static IEnumerable<MeasureThreshold> Thresholds(IReadOnlyDictionary<string, double> values, MeasureComparison comparison) =>
        values.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new MeasureThreshold(m.Key, comparison, m.Value));

    private bool MeasuresMatch(FirmTable table, int row)
    {
        foreach (var threshold in MeasureThresholds())
        {
            if (!table.TryGetMeasure(threshold.Measure, out var column) || !column.TryGet(row, out var v) || !threshold.Holds(v))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasAnyTag(FirmTable table, int row)
    {
        foreach (var tag in AnyTags)
        {
            if (table.HasTag(row, tag))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an industry code starts with one of <see cref="IndustryPrefixes"/> (shared with the column-wise evaluation in <see cref="Engine.ConditionMask"/>).</summary>
    internal bool IndustryMatches(string code) => IndustryIn(code, IndustryPrefixes, prefix: true);

    /// <summary>Whether an industry code equals one of <see cref="IndustryCodes"/> (shared with <see cref="Engine.ConditionMask"/>).</summary>
    internal bool IndustryCodeEquals(string code) => IndustryIn(code, IndustryCodes, prefix: false);

    /// <summary>Whether a code starts with (or equals) one of <paramref name="codes"/>, a leading section letter ignored on both sides, case-insensitively.</summary>
    internal static bool IndustryIn(string code, IReadOnlyList<string> codes, bool prefix)
    {
        var c = StripSection(code);
        foreach (var listed in codes)
        {
            var l = StripSection(listed);
            if (prefix ? c.StartsWith(l, StringComparison.OrdinalIgnoreCase) : c.Equals(l, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static ReadOnlySpan<char> StripSection(string code)
    {
        var span = code.AsSpan().Trim();
        return span.Length > 1 && char.IsAsciiLetter(span[0]) && char.IsAsciiDigit(span[1]) ? span[1..] : span;
    }
}
