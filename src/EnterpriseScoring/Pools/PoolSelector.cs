using System.Globalization;

namespace EnterpriseScoring.Pools;

/// <summary>
/// Which firms belong to a pool: conditions on size class, evaluated land area (a band with inclusive or exclusive
/// bounds, e.g. "≥ 3 亩 (含)"), industry code prefixes (GB/T 4754), tags and regions. Every condition that is set
/// must hold; an unset condition matches everything.
/// </summary>
/// <remarks>Immutable once initialised.</remarks>
public sealed class PoolSelector
{
    /// <summary>A selector that matches every firm.</summary>
    public static PoolSelector All { get; } = new();

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
    public IReadOnlyList<string> IndustryPrefixes { get; init; } = [];

    /// <summary>Tags the firm must all carry.</summary>
    public IReadOnlyList<string> RequiredTags { get; init; } = [];

    /// <summary>Regions; a firm matches when its region is one of them (ordinal).</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Whether row <paramref name="row"/> of <paramref name="table"/> with evaluated area <paramref name="landArea"/> matches.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="row">The row.</param>
    /// <param name="landArea">The row's evaluated land area (NaN when unknown; an unknown area fails any land bound).</param>
    public bool Matches(FirmTable table, int row, double landArea)
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

        foreach (var tag in RequiredTags)
        {
            if (!table.HasTag(row, tag))
            {
                return false;
            }
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

    /// <summary>A readable description, e.g. <c>size = 规上, land ≥ 3 亩</c>.</summary>
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

        if (RequiredTags.Count > 0)
        {
            parts.Add("tags " + string.Join("+", RequiredTags));
        }

        if (Regions.Count > 0)
        {
            parts.Add("region in " + string.Join("|", Regions));
        }

        return parts.Count == 0 ? "all firms" : string.Join(", ", parts);
    }

    private bool IndustryMatches(string code)
    {
        var c = StripSection(code);
        foreach (var prefix in IndustryPrefixes)
        {
            if (c.StartsWith(StripSection(prefix), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> StripSection(string code)
    {
        var span = code.AsSpan().Trim();
        return span.Length > 1 && char.IsAsciiLetter(span[0]) && char.IsAsciiDigit(span[1]) ? span[1..] : span;
    }
}
