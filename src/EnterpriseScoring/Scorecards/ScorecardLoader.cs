using EnterpriseScoring.Profiles;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Loads scorecard profiles (<c>"kind": "scorecard"</c>, docs/scorecard.md): a built-in one by name
/// (<see cref="ScorecardCatalog"/>) or a file. Every problem is reported at once in one <see cref="ProfileException"/>,
/// each with its JSON path and a hint. Thread-safe.
/// </summary>
public static class ScorecardLoader
{
    /// <summary>Loads a built-in scorecard by name or a scorecard file by path.</summary>
    /// <param name="nameOrPath">A built-in name (<see cref="ScorecardCatalog.Names"/>) or a path to a <c>.json</c> file.</param>
    /// <returns>The scorecard profile; a firm profile file and a base scorecard file (<c>extends</c>) it names are resolved inside the folder of the file that names them.</returns>
    /// <exception cref="ProfileException">The scorecard is invalid or cannot be found; the exception lists every problem.</exception>
    public static ScorecardProfile Load(string nameOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (!ProfileResolver.IsPath(nameOrPath) && ScorecardCatalog.TryGetJson(nameOrPath, out var builtIn))
        {
            return ScorecardCompiler.Compile(builtIn, null, null);
        }

        if (File.Exists(nameOrPath))
        {
            var full = Internal.RealPath.Of(Path.GetFullPath(nameOrPath));
            return ScorecardCompiler.Compile(ProfileFile.Read(full, nameOrPath), nameOrPath, Path.GetDirectoryName(full));
        }

        throw new ProfileException([new ProfileProblem("$", $"no built-in scorecard or file named '{nameOrPath}'",
            Suggest.Hint(nameOrPath, ScorecardCatalog.Names, "built-in scorecards: " + string.Join(", ", ScorecardCatalog.Names)))]);
    }

    /// <summary>Parses a scorecard profile from JSON text; its <c>firm_profile</c> must then be a built-in name, and its <c>extends</c> a built-in scorecard.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scorecard profile.</returns>
    /// <exception cref="ProfileException">The scorecard is invalid; the exception lists every problem.</exception>
    public static ScorecardProfile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ScorecardCompiler.Compile(json, null, null);
    }

    /// <summary>The firm profile <paramref name="scorecard"/> evaluates firms with.</summary>
    /// <param name="scorecard">The scorecard profile.</param>
    /// <exception cref="ProfileException">The firm profile is invalid, or does not have a tier the scorecard names (a tier-land share's code; the problem gives its JSON path).</exception>
    public static EvaluationProfile LoadFirmProfile(ScorecardProfile scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var firmProfile = ProfileLoader.Load(scorecard.FirmProfile);
        scorecard.CheckTiers(firmProfile);
        return firmProfile;
    }
}
