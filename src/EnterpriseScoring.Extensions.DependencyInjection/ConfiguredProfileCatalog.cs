using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using EnterpriseScoring.Profiles;
using Microsoft.Extensions.Options;

namespace EnterpriseScoring.Extensions.DependencyInjection;

/// <summary>
/// The profiles an application offers: the built-in ones (<see cref="ProfileCatalog"/>, unless
/// <see cref="EnterpriseScoringOptions.IncludeBuiltInProfiles"/> is off) and every <c>NAME.json</c> in
/// <see cref="EnterpriseScoringOptions.ProfileDirectories"/>. Files are read with the library's loader
/// (<see cref="ProfileLoader.ResolveFile(string)"/>: size and encoding limits, <c>extends</c> and the CSV files of
/// standard-value tables confined to the folder of the file naming them).
/// </summary>
/// <remarks>
/// <para>A singleton (registered by <see cref="EnterpriseScoringServiceCollectionExtensions.AddEnterpriseScoring"/>),
/// thread-safe, holding no file open. The folders are looked at on every call: a profile file added, changed or removed
/// while the application runs is seen at the next call. A file is read again only when it, a base it extends or a CSV
/// file of a standard-value table they name has another length or last-write time than when it was last read (a file written in the last two seconds is always read
/// again, as file-system clocks may be coarse), so a request for an unchanged profile costs a few file-system lookups.</para>
/// <para>A name is a file name without <c>.json</c>, never a path: a name taken from a request cannot reach another
/// folder. A name found in two places (two folders, or a folder and the built-ins) is an error naming both, never a
/// silent choice.</para>
/// <para>A profile whose <c>standard_table</c> names a CSV file (<c>file</c>) is read with the file's bytes in its text
/// (<c>file_base64</c>, see <see cref="ProfileLoader.ResolveFile(string)"/>): <see cref="CatalogProfile.Sha256"/> changes
/// when only the CSV does, and <see cref="Compile"/> reads the table's rows from the text, with no access to files.</para>
/// </remarks>
public sealed class ConfiguredProfileCatalog
{
    private const string BuiltIn = "built-in";
    private readonly string[] directories;
    private readonly bool builtIns;
    private readonly ComponentRegistry? components;

    /// <summary>The built-ins as read (they never change while the process runs).</summary>
    private readonly ConcurrentDictionary<string, CatalogProfile> builtInTexts = new(StringComparer.Ordinal);

    /// <summary>The profile files as last read, by path, with the length and last-write time of every file they were read from.</summary>
    private readonly ConcurrentDictionary<string, (FileStamps Stamps, CatalogProfile Profile)> fileTexts = new(StringComparer.Ordinal);

    /// <summary>Creates the catalog from the options.</summary>
    /// <param name="options">The options (read once).</param>
    /// <exception cref="DirectoryNotFoundException">A folder of <see cref="EnterpriseScoringOptions.ProfileDirectories"/> does not exist.</exception>
    public ConfiguredProfileCatalog(IOptions<EnterpriseScoringOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        directories = [.. value.ProfileDirectories.Select(Path.GetFullPath)];
        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"The profile directory '{directory}' (EnterpriseScoringOptions.ProfileDirectories) does not exist.");
            }
        }

        builtIns = value.IncludeBuiltInProfiles;
        components = value.Components;
    }

    /// <summary>The names of the profiles offered now, sorted (ordinal); a name found in two places is listed once.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            if (builtIns)
            {
                names.UnionWith(ProfileCatalog.Names);
            }

            foreach (var directory in directories)
            {
                names.UnionWith(Directory.EnumerateFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>());
            }

            return [.. names];
        }
    }

    /// <summary>Whether a profile has this name now.</summary>
    /// <param name="name">The name.</param>
    public bool Contains(string name) => IsName(name) && Locate(name).Count > 0;

    /// <summary>Reads the profile <paramref name="name"/> as it is now: its JSON with <c>extends</c> resolved and the hash of that.</summary>
    /// <param name="name">The name (a built-in's, or a file name without <c>.json</c>).</param>
    /// <returns>The profile's text and hash.</returns>
    /// <exception cref="ProfileException">No profile has this name (or it is not a name), it is in two places, or its file cannot be read as a profile.</exception>
    public CatalogProfile Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsName(name))
        {
            throw Problem($"'{name}' is not a profile name (a name is a file name without .json, not a path)");
        }

        var places = Locate(name);
        if (places.Count == 0)
        {
            throw Problem($"no profile named '{name}'", "profiles: " + string.Join(", ", Names));
        }

        if (places.Count > 1)
        {
            throw Problem($"the profile name '{name}' is in more than one place: {string.Join(", ", places)}", "rename one of them");
        }

        var source = places[0];
        return source == BuiltIn ? builtInTexts.GetOrAdd(name, ReadBuiltIn) : ReadFile(name, source);
    }

    /// <summary>Compiles a profile read by <see cref="Read"/> (its bases and data files are already in its text: no file is read).</summary>
    /// <param name="profile">The profile's text.</param>
    /// <returns>The compiled profile.</returns>
    /// <exception cref="ProfileException">The profile is invalid; for a file, the problems name the file.</exception>
    public EvaluationProfile Compile(CatalogProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        try
        {
            return ProfileLoader.Parse(profile.Json, ProfileResolver.BuiltIn, components);
        }
        catch (ProfileException e) when (profile.Source != BuiltIn)
        {
            throw new ProfileException([.. e.Problems.Select(p => p with { Message = $"{p.Message} (profile '{profile.Name}', {profile.Source})" })]);
        }
    }

    /// <summary>Reads and compiles the profile <paramref name="name"/> (no caching: see <see cref="EvaluatorCache"/>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The compiled profile.</returns>
    /// <exception cref="ProfileException">As <see cref="Read"/> and <see cref="Compile"/>.</exception>
    public EvaluationProfile Load(string name) => Compile(Read(name));

    /// <summary>Where the name is now: <c>built-in</c> and/or the paths of the files.</summary>
    private List<string> Locate(string name)
    {
        var places = new List<string>();
        if (builtIns && ProfileCatalog.Contains(name))
        {
            places.Add(BuiltIn);
        }

        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, name + ".json");
            if (File.Exists(path))
            {
                places.Add(path);
            }
        }

        return places;
    }

    /// <summary>
    /// The profile file <paramref name="path"/> merged with its bases: as read last time when none of those files has
    /// changed since (same length and last-write time), else read again.
    /// </summary>
    private CatalogProfile ReadFile(string name, string path)
    {
        if (fileTexts.TryGetValue(path, out var known) && known.Profile.Name == name && known.Stamps.IsCurrent())
        {
            return known.Profile;
        }

        var json = ProfileLoader.ResolveFile(path, out var files);
        var profile = Hashed(name, path, json);
        var stamps = FileStamps.Of([path, .. files]); // the path as configured, whose links may be pointed elsewhere; the files read, by their real paths

        // Kept only when the stamps are of the text read: read once more after stamping; a file that changed between the
        // first read and the stamps gives another text, and nothing is kept (the next call reads again).
        if (stamps.IsTrustworthy() && ProfileLoader.ResolveFile(path) == json)
        {
            fileTexts[path] = (stamps, profile);
        }
        else
        {
            fileTexts.TryRemove(path, out _);
        }

        return profile;
    }

    private static CatalogProfile ReadBuiltIn(string name) =>
        Hashed(name, BuiltIn, ProfileLoader.Resolve(ProfileCatalog.TryGetJson(name, out var text) ? text : throw Problem($"no built-in profile named '{name}'")));

    private static CatalogProfile Hashed(string name, string source, string json) =>
        new(name, source, json, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));

    private static bool IsName(string name) =>
        name.Length > 0 && name.Trim() == name && name is not ("." or "..") && !name.StartsWith('.')
        && !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && name.IndexOfAny(['/', '\\']) < 0
        && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    private static ProfileException Problem(string message, string? hint = null) => new([new ProfileProblem("$", message, hint)]);
}
