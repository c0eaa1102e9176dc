using System.Globalization;

namespace EnterpriseScoring.Benchmarks;

/// <summary>
/// The pool mean within the firm's industry group (行业平均): the mean of <see cref="Kind"/> over the pool's rated firms
/// with a value whose GB/T 4754 code falls in the same group — 门类 (<see cref="IndustryLevel.Section"/>), 大类
/// (<see cref="IndustryLevel.Division"/>) or the profile's own <see cref="Groups"/>. A firm without an industry code,
/// in no group, or in a group of fewer than <see cref="MinFirms"/> such firms gets the pool figure (the pool mean of the
/// same kind), and its explanation says why.
/// </summary>
/// <remarks>
/// <para><see cref="Compute"/> gives the pool figure (what a pool-level summary shows); the engine calls
/// <see cref="ComputeGroups"/> for the figure of each firm. The groups are formed in one pass (a counting sort by group),
/// and each group's sums are taken over a sorted copy, so any permutation of the pool gives bit-identical figures.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>industry group C26, 6 firms ≥ 5: group mean (ratio of sums) Σnumerators / Σdenominators = 1234.5 / 56.7 = 21.77 (n = 6)</c></example>
public sealed class IndustryMeanBenchmark : IBenchmark
{
    /// <summary>The name profiles use.</summary>
    public const string BenchmarkName = "industry_mean";

    /// <summary>The minimum group size when a profile gives none.</summary>
    public const int DefaultMinFirms = 5;

    // GB/T 4754—2017 《国民经济行业分类》: the first division of each section, in order (A 01–05, B 06–12, …, T 97).
    private static readonly (int FirstDivision, char Section)[] Sections =
    [
        (1, 'A'), (6, 'B'), (13, 'C'), (44, 'D'), (47, 'E'), (51, 'F'), (53, 'G'), (61, 'H'), (63, 'I'), (66, 'J'),
        (70, 'K'), (71, 'L'), (73, 'M'), (76, 'N'), (80, 'O'), (83, 'P'), (84, 'Q'), (86, 'R'), (91, 'S'), (97, 'T'), (98, '\0'),
    ];

    /// <summary>Creates an industry-mean benchmark.</summary>
    /// <param name="kind">Ratio of sums or mean of ratios.</param>
    /// <param name="level">How firms are grouped.</param>
    /// <param name="groups">The profile's groups: required (non-empty) for <see cref="IndustryLevel.Groups"/>, empty otherwise.</param>
    /// <param name="minFirms">The smallest group whose own mean is used (≥ 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="level"/> is not defined, or <paramref name="minFirms"/> &lt; 1.</exception>
    /// <exception cref="ArgumentException">The groups do not fit the level, or a group has no id, no prefix, an empty prefix, a duplicate id, or a prefix that overlaps another group's.</exception>
    public IndustryMeanBenchmark(MeanKind kind, IndustryLevel level, IReadOnlyList<IndustryGroup>? groups = null, int minFirms = DefaultMinFirms)
    {
        if (kind is not (MeanKind.RatioOfSums or MeanKind.MeanOfRatios))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown mean kind.");
        }

        if (level is not (IndustryLevel.Section or IndustryLevel.Division or IndustryLevel.Groups))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown industry level.");
        }

        if (minFirms < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minFirms), minFirms, "min_firms must be at least 1.");
        }

        groups ??= [];
        if (level == IndustryLevel.Groups && groups.Count == 0)
        {
            throw new ArgumentException("level groups needs at least one group.", nameof(groups));
        }

        if (level != IndustryLevel.Groups && groups.Count > 0)
        {
            throw new ArgumentException($"groups are used only with level groups, not {level}.", nameof(groups));
        }

        var problems = GroupProblems(groups).Take(1).ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException($"groups{problems[0].Path}: {problems[0].Message}", nameof(groups));
        }

        Kind = kind;
        Level = level;
        Groups = ReadOnlyCopy.List(groups);
        MinFirms = minFirms;
    }

    /// <summary>Which mean.</summary>
    public MeanKind Kind { get; }

    /// <summary>How firms are grouped.</summary>
    public IndustryLevel Level { get; }

    /// <summary>The profile's groups (<see cref="IndustryLevel.Groups"/>; empty otherwise).</summary>
    public IReadOnlyList<IndustryGroup> Groups { get; }

    /// <summary>The smallest group (rated firms with a value) whose own mean is used; smaller groups get the pool figure.</summary>
    public int MinFirms { get; }

    /// <inheritdoc />
    public string Name => BenchmarkName;

    /// <inheritdoc />
    /// <remarks><see langword="true"/> for <see cref="MeanKind.RatioOfSums"/>.</remarks>
    public bool ReadsNumerators => Kind == MeanKind.RatioOfSums;

    private string KindText => Kind == MeanKind.RatioOfSums ? "ratio of sums" : "mean of ratios";

    /// <summary>Computes the pool figure: the pool mean of <see cref="Kind"/>, what firms outside a large enough group get.</summary>
    /// <param name="input">The pool's values (and numerators and denominators for a ratio of sums).</param>
    /// <exception cref="ArgumentException">As <see cref="PoolMeanBenchmark.Compute"/>.</exception>
    public BenchmarkValue Compute(in BenchmarkInput input) => PoolMeanBenchmark.Mean(Kind, input, $"pool mean ({KindText})");

    /// <summary>
    /// The group of a GB/T 4754 code at <see cref="Level"/>: the section letter (<c>C</c>), the division (<c>C26</c>;
    /// the letter taken from the 2 digits, so <c>2611</c> and <c>C2611</c> are both in <c>C26</c>) or the id of the
    /// profile group with a matching prefix; null when the code is blank or in no group.
    /// </summary>
    /// <param name="industryCode">The firm's code, or null.</param>
    public string? GroupOf(string? industryCode)
    {
        if (string.IsNullOrWhiteSpace(industryCode))
        {
            return null;
        }

        if (Level == IndustryLevel.Groups)
        {
            foreach (var group in Groups)
            {
                if (FirmCondition.IndustryIn(industryCode, group.Prefixes, prefix: true))
                {
                    return group.Id;
                }
            }

            return null;
        }

        var code = industryCode.AsSpan().Trim();
        var digits = FirmCondition.StripSection(industryCode);
        char? letter = code.Length > 0 && char.IsAsciiLetter(code[0]) ? char.ToUpperInvariant(code[0]) : null;
        int? division = digits.Length >= 2 && char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[1]) ? ((digits[0] - '0') * 10) + (digits[1] - '0') : null;
        var section = division is { } d && SectionOf(d) is { } s ? s : letter;
        if (Level == IndustryLevel.Section)
        {
            return section?.ToString();
        }

        return division is { } dd ? $"{section}{dd.ToString("00", CultureInfo.InvariantCulture)}" : null;
    }

    /// <summary>The GB/T 4754—2017 section of a 2-digit division (e.g. 26 → C), or null for a number that is no division.</summary>
    /// <param name="division">The division, 1–97.</param>
    public static char? SectionOf(int division)
    {
        if (division < 1)
        {
            return null;
        }

        for (var i = Sections.Length - 1; i >= 0; i--)
        {
            if (division >= Sections[i].FirstDivision)
            {
                return Sections[i].Section == '\0' ? null : Sections[i].Section;
            }
        }

        return null;
    }

    /// <summary>
    /// Computes every group's figure in one pass: the mean of <see cref="Kind"/> over the values of the group when it has
    /// at least <see cref="MinFirms"/> of them, the pool figure otherwise. Groups are listed by id (ordinal).
    /// </summary>
    /// <param name="input">The pool's values (rated firms with a value), as for <see cref="Compute"/>.</param>
    /// <param name="groupOfValue">Each value's group (<see cref="GroupOf"/> of its firm's code; null for none): same length as the values.</param>
    /// <returns>The pool figure and the groups (a group that no value belongs to is not listed: see <see cref="IndustryBenchmarks.ForGroup"/>).</returns>
    /// <exception cref="ArgumentException">The lengths differ, or as <see cref="Compute"/>.</exception>
    public IndustryBenchmarks ComputeGroups(in BenchmarkInput input, ReadOnlySpan<string?> groupOfValue)
    {
        var values = input.Values;
        if (groupOfValue.Length != values.Length)
        {
            throw new ArgumentException($"{groupOfValue.Length} groups for {values.Length} values; they must be the same rows.", nameof(groupOfValue));
        }

        var pool = Compute(input);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        var of = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (groupOfValue[i] is not { } id)
            {
                of[i] = -1;
                continue;
            }

            if (!index.TryGetValue(id, out var g))
            {
                g = ids.Count;
                index.Add(id, g);
                ids.Add(id);
            }

            of[i] = g;
        }

        // Counting sort by group: each group's rows become one contiguous slice.
        var start = new int[ids.Count + 1];
        foreach (var g in of)
        {
            if (g >= 0)
            {
                start[g + 1]++;
            }
        }

        for (var g = 0; g < ids.Count; g++)
        {
            start[g + 1] += start[g];
        }

        var ratio = Kind == MeanKind.RatioOfSums;
        var sortedValues = new double[start[ids.Count]];
        var sortedNumerators = ratio ? new double[sortedValues.Length] : [];
        var sortedDenominators = ratio ? new double[sortedValues.Length] : [];
        var next = start[..^1];
        for (var i = 0; i < values.Length; i++)
        {
            if (of[i] < 0)
            {
                continue;
            }

            var at = next[of[i]]++;
            sortedValues[at] = values[i];
            if (ratio)
            {
                sortedNumerators[at] = input.Numerators[i];
                sortedDenominators[at] = input.Denominators[i];
            }
        }

        var groups = new IndustryBenchmarkGroup[ids.Count];
        for (var g = 0; g < ids.Count; g++)
        {
            var (from, size) = (start[g], start[g + 1] - start[g]);
            if (size < MinFirms)
            {
                groups[g] = Fallback(ids[g], size, pool);
                continue;
            }

            var slice = new BenchmarkInput(
                sortedValues.AsSpan(from, size),
                ratio ? sortedNumerators.AsSpan(from, size) : default,
                ratio ? sortedDenominators.AsSpan(from, size) : default);
            var mean = PoolMeanBenchmark.Mean(Kind, slice, $"group mean ({KindText})");
            groups[g] = new IndustryBenchmarkGroup(
                ids[g],
                LabelOf(ids[g]),
                size,
                mean with { Explanation = $"industry group {Describe(ids[g])}, {size} firms ≥ {MinFirms}: {mean.Explanation}" },
                UsesPoolFigure: false);
        }

        Array.Sort(groups, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new IndustryBenchmarks(this, pool, groups);
    }

    /// <summary>What a group too small for its own mean gets: the pool figure, explained.</summary>
    internal IndustryBenchmarkGroup Fallback(string id, int size, BenchmarkValue pool) => new(
        id,
        LabelOf(id),
        size,
        pool with { Explanation = $"industry group {Describe(id)} of {size} < {MinFirms} firms: pool figure used, {pool.Explanation}" },
        UsesPoolFigure: true);

    /// <summary>What a firm without a group gets: the pool figure, explained.</summary>
    internal BenchmarkValue NoGroup(string? industryCode, BenchmarkValue pool) => pool with
    {
        Explanation = string.IsNullOrWhiteSpace(industryCode)
            ? $"no industry code: pool figure used, {pool.Explanation}"
            : $"industry code {industryCode.Trim()} in no {LevelText} group: pool figure used, {pool.Explanation}",
    };

    private string LevelText => Level switch
    {
        IndustryLevel.Section => "section",
        IndustryLevel.Division => "division",
        _ => "profile",
    };

    private string? LabelOf(string id) => Groups.FirstOrDefault(g => g.Id == id)?.Label;

    private string Describe(string id) => LabelOf(id) is { } label ? $"{id} {label}" : id;

    /// <summary>
    /// The problems of a group list, each with the JSON path below <c>groups</c> (e.g. <c>[1].prefixes[0]</c>): an empty
    /// id, a duplicate id, no prefixes, an empty prefix, or a prefix that starts another group's prefix (or equals it),
    /// section letters ignored, case-insensitively.
    /// </summary>
    internal static IEnumerable<(string Path, string Message)> GroupProblems(IReadOnlyList<IndustryGroup> groups)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (string.IsNullOrWhiteSpace(group.Id))
            {
                yield return ($"[{g}].id", "a group needs an id");
            }
            else if (!seen.Add(group.Id))
            {
                yield return ($"[{g}].id", $"group id '{group.Id}' is used twice");
            }

            if (group.Prefixes.Count == 0)
            {
                yield return ($"[{g}].prefixes", $"group '{group.Id}' has no prefixes");
            }

            for (var p = 0; p < group.Prefixes.Count; p++)
            {
                var prefix = group.Prefixes[p];
                if (string.IsNullOrWhiteSpace(prefix) || FirmCondition.StripSection(prefix).IsEmpty)
                {
                    yield return ($"[{g}].prefixes[{p}]", $"prefix '{prefix}' is empty");
                    continue;
                }

                for (var h = 0; h < g; h++)
                {
                    foreach (var other in groups[h].Prefixes)
                    {
                        if (!string.IsNullOrWhiteSpace(other) && (FirmCondition.IndustryIn(prefix, [other], prefix: true) || FirmCondition.IndustryIn(other, [prefix], prefix: true)))
                        {
                            yield return ($"[{g}].prefixes[{p}]", $"prefix '{prefix}' overlaps '{other}' of group '{groups[h].Id}': a code would be in both groups");
                        }
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"industry_mean {(Kind == MeanKind.RatioOfSums ? "ratio_of_sums" : "mean_of_ratios")} {(Level == IndustryLevel.Groups ? "groups" : LevelText)} min_firms {MinFirms}";
}
