namespace EnterpriseScoring.Profiles;

/// <summary>A base profile found by an <see cref="IProfileResolver"/>: what it is called, its text, and where it is.</summary>
/// <param name="Identity">
/// Names it in messages and tells profiles apart for cycle detection: two profiles with the same identity are the same
/// profile (e.g. <c>built-in linhai-2014</c>, or <c>bases/county-2025.json</c> relative to the resolver's folder).
/// </param>
/// <param name="Json">Its JSON text.</param>
/// <param name="Location">
/// Where the relative references it contains are resolved from, in the resolver's own terms (for
/// <see cref="ProfileResolver.Directory"/>: its folder relative to the root folder, <c>""</c> for the root itself);
/// <see langword="null"/> when it may extend built-in profiles only (a built-in profile).
/// </param>
public sealed record ResolvedProfile(string Identity, string Json, string? Location);
