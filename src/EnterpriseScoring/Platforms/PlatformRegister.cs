using System.Collections.Frozen;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// A checked list of platforms (平台名录): ids unique, every parent and merge target in the register, no cycles. Firms
/// name a platform by its id or, when that is unambiguous, by its name.
/// </summary>
/// <remarks>Immutable and thread-safe. Read one with <see cref="PlatformRegisterReader"/>, or make one with <see cref="Create"/>.</remarks>
public sealed class PlatformRegister
{
    private readonly FrozenDictionary<string, Platform> byId;
    private readonly FrozenDictionary<string, Platform> byName;

    private PlatformRegister(Platform[] platforms)
    {
        Platforms = ValueList<Platform>.Own(platforms);
        byId = platforms.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        byName = platforms
            .Where(p => p.Name.Length > 0 && !byId.ContainsKey(p.Name))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        AmbiguousNames = ValueList<string>.Own(platforms
            .Where(p => p.Name.Length > 0 && !byId.ContainsKey(p.Name))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToArray());
    }

    /// <summary>An empty register: every platform is known only from the firms.</summary>
    public static PlatformRegister Empty { get; } = new([]);

    /// <summary>The platforms, in register order.</summary>
    public IReadOnlyList<Platform> Platforms { get; }

    /// <summary>Names that several platforms share: firms cannot name a platform by them (only by id).</summary>
    public IReadOnlyList<string> AmbiguousNames { get; }

    /// <summary>Makes a register of <paramref name="platforms"/>.</summary>
    /// <param name="platforms">The platforms.</param>
    /// <exception cref="ArgumentException">A check fails; the message lists every problem.</exception>
    public static PlatformRegister Create(IEnumerable<Platform> platforms)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        var list = platforms.ToArray();
        if (list.Any(p => p is null))
        {
            throw new ArgumentException("The register holds a null platform.", nameof(platforms));
        }

        var problems = PlatformRegisterRules.Check(list);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The platform register is not consistent:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => $"  platform {p.Index + 1} '{list[p.Index].Id}', {p.Column} '{p.Value}': {p.Reason}")),
                nameof(platforms));
        }

        return new PlatformRegister(list);
    }

    /// <summary>The platform with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="platform">The platform, when found.</param>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Platform? platform) => byId.TryGetValue(id, out platform);

    /// <summary>The platform a firm's platform cell names: by id first, then by an unambiguous name.</summary>
    /// <param name="text">The cell (trimmed).</param>
    /// <param name="platform">The platform, when found.</param>
    public bool TryFind(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Platform? platform) =>
        byId.TryGetValue(text, out platform) || byName.TryGetValue(text, out platform);

    /// <summary>
    /// The platform that holds <paramref name="platform"/>'s firms in the scorecard of <paramref name="year"/>: itself, or
    /// — following merges in force in that year — the platform it was merged into.
    /// </summary>
    /// <param name="platform">A platform of this register.</param>
    /// <param name="year">The scorecard's year.</param>
    public Platform EffectiveIn(Platform platform, int year)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var current = platform;
        while (current.IsMergedIn(year))
        {
            current = byId[current.MergedInto]; // the register has no merge cycles (checked at creation)
        }

        return current;
    }
}
