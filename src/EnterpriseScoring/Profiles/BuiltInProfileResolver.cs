using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

/// <summary>Resolves the names of the built-in profiles; refuses file paths without touching the file system.</summary>
internal sealed class BuiltInProfileResolver : IProfileResolver
{
    public ResolvedProfile Resolve(string reference, ResolvedProfile? from)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (ProfileResolver.IsPath(reference))
        {
            throw Refused(
                $"'{reference}' is a file path, and this profile is loaded without access to files",
                "name a built-in profile, or load the profile from its file (ProfileLoader.Load(path), escore --profile FILE) or with ProfileResolver.Directory(folder)");
        }

        if (!ProfileCatalog.TryGetJson(reference, out var json))
        {
            throw Refused($"unknown built-in profile '{reference}'", Suggest.Hint(reference, ProfileCatalog.Names, "a built-in name or a relative path ending in .json"));
        }

        return new ResolvedProfile("built-in " + reference, json, null);
    }

    internal static ProfileException Refused(string message, string? hint) => new([new ProfileProblem("$", message, hint)]);
}
