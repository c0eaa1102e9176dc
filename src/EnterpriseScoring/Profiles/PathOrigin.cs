namespace EnterpriseScoring.Profiles;

/// <summary>
/// The file of an <c>extends</c> chain that wrote a path-valued key (<see cref="ProfileFormat.PathKeys"/>): the path is
/// resolved in that file's folder, not in the folder of the file that extends it.
/// </summary>
/// <param name="File">The file's name in messages (as the resolver names it; the starting file's name), or null for the caller's text or a built-in profile.</param>
/// <param name="Location">
/// Its folder in the resolver's terms (<see cref="ResolvedProfile.Location"/>: relative to the starting file's folder,
/// <c>""</c> for that folder itself), or null when it may name built-in profiles only.
/// </param>
internal sealed record PathOrigin(string? File, string? Location);
