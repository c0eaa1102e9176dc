using EnterpriseScoring.Profiles;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Resolves a scorecard profile's <c>extends</c> that names a built-in scorecard (<see cref="ScorecardCatalog"/>);
/// refuses file paths without touching the file system (a file is resolved by the directory resolver of the scorecard
/// file's folder, which hands names to this one).
/// </summary>
internal sealed class ScorecardBuiltInResolver : IProfileResolver
{
    /// <summary>The one instance (it has no state).</summary>
    public static ScorecardBuiltInResolver Instance { get; } = new();

    public ResolvedProfile Resolve(string reference, ResolvedProfile? from)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (ProfileResolver.IsPath(reference))
        {
            throw new ProfileException([new ProfileProblem("$", $"'{reference}' is a file path, and this scorecard is not loaded from a file",
                "name a built-in scorecard, or load the scorecard from its file (ScorecardLoader.Load(path), escore scorecard --profile FILE)")]);
        }

        if (!ScorecardCatalog.TryGetJson(reference, out var json))
        {
            throw new ProfileException([new ProfileProblem("$", $"unknown built-in scorecard '{reference}'",
                Suggest.Hint(reference, ScorecardCatalog.Names, "built-in scorecards: " + string.Join(", ", ScorecardCatalog.Names)))]);
        }

        return new ResolvedProfile("built-in scorecard " + reference, json, null);
    }
}
