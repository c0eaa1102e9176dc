using System.Globalization;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// Which firms belong to which platform in one year — firm → platform (主平台/分区分园) → county → city — from the firm
/// table's platform and region columns and a platform register, with the merges in force in that year.
/// </summary>
/// <remarks>
/// <para>A firm's platform cell names a register platform by id or (unambiguous) name. The firm counts in the platform
/// that holds that platform in the year (<see cref="PlatformRegister.EffectiveIn"/>: merges dated in the year or earlier
/// apply), and through it in its 主平台, its county and the city. A platform the register does not know becomes an
/// unregistered platform of its own, in the county most of its firms name (ties: the first in ordinal order), with a
/// warning; a firm whose region differs from its platform's county stays in the platform (warned). Firms with an empty
/// platform cell belong to no unit (<see cref="FirmsOutsidePlatforms"/>).</para>
/// <para>Units are the platforms alive in the year (register order, then unregistered ones in ordinal order), the counties
/// (ordinal order) and the city (<see cref="CityId"/>). Immutable and thread-safe.</para>
/// </remarks>
public sealed class PlatformMembership
{
    /// <summary>The id of the city unit (全市).</summary>
    public const string CityId = "全市";

    private readonly int[] groupOfRow;
    private readonly int[][] groupsOfUnit;
    private readonly Platform[][] entriesOfGroup;
    private readonly Dictionary<string, int> unitIndex;

    private PlatformMembership(int year, FirmTable table, PlatformUnit[] units, int[] groupOfRow, RowsByGroup rows, int[][] groupsOfUnit, Platform[][] entriesOfGroup, List<string> warnings)
    {
        Year = year;
        Table = table;
        GroupCount = rows.GroupCount;
        this.groupOfRow = groupOfRow;
        RowsByGroup = rows;
        this.groupsOfUnit = groupsOfUnit;
        this.entriesOfGroup = entriesOfGroup;
        Warnings = ValueList<string>.Own([.. warnings]);
        unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var u = 0; u < units.Length; u++)
        {
            unitIndex.TryAdd(units[u].Id, u);
        }

        FirmsOutsidePlatforms = groupOfRow.Length - rows.Rows.Length;
        Units = ValueList<PlatformUnit>.Own([.. units.Select((unit, u) => unit with { FirmCount = FirmsIn(groupsOfUnit[u]) })]);
    }

    /// <summary>The scorecard's year.</summary>
    public int Year { get; }

    /// <summary>The firms.</summary>
    public FirmTable Table { get; }

    /// <summary>The platforms alive in the year, then the counties, then the city.</summary>
    public IReadOnlyList<PlatformUnit> Units { get; }

    /// <summary>The number of firms whose platform cell is empty: they are in no unit.</summary>
    public int FirmsOutsidePlatforms { get; }

    /// <summary>What was assumed: platforms not in the register, firms whose region differs from their platform's county, ambiguous names.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The number of platform groups (the alive platforms; the first <see cref="GroupCount"/> units).</summary>
    internal int GroupCount { get; }

    /// <summary>The group of each table row; −1 for a firm outside any platform.</summary>
    internal ReadOnlySpan<int> GroupOfRow => groupOfRow;

    /// <summary>The group of each row, for kernels that keep the array (never written to).</summary>
    internal int[] GroupOfRowArray => groupOfRow;

    /// <summary>The rows in a platform, bucketed by group (each group's in table order).</summary>
    internal RowsByGroup RowsByGroup { get; }

    /// <summary>Works out the membership of <paramref name="table"/>'s firms in <paramref name="year"/>.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="register">The platform register; <see cref="PlatformRegister.Empty"/> when there is none.</param>
    /// <param name="year">The scorecard's year.</param>
    public static PlatformMembership Create(FirmTable table, PlatformRegister register, int year)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(register);
        var warnings = new List<string>();
        foreach (var name in register.AmbiguousNames)
        {
            warnings.Add($"平台名称 '{name}' 对应多个平台 several register platforms share the name '{name}': firms must name them by id");
        }

        // The alive register platforms are the first groups, in register order.
        var groups = new List<Platform>();
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in register.Platforms.Where(p => !p.IsMergedIn(year)))
        {
            groupOf[p.Id] = groups.Count;
            groups.Add(p);
        }

        // Each distinct platform cell → group; unknown names become unregistered platforms.
        var categories = table.Platforms.Categories;
        var groupOfCategory = new int[categories.Count];
        var unknown = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < categories.Count; c++)
        {
            var text = categories[c].Trim();
            if (text.Length == 0)
            {
                groupOfCategory[c] = -1;
            }
            else if (register.TryFind(text, out var platform))
            {
                groupOfCategory[c] = groupOf[register.EffectiveIn(platform, year).Id];
            }
            else
            {
                groupOfCategory[c] = -2;
                unknown.TryAdd(text, 0);
            }
        }

        foreach (var name in unknown.Keys)
        {
            groupOf[name] = groups.Count;
            groups.Add(new Platform { Id = name, Name = name });
        }

        for (var c = 0; c < categories.Count; c++)
        {
            if (groupOfCategory[c] == -2)
            {
                groupOfCategory[c] = groupOf[categories[c].Trim()];
            }
        }

        var codes = table.Platforms.Codes;
        var groupOfRow = new int[table.Count];
        for (var row = 0; row < groupOfRow.Length; row++)
        {
            groupOfRow[row] = groupOfCategory[codes[row]];
        }

        var rows = RowsByGroup.Of(groupOfRow, groups.Count);
        var counties = Counties(table, groups, groupOfRow, rows, register.Platforms.Count > 0, register.Platforms.Count(p => !p.IsMergedIn(year)), warnings);
        var parents = Parents(register, groups, groupOf, year, warnings);
        var byEffective = register.Platforms.ToLookup(p => register.EffectiveIn(p, year).Id, StringComparer.Ordinal);
        var entries = groups.Select(g => register.TryGet(g.Id, out _) ? byEffective[g.Id].ToArray() : []).ToArray();

        var units = new List<PlatformUnit>();
        var groupsOfUnit = new List<int[]>(WithinEachGroup(parents));
        for (var g = 0; g < groups.Count; g++)
        {
            var registered = register.TryGet(groups[g].Id, out _);
            units.Add(new PlatformUnit
            {
                Id = groups[g].Id,
                Name = groups[g].DisplayName,
                Kind = PlatformUnitKind.Platform,
                Level = groups[g].Level,
                County = counties[g],
                Parent = parents[g] >= 0 ? groups[parents[g]].Id : string.Empty,
                IsRegistered = registered,
                Absorbed = [.. entries[g].Where(e => e.Id != groups[g].Id).Select(e => e.Id)],
            });
        }

        // One pass over the groups: each county's groups in group order (a SortedDictionary gives the counties in ordinal order).
        var groupsOfCounty = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            if (counties[g].Length > 0)
            {
                if (!groupsOfCounty.TryGetValue(counties[g], out var list))
                {
                    groupsOfCounty.Add(counties[g], list = []);
                }

                list.Add(g);
            }
        }

        foreach (var (county, list) in groupsOfCounty)
        {
            units.Add(new PlatformUnit { Id = county, Name = county, Kind = PlatformUnitKind.County, County = county });
            groupsOfUnit.Add([.. list]);
        }

        units.Add(new PlatformUnit { Id = CityId, Name = CityId, Kind = PlatformUnitKind.City });
        groupsOfUnit.Add([.. Enumerable.Range(0, groups.Count)]);
        return new PlatformMembership(year, table, [.. units], groupOfRow, rows, [.. groupsOfUnit], entries, warnings);
    }

    /// <summary>The unit with id <paramref name="id"/>.</summary>
    /// <param name="id">A platform id, a county or <see cref="CityId"/>.</param>
    /// <param name="unit">The unit, when found.</param>
    public bool TryGetUnit(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PlatformUnit? unit)
    {
        unit = unitIndex.TryGetValue(id, out var u) ? Units[u] : null;
        return unit is not null;
    }

    /// <summary>The unit of row <paramref name="row"/>'s platform (itself a 分区分园 or a main platform); null for a firm outside any platform.</summary>
    /// <param name="row">The table row.</param>
    public PlatformUnit? PlatformOf(int row) => groupOfRow[row] >= 0 ? Units[groupOfRow[row]] : null;

    /// <summary>The position of the unit with id <paramref name="id"/> in <see cref="Units"/>; −1 when none.</summary>
    internal int IndexOf(string id) => unitIndex.TryGetValue(id, out var u) ? u : -1;

    /// <summary>The groups whose firms unit <paramref name="unit"/> covers.</summary>
    internal ReadOnlySpan<int> GroupsOf(int unit) => groupsOfUnit[unit];

    /// <summary>The register entries whose figures group <paramref name="group"/> holds: the platform and those merged into it; none for an unregistered platform.</summary>
    internal IReadOnlyList<Platform> EntriesOf(int group) => entriesOfGroup[group];

    /// <summary>
    /// The groups within each group — itself, its 分区分园, theirs … — in ascending order: each group is added to itself and
    /// to every ancestor up its parent chain (acyclic: <see cref="Parents"/> breaks cycles), O(groups × depth).
    /// </summary>
    private static int[][] WithinEachGroup(int[] parents)
    {
        var within = new List<int>[parents.Length];
        for (var g = 0; g < parents.Length; g++)
        {
            within[g] = [];
        }

        for (var d = 0; d < parents.Length; d++)
        {
            for (var (a, steps) = (d, 0); a >= 0 && steps <= parents.Length; (a, steps) = (parents[a], steps + 1))
            {
                within[a].Add(d);
            }
        }

        return [.. within.Select(w => w.ToArray())];
    }

    private int FirmsIn(int[] groups)
    {
        var firms = 0;
        foreach (var g in groups)
        {
            firms += RowsByGroup.Start[g + 1] - RowsByGroup.Start[g];
        }

        return firms;
    }

    /// <summary>Each group's county: the register's, else the region most of its firms name; warns about what it assumed.</summary>
    private static string[] Counties(FirmTable table, List<Platform> groups, int[] groupOfRow, RowsByGroup rows, bool hasRegister, int registeredGroups, List<string> warnings)
    {
        var regionCodes = table.Regions.Codes;

        // One pass in row order: each group's region code when all its firms name the same one (most groups), else −2
        // (−1: no firms). Only the groups of several regions are counted over their rows below.
        var onlyRegion = new int[groups.Count];
        Array.Fill(onlyRegion, -1);
        for (var row = 0; row < groupOfRow.Length; row++)
        {
            if (groupOfRow[row] is var group and >= 0 && onlyRegion[group] != regionCodes[row])
            {
                onlyRegion[group] = onlyRegion[group] == -1 ? regionCodes[row] : -2;
            }
        }

        var firmsOfRegion = new int[table.Regions.Categories.Count];
        var regionsSeen = new List<int>();
        var counties = new string[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            // The group's firms per region code, counted over its rows only (a scratch count per code, cleared after).
            regionsSeen.Clear();
            if (onlyRegion[g] >= 0)
            {
                regionsSeen.Add(onlyRegion[g]);
                firmsOfRegion[onlyRegion[g]] = rows.Start[g + 1] - rows.Start[g];
            }
            else
            {
                foreach (var row in rows.Rows.AsSpan(rows.Start[g], rows.Start[g + 1] - rows.Start[g]))
                {
                    if (firmsOfRegion[regionCodes[row]]++ == 0)
                    {
                        regionsSeen.Add(regionCodes[row]);
                    }
                }
            }

            var regions = regionsSeen
                .Select(code => (Region: table.Regions.Categories[code].Trim(), Firms: firmsOfRegion[code]))
                .Where(r => r.Region.Length > 0)
                .OrderByDescending(r => r.Firms).ThenBy(r => r.Region, StringComparer.Ordinal)
                .ToArray();
            var firms = rows.Start[g + 1] - rows.Start[g];
            foreach (var code in regionsSeen)
            {
                firmsOfRegion[code] = 0;
            }

            if (g >= registeredGroups)
            {
                counties[g] = regions.Length > 0 ? regions[0].Region : string.Empty;
                if (hasRegister)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture, $"平台 '{groups[g].Id}' 不在平台名录中 is not in the platform register: its {firms} firm(s) form an unregistered platform of county '{counties[g]}'"));
                }
                else if (regions.Length > 1)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture, $"平台 '{groups[g].Id}' 的企业分属多个地区 has firms in several regions ({string.Join(", ", regions.Select(r => $"{r.Region} {r.Firms}"))}): counted in county '{counties[g]}', where most are"));
                }

                continue;
            }

            counties[g] = groups[g].County.Length > 0 ? groups[g].County : regions.Length > 0 ? regions[0].Region : string.Empty;
            var elsewhere = regions.Where(r => r.Region != counties[g]).ToArray();
            if (elsewhere.Length > 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"平台 '{groups[g].Id}' 有企业的地区与其所属县不同 has firms whose region is not its county '{counties[g]}' ({string.Join(", ", elsewhere.Select(r => $"{r.Region} {r.Firms}"))}): they count in the platform and its county"));
            }
        }

        return counties;
    }

    /// <summary>Each group's parent group in the year (the parent's effective platform); −1 for a main platform.</summary>
    private static int[] Parents(PlatformRegister register, List<Platform> groups, Dictionary<string, int> groupOf, int year, List<string> warnings)
    {
        var parents = new int[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            parents[g] = -1;
            if (groups[g].Parent.Length > 0 && register.TryGet(groups[g].Parent, out var parent))
            {
                var p = groupOf[register.EffectiveIn(parent, year).Id];
                if (p != g)
                {
                    parents[g] = p;
                }
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var seen = new HashSet<int>();
            for (var a = g; a >= 0; a = parents[a])
            {
                if (!seen.Add(a))
                {
                    warnings.Add($"平台 '{groups[g].Id}' 的上级关系在 {year} 年因并入而成环 its parents form a cycle through merges in {year}: it is treated as a main platform");
                    parents[g] = -1;
                    break;
                }
            }
        }

        return parents;
    }
}
