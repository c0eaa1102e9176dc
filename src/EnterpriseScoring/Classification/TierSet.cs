using System.Diagnostics.CodeAnalysis;

namespace EnterpriseScoring.Classification;

/// <summary>
/// The ordered tiers a profile grades into, best first, each under the code the jurisdiction publishes: A / B / C / D
/// (<see cref="Standard"/>), 乐清's A+ / A / B / C, or five classes such as A / B / C / D / E. The engine works with levels
/// 1…<see cref="Count"/> (<see cref="Tier.A"/>–<see cref="Tier.D"/>, <see cref="Tier.E"/>, <see cref="Tier.F"/>); every
/// output that shows a tier shows <see cref="CodeOf"/>, and every reader of tiers (prior results, adjustments, override
/// actions) accepts the codes (<see cref="TryParse"/>).
/// </summary>
/// <remarks>Immutable and thread-safe; equal by codes (ordinal).</remarks>
public sealed class TierSet : IEquatable<TierSet>
{
    /// <summary>The fewest tiers a set may have.</summary>
    public const int MinimumCount = 3;

    /// <summary>The most tiers a set may have.</summary>
    public const int MaximumCount = 6;

    /// <summary>The code of <see cref="Tier.T"/>, which no tier of a set may take.</summary>
    public const string TCode = "T";

    /// <summary>The code of <see cref="Tier.UngradedAsB"/>, which no tier of a set may take.</summary>
    public const string UngradedCode = "ungraded_as_b";

    private static readonly Tier[] LevelTiers = [Tier.A, Tier.B, Tier.C, Tier.D, Tier.E, Tier.F];

    private readonly string[] codes;

    /// <summary>Creates a tier set.</summary>
    /// <param name="codes">The codes, best first: 3–6 of them, unique (ignoring case), non-empty, without surrounding
    /// spaces, none of them <c>T</c> or <c>ungraded_as_b</c>.</param>
    /// <exception cref="ArgumentException">The codes break one of those rules (<see cref="ProblemsOf"/> lists them).</exception>
    public TierSet(IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var problem in ProblemsOf(codes))
        {
            throw new ArgumentException($"Tier set {string.Join("/", codes)}: {(problem.Index is { } i ? $"code {i + 1}" : "the set")} {problem.Message}.", nameof(codes));
        }

        this.codes = [.. codes];
        Codes = Array.AsReadOnly(this.codes);
        Levels = Array.AsReadOnly(LevelTiers[..this.codes.Length]);
        AllTiers = Array.AsReadOnly([.. Levels, Tier.T, Tier.UngradedAsB]);
    }

    /// <summary>A / B / C / D: the set of a profile that declares none.</summary>
    public static TierSet Standard { get; } = new(["A", "B", "C", "D"]);

    /// <summary>The codes, best first.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The number of tiers (3–6).</summary>
    public int Count => codes.Length;

    /// <summary>The tiers of the set's levels, best first: <see cref="Tier.A"/>, <see cref="Tier.B"/>, … (<see cref="Count"/> of them).</summary>
    public IReadOnlyList<Tier> Levels { get; }

    /// <summary><see cref="Levels"/>, then <see cref="Tier.T"/> and <see cref="Tier.UngradedAsB"/>: every tier a result of the set can have.</summary>
    public IReadOnlyList<Tier> AllTiers { get; }

    /// <summary>The worst tier of the set (level <see cref="Count"/>).</summary>
    public Tier Bottom => Levels[^1];

    /// <summary>Whether this is <see cref="Standard"/> (A / B / C / D).</summary>
    public bool IsStandard => Equals(Standard);

    /// <summary>The tier of level <paramref name="level"/> (1 = best).</summary>
    /// <param name="level">1–6.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1–6.</exception>
    public static Tier TierAt(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, MaximumCount);
        return LevelTiers[level - 1];
    }

    /// <summary>The level of a graded tier (A = 1 … F = 6); 0 for <see cref="Tier.T"/> and <see cref="Tier.UngradedAsB"/>.</summary>
    /// <param name="tier">The tier.</param>
    public static int LevelOf(Tier tier) => tier switch
    {
        Tier.A => 1,
        Tier.B => 2,
        Tier.C => 3,
        Tier.D => 4,
        Tier.E => 5,
        Tier.F => 6,
        _ => 0,
    };

    /// <summary>Whether <paramref name="tier"/> is one of the set's levels.</summary>
    /// <param name="tier">The tier.</param>
    public bool Contains(Tier tier) => LevelOf(tier) is var level && level >= 1 && level <= Count;

    /// <summary>The code shown for <paramref name="tier"/>: the set's code of its level, <c>T</c>, <c>ungraded_as_b</c>;
    /// empty for none. A level outside the set shows as its letter (E, F), which <see cref="TryParse"/> does not accept back.</summary>
    /// <param name="tier">The tier.</param>
    public string CodeOf(Tier? tier) => tier switch
    {
        null => string.Empty,
        Tier.T => TCode,
        Tier.UngradedAsB => UngradedCode,
        { } t when Contains(t) => codes[LevelOf(t) - 1],
        { } t => t.ToString(),
    };

    /// <summary>
    /// Parses a tier code: one of the set's codes (an exact match first, then ignoring case), <c>T</c> or
    /// <c>ungraded_as_b</c>; surrounding spaces are ignored and empty text is no tier.
    /// </summary>
    /// <param name="text">The code.</param>
    /// <param name="tier">The tier (null for empty text).</param>
    public bool TryParse(string text, out Tier? tier)
    {
        ArgumentNullException.ThrowIfNull(text);
        tier = null;
        var t = text.Trim();
        if (t.Length == 0)
        {
            return true;
        }

        var at = Array.IndexOf(codes, t);
        if (at < 0)
        {
            at = Array.FindIndex(codes, c => string.Equals(c, t, StringComparison.OrdinalIgnoreCase));
        }

        if (at >= 0)
        {
            tier = Levels[at];
            return true;
        }

        if (string.Equals(t, TCode, StringComparison.OrdinalIgnoreCase))
        {
            tier = Tier.T;
            return true;
        }

        if (string.Equals(t, UngradedCode, StringComparison.OrdinalIgnoreCase))
        {
            tier = Tier.UngradedAsB;
            return true;
        }

        return false;
    }

    /// <summary>Parses one of the set's level codes (not T or ungraded), as <see cref="TryParse"/> does.</summary>
    /// <param name="text">The code.</param>
    /// <param name="tier">The tier of that level.</param>
    public bool TryParseLevel(string text, [NotNullWhen(true)] out Tier? tier)
    {
        if (TryParse(text, out tier) && tier is { } t && Contains(t))
        {
            return true;
        }

        tier = null;
        return false;
    }

    /// <summary>
    /// What is wrong with <paramref name="codes"/> as a tier set, one problem per item: the count outside 3–6 (index null), an
    /// empty code or one with surrounding spaces, a code taken by T or ungraded-as-B, a code repeated (ignoring case).
    /// </summary>
    /// <param name="codes">The codes, best first.</param>
    /// <returns>Each problem with the index of its code (null for the whole set) and a message such as <c>'A' appears twice</c>.</returns>
    public static IEnumerable<(int? Index, string Message)> ProblemsOf(IReadOnlyList<string?> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count is < MinimumCount or > MaximumCount)
        {
            yield return (null, $"has {codes.Count} tiers; a tier set has {MinimumCount} to {MaximumCount}");
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            if (string.IsNullOrWhiteSpace(code))
            {
                yield return (i, "is empty");
            }
            else if (code.Trim() != code)
            {
                yield return (i, $"'{code}' has spaces around it");
            }
            else if (string.Equals(code, TCode, StringComparison.OrdinalIgnoreCase) || string.Equals(code, UngradedCode, StringComparison.OrdinalIgnoreCase))
            {
                yield return (i, $"'{code}' is the code of {(code.Length == 1 ? "T (不适合评价类)" : "ungraded firms managed as B")}");
            }
            else if (!seen.TryAdd(code, i))
            {
                yield return (i, $"'{code}' repeats tier {seen[code] + 1} (codes are compared ignoring case)");
            }
        }
    }

    /// <summary>The label a tier of a profile's tier set gets when the profile gives none: its code followed by 类 (A+类).</summary>
    /// <param name="code">The tier's code.</param>
    internal static string DefaultLabel(string code) => code + "类";

    /// <summary>The codes joined by slashes, e.g. <c>A+/A/B/C</c>.</summary>
    public override string ToString() => string.Join("/", codes);

    /// <inheritdoc />
    public bool Equals(TierSet? other) => other is not null && codes.AsSpan().SequenceEqual(other.codes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TierSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var code in codes)
        {
            hash.Add(code, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
