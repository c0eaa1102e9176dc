namespace EnterpriseScoring.Profiles;

/// <summary>
/// What resolving <c>extends</c> needs to know of a profile format (firm profiles; scorecard profiles,
/// docs/scorecard.md): the keys its root may have (a file whose root keys are not these, nor near misses of them, is
/// "not a profile", and its contents are not shown), and the keys that name an object's kind (an overlay that changes
/// one replaces the object instead of merging into it), and the root keys whose values are file paths relative to the
/// file that writes them (resolving <c>extends</c> records which file of the chain wrote each).
/// </summary>
/// <param name="RootKeys">The keys the format's root object may have.</param>
/// <param name="KindKeys">The keys whose change replaces an object in the merge.</param>
/// <param name="NotAProfileHint">The hint for a file that is not of the format.</param>
/// <param name="PathKeys">The root keys whose values may be paths relative to the folder of the file that writes them.</param>
internal sealed record ProfileFormat(Func<IReadOnlyCollection<string>> RootKeys, IReadOnlyList<string> KindKeys, string NotAProfileHint, IReadOnlyList<string>? PathKeys = null)
{
    /// <summary>Firm profiles (docs/profile-format.md).</summary>
    public static ProfileFormat Firm { get; } = new(
        () => ProfileText.TopLevelKeys.Value,
        ["type", "method", "scheme", "strategy", "policy"],
        "a profile is a JSON object with keys such as name, evaluation_year and pools; see docs/profile-format.md");
}
