namespace EnterpriseScoring.Samples;

/// <summary>Options of <see cref="SyntheticCity.Generate(SyntheticCityOptions)"/>: size, seed and the city's make-up.</summary>
/// <remarks>
/// Every option has a documented default; the defaults describe a Jiaxing-like prefecture (嘉兴) with seven
/// counties/districts. The same options always generate the same table, on every machine.
/// Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Validated
/// where used: <see cref="SyntheticCity.Generate(SyntheticCityOptions)"/> (and <see cref="Validate"/>) lists every problem.
/// </remarks>
public sealed record SyntheticCityOptions
{
    /// <summary>The <see cref="MissingLandRate"/> of version 0.1.0 (a tenth of the default <see cref="MissingRate"/>): 0.001.</summary>
    public const double LegacyMissingLandRate = 0.001;

    /// <summary>The default counties/districts: the seven of 嘉兴市.</summary>
    public static IReadOnlyList<string> DefaultRegions { get; } = ReadOnlyCopy.List(["南湖区", "秀洲区", "嘉善县", "海盐县", "海宁市", "平湖市", "桐乡市"]);

    /// <summary>The default platform kinds; a firm's platform is its region's short name + the kind, e.g. <c>嘉善经济技术开发区</c>.</summary>
    public static IReadOnlyList<string> DefaultPlatforms { get; } = ReadOnlyCopy.List(["经济技术开发区", "高新技术产业园区", "工业园区", "小微企业园", "工业功能区"]);

    /// <summary>The default name prefixes used besides the region's short name.</summary>
    public static IReadOnlyList<string> DefaultNamePrefixes { get; } = ReadOnlyCopy.List(["浙江", "嘉兴"]);

    /// <summary>The options with every default: 1,000 firms, seed 1 (declared after the default lists, which it uses).</summary>
    public static SyntheticCityOptions Default { get; } = new();

    /// <summary>The number of firms (rows) to generate.</summary>
    /// <value>The default value is 1000. Must be in [0, <see cref="SyntheticCity.MaxFirmCount"/>].</value>
    public int FirmCount { get; init; } = 1000;

    /// <summary>The seed; the same seed and options give the same table.</summary>
    /// <value>The default value is 1.</value>
    public ulong Seed { get; init; } = 1;

    /// <summary>The evaluation year: the data describe this calendar year; start years never exceed it.</summary>
    /// <value>The default value is 2025. Must be in [1995, 2200].</value>
    public int EvaluationYear { get; init; } = 2025;

    /// <summary>Region names (区县/街道). Ids carry a matching 6-digit administrative division code.</summary>
    /// <value>The default value is <see cref="DefaultRegions"/>. At least one, at most 99, distinct, non-empty.</value>
    public IReadOnlyList<string> Regions { get; init => field = ReadOnlyCopy.List(value); } = DefaultRegions;

    /// <summary>Platform kinds (开发区/高新区/工业园 …); each firm is placed in one, qualified by its region's short name.</summary>
    /// <value>The default value is <see cref="DefaultPlatforms"/>. At least one, distinct, non-empty.</value>
    public IReadOnlyList<string> Platforms { get; init => field = ReadOnlyCopy.List(value); } = DefaultPlatforms;

    /// <summary>Prefixes for company names besides the region's short name (province, city).</summary>
    /// <value>The default value is <see cref="DefaultNamePrefixes"/>. May be empty.</value>
    public IReadOnlyList<string> NamePrefixes { get; init => field = ReadOnlyCopy.List(value); } = DefaultNamePrefixes;

    /// <summary>The share of firms above designated size (规上).</summary>
    /// <value>The default value is 0.3. Must be in [0, 1].</value>
    public double AboveSizeShare { get; init; } = 0.3;

    /// <summary>The probability that any one optional measure of a firm is missing (not reported).</summary>
    /// <remarks>Revenue is missing at a tenth of this rate; land area at <see cref="MissingLandRate"/>; the id is never missing.</remarks>
    /// <value>The default value is 0.01. Must be in [0, 1].</value>
    public double MissingRate { get; init; } = 0.01;

    /// <summary>
    /// The probability that a firm's land area is missing — a data error, not a gap: a profile with per-亩 indicators rejects
    /// such a firm (exit code and <c>--max-rejects</c> of <c>escore score</c>). 0 by default, so a generated city has no
    /// rejected rows unless asked for.
    /// </summary>
    /// <remarks>
    /// The draw is made whatever the rate, so the rate changes no other value. <see cref="LegacyMissingLandRate"/> (0.001)
    /// generates the cities of version 0.1.0, where land was missing at a tenth of <see cref="MissingRate"/>
    /// (the committed seeds/data/sample-city.csv is one of them).
    /// </remarks>
    /// <value>The default value is 0. Must be in [0, 1].</value>
    public double MissingLandRate { get; init; }

    /// <summary>The probability that a 规下 firm's energy use is missing (small firms often report none), on top of <see cref="MissingRate"/>.</summary>
    /// <value>The default value is 0.08. Must be in [0, 1].</value>
    public double BelowSizeEnergyMissingRate { get; init; } = 0.08;

    /// <summary>A multiplier on every tag's base probability (listed, high-tech, violations …); 0 generates no tags.</summary>
    /// <remarks>Base rates (per firm) are roughly: listed 0.2% (30% of very large firms), high_tech 5–40% by
    /// industry, specialized_sme 2–5%, safety_accident 0.5%, env_violation 0.2–1%, dishonest 0.4%, land_violation 0.4%,
    /// energy_target_missed 2% of energy-intensive 规上 firms, major_project 1% (15% of new firms),
    /// newly_above_size 6% of 规上 firms. Probabilities are capped at 1.</remarks>
    /// <value>The default value is 1. Must be in [0, 100].</value>
    public double TagRateMultiplier { get; init; } = 1;

    /// <summary>The share of firms that lease land in from others.</summary>
    /// <value>The default value is 0.08. Must be in [0, 1].</value>
    public double LeasedInShare { get; init; } = 0.08;

    /// <summary>The share of 规上 firms that lease part of their land out (规下 firms at half this rate).</summary>
    /// <value>The default value is 0.1. Must be in [0, 1].</value>
    public double LeasedOutShare { get; init; } = 0.1;

    /// <summary>Every problem with these options, one message each; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (FirmCount < 0 || FirmCount > SyntheticCity.MaxFirmCount)
        {
            problems.Add($"{nameof(FirmCount)} must be in [0, {SyntheticCity.MaxFirmCount}], got {FirmCount}.");
        }

        if (EvaluationYear is < 1995 or > 2200)
        {
            problems.Add($"{nameof(EvaluationYear)} must be in [1995, 2200], got {EvaluationYear}.");
        }

        CheckNames(problems, nameof(Regions), Regions, allowEmpty: false);
        if (Regions is { Count: > 99 })
        {
            problems.Add($"{nameof(Regions)} may list at most 99 regions, got {Regions.Count}.");
        }

        CheckNames(problems, nameof(Platforms), Platforms, allowEmpty: false);
        CheckNames(problems, nameof(NamePrefixes), NamePrefixes, allowEmpty: true);
        CheckProbability(problems, nameof(AboveSizeShare), AboveSizeShare);
        CheckProbability(problems, nameof(MissingRate), MissingRate);
        CheckProbability(problems, nameof(MissingLandRate), MissingLandRate);
        CheckProbability(problems, nameof(BelowSizeEnergyMissingRate), BelowSizeEnergyMissingRate);
        CheckProbability(problems, nameof(LeasedInShare), LeasedInShare);
        CheckProbability(problems, nameof(LeasedOutShare), LeasedOutShare);
        if (!(TagRateMultiplier is >= 0 and <= 100))
        {
            problems.Add($"{nameof(TagRateMultiplier)} must be in [0, 100], got {TagRateMultiplier.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return problems;
    }

    private static void CheckProbability(List<string> problems, string name, double value)
    {
        if (!(value is >= 0 and <= 1))
        {
            problems.Add($"{name} must be in [0, 1], got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
    }

    private static void CheckNames(List<string> problems, string name, IReadOnlyList<string>? names, bool allowEmpty)
    {
        if (names is null)
        {
            problems.Add($"{name} must not be null.");
            return;
        }

        if (!allowEmpty && names.Count == 0)
        {
            problems.Add($"{name} must list at least one name.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (string.IsNullOrWhiteSpace(n))
            {
                problems.Add($"{name} must not contain empty names.");
            }
            else if (!seen.Add(n))
            {
                problems.Add($"{name} lists '{n}' twice.");
            }
        }
    }
}
