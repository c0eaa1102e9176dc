namespace EnterpriseScoring.Benchmarks;

/// <summary>
/// A profile's own industry group for <see cref="IndustryLevel.Groups"/>: the firms whose GB/T 4754 code starts with one
/// of <paramref name="Prefixes"/> (a leading section letter ignored on both sides, case-insensitive, as in
/// <c>industry_prefixes</c> conditions).
/// </summary>
/// <param name="Id">The group id (shown in explanations and results).</param>
/// <param name="Label">A display name, e.g. 高端装备, or null.</param>
/// <param name="Prefixes">The code prefixes, e.g. <c>C34</c>, <c>C35</c>; no prefix of one group may start another's.</param>
public sealed record IndustryGroup(string Id, string? Label, IReadOnlyList<string> Prefixes)
{
    /// <summary>The prefixes (a read-only copy).</summary>
    public IReadOnlyList<string> Prefixes { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Prefixes);
}
