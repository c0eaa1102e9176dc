using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

/// <summary>The built-in profiles shipped inside the library (copies in <c>seeds/profiles/</c>): list, describe, get.</summary>
/// <remarks>Thread-safe. Each built-in cites its sources and marks its assumptions in its metadata; see seeds/README.md.</remarks>
public static class ProfileCatalog
{
    private const string Prefix = "EnterpriseScoring.Profiles.BuiltIn.";

    private static readonly Lazy<FrozenDictionary<string, string>> Texts = new(ReadAll);

    /// <summary>The names of the built-in profiles, sorted.</summary>
    public static IReadOnlyList<string> Names => Texts.Value.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every built-in profile's name, description, jurisdiction and year, sorted by name.</summary>
    public static IReadOnlyList<ProfileInfo> List()
    {
        var list = new List<ProfileInfo>();
        foreach (var name in Names)
        {
            var root = JsonNode.Parse(Texts.Value[name], documentOptions: ProfileJson.DocumentOptions)!.AsObject();
            list.Add(new ProfileInfo(
                name,
                (string?)root["description"] ?? string.Empty,
                (string?)root["jurisdiction"] ?? string.Empty,
                (int?)root["evaluation_year"] ?? 0,
                (string?)root["extends"]));
        }

        return list;
    }

    /// <summary>Whether a built-in profile has this name.</summary>
    /// <param name="name">The name, e.g. <c>linhai-2014</c>.</param>
    public static bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Texts.Value.ContainsKey(name);
    }

    /// <summary>Loads and compiles a built-in profile.</summary>
    /// <param name="name">The name, e.g. <c>linhai-2014</c>.</param>
    /// <returns>The profile, with its <see cref="ProfileMetadata"/>.</returns>
    /// <exception cref="ProfileException">No built-in has this name (the message suggests the closest).</exception>
    public static EvaluationProfile Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TryGetJson(name, out var json))
        {
            throw new ProfileException([new ProfileProblem("$", $"no built-in profile named '{name}'", Suggest.Hint(name, Names, "built-in profiles: " + string.Join(", ", Names)))]);
        }

        return ProfileLoader.Parse(json);
    }

    /// <summary>The JSON text of a built-in profile, as shipped (it may use <c>extends</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="json">The text, when found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGetJson(string name, [NotNullWhen(true)] out string? json)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Texts.Value.TryGetValue(name, out json);
    }

    private static FrozenDictionary<string, string> ReadAll() => Internal.EmbeddedTexts.Json(typeof(ProfileCatalog).Assembly, Prefix);
}

/// <summary>A built-in profile in the catalog.</summary>
/// <param name="Name">The name to load it by.</param>
/// <param name="Description">One-line description.</param>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="EvaluationYear">The evaluation year.</param>
/// <param name="Extends">The profile it extends, or null.</param>
public sealed record ProfileInfo(string Name, string Description, string Jurisdiction, int EvaluationYear, string? Extends);
