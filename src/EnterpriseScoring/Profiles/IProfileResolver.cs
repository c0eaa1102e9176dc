namespace EnterpriseScoring.Profiles;

/// <summary>
/// Finds the base profile that an <c>extends</c> names. The loader reads nothing but what its resolver hands it, so
/// the resolver decides what a profile may reach: <see cref="ProfileResolver.BuiltIn"/> (the default of
/// <see cref="ProfileLoader.Parse(string, IProfileResolver?, ComponentRegistry?)"/>) reaches the built-in profiles only
/// and touches no file; <see cref="ProfileResolver.Directory"/> also reads profile files confined to one folder.
/// </summary>
/// <remarks>
/// Implement it to keep profiles elsewhere (a database, a versioned store): return the text of the base profile, and
/// throw a <see cref="ProfileException"/> to refuse one — the loader reports its problems at the <c>extends</c> key.
/// A refusal must never quote the contents of what it refused to load. Implementations must be thread-safe when
/// profiles are loaded concurrently.
/// </remarks>
public interface IProfileResolver
{
    /// <summary>Resolves one <c>extends</c> value.</summary>
    /// <param name="reference">The value as written, e.g. <c>linhai-2014</c> or <c>bases/county-2025.json</c>.</param>
    /// <param name="from">
    /// The profile that contains the <c>extends</c>: <see langword="null"/> for the text handed to the loader, otherwise a
    /// profile this resolver returned earlier (its <see cref="ResolvedProfile.Location"/> says where it is).
    /// </param>
    /// <returns>The base profile.</returns>
    /// <exception cref="ProfileException">The base cannot be found or may not be read; every problem says why.</exception>
    ResolvedProfile Resolve(string reference, ResolvedProfile? from);
}
