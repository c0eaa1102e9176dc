using System.Globalization;
using System.Text.Json.Nodes;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Reads a scorecard profile's JSON tree into a <see cref="ScorecardProfile"/>, collecting every problem with its JSON path
/// (unknown keys with the closest known one, missing keys, wrong kinds, out-of-range numbers, unknown indicators,
/// targets a method cannot use, assumptions that point at nothing). Reads <see cref="JsonNode"/>s only: no
/// reflection-based serialisation (trimmed and Native AOT apps).
/// </summary>
internal sealed partial class ScorecardCompiler
{
    private static readonly CultureInfo F = CultureInfo.InvariantCulture;

    internal static readonly string[] RootKeys = ["$schema", "kind", "id", "name", "description", "jurisdiction", "year", "firm_profile", "scope", "peer_group", "top_list", "bottom_list", "history", "types", "default_type", "quotas", "event_classes", "sources", "assumptions", "notes", "indicators"];
    internal static readonly string[] SourceKeys = ["document", "url", "what"];
    internal static readonly string[] AssumptionKeys = ["path", "note"];

    /// <summary>The scorecard profile format, for <c>extends</c>: its root keys (and <c>extends</c>), and <c>kind</c> as the key that names a target's, a method's or a definition's kind.</summary>
    internal static readonly ProfileFormat Format = new(
        () => [.. RootKeys, "extends"],
        ["kind"],
        "a scorecard profile is a JSON object with \"kind\": \"scorecard\", id, year, firm_profile and indicators; see docs/scorecard.md",
        ["firm_profile"]);

    internal static readonly Dictionary<string, PeerGroup> PeerGroups = new(StringComparer.Ordinal) { ["all"] = PeerGroup.All, ["level"] = PeerGroup.Level, ["county"] = PeerGroup.County };
    internal static readonly Dictionary<string, ScorecardScope> Scopes = new(StringComparer.Ordinal) { ["main_platforms"] = ScorecardScope.MainPlatforms, ["all_platforms"] = ScorecardScope.AllPlatforms };

    private readonly List<ProfileProblem> problems = [];

    /// <summary>
    /// Resolves the <c>extends</c> of <paramref name="json"/> by the firm profiles' rules (<see cref="ProfileLoader"/>:
    /// built-in scorecards by name, files inside <paramref name="folder"/> only, merged by id, cycles refused), then
    /// compiles the merged profile. A problem in a part the extending text gives is reported at its path there. A firm
    /// profile file is resolved in the folder of the file that names it (a base scorecard's own folder for the base's).
    /// </summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The file it was read from, as given; null for a built-in scorecard or the caller's text.</param>
    /// <param name="folder">The folder of <paramref name="file"/> (its real path): base scorecard files and firm profile files are resolved in it and below it; null = built-ins only.</param>
    /// <exception cref="ProfileException">Every problem found.</exception>
    public static ScorecardProfile Compile(string json, string? file, string? folder)
    {
        var problems = new List<ProfileProblem>();
        IProfileResolver resolver = folder is null ? ScorecardBuiltInResolver.Instance : new DirectoryProfileResolver(folder, ScorecardBuiltInResolver.Instance);
        var root = ProfileLoader.ResolveExtends(json, file, resolver, Format, problems, out var remap, out var pathOrigins);
        if (root is null)
        {
            throw new ProfileException(problems);
        }

        var compiler = new ScorecardCompiler();
        var profile = compiler.Root(root, folder, pathOrigins.GetValueOrDefault("firm_profile"));
        problems.AddRange(compiler.problems.Select(p => remap(p, root)));
        if (problems.Count > 0 || profile is null)
        {
            throw new ProfileException(problems.Count > 0 ? problems : [new ProfileProblem("$", "invalid scorecard profile")]);
        }

        return profile;
    }

    private ScorecardProfile? Root(JsonNode? node, string? folder, PathOrigin? firmProfileOrigin)
    {
        if (node is not JsonObject root)
        {
            Problem("$", "is not a JSON object", "a scorecard profile is an object with \"kind\": \"scorecard\"");
            return null;
        }

        Keys(root, "$", RootKeys);
        var kind = Str(root, "kind", "$", required: true);
        if (kind is not null && kind != "scorecard")
        {
            Problem("$.kind", $"'{kind}' is not 'scorecard'", "a scorecard profile says \"kind\": \"scorecard\" (a firm profile is loaded by 'escore score')");
        }

        var id = Str(root, "id", "$", required: true);
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            Problem("$.id", "is empty", "e.g. jiaxing-platforms-2020");
        }

        var year = Int(root, "year", "$", required: true);
        if (year is < 1990 or > 2200)
        {
            Problem("$.year", $"{year} is not a plausible year", "e.g. 2020");
        }

        var firmProfileReference = Str(root, "firm_profile", "$", required: true);
        var firmProfile = FirmProfile(firmProfileReference, FolderOf(folder, firmProfileOrigin));
        var scope = Enum(root, "scope", "$", Scopes) ?? ScorecardScope.MainPlatforms;
        var peer = Enum(root, "peer_group", "$", PeerGroups) ?? PeerGroup.All;
        var topList = ListSize(root, "top_list");
        var bottomList = ListSize(root, "bottom_list");
        var history = Each(root, "history", "$", HistoryRule);
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < history.Count; r++)
        {
            if (!ruleIds.Add(history[r].Id))
            {
                Problem($"$.history[{r}].id", $"'{history[r].Id}' is used twice", "give each history rule its own id");
            }
        }
        var sources = Each(root, "sources", "$", (o, p) =>
        {
            Keys(o, p, SourceKeys);
            var document = Str(o, "document", p, required: true);
            if (document is not null && string.IsNullOrWhiteSpace(document))
            {
                Problem(p + ".document", "is empty", "the document's 文号 or title");
            }

            return new ProfileSource(document ?? string.Empty, Str(o, "url", p), Str(o, "what", p));
        });
        var notes = Strings(root, "notes", "$");
        var indicators = Each(root, "indicators", "$", Indicator, required: true);
        if (root["indicators"] is JsonArray { Count: 0 })
        {
            Problem("$.indicators", "no indicators", "a scorecard needs at least one indicator");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (root["indicators"] is JsonArray raw)
        {
            for (var i = 0; i < raw.Count; i++)
            {
                if (raw[i] is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var given) && !seen.Add(given))
                {
                    Problem($"$.indicators[{i}].id", $"'{given}' is scored twice", "give each indicator once");
                }
            }
        }

        var eventClasses = EventClasses(root);
        var (types, defaultType, quotas) = Types(root, seen, ruleIds);
        var assumptions = Each(root, "assumptions", "$", (o, p) =>
        {
            Keys(o, p, AssumptionKeys);
            var path = Str(o, "path", p, required: true);
            var note = Str(o, "note", p, required: true);
            if (path is not null && !PathExists(root, path))
            {
                Problem(p + ".path", $"'{path}' does not point at anything in the scorecard profile", "use a path like $.indicators[0].weight");
            }

            return new ProfileAssumption(path ?? string.Empty, note ?? string.Empty);
        });

        if (id is null || year is null || firmProfile is null)
        {
            return null;
        }

        return new ScorecardProfile
        {
            Id = id,
            Name = Str(root, "name", "$") ?? id,
            Jurisdiction = Str(root, "jurisdiction", "$") ?? string.Empty,
            Year = year.Value,
            FirmProfile = firmProfile,
            FirmProfileReference = firmProfileReference ?? firmProfile,
            Scope = scope,
            PeerGroup = peer,
            TopList = topList,
            BottomList = bottomList,
            HistoryRules = history,
            Types = types,
            DefaultType = defaultType,
            Quotas = quotas,
            EventClasses = eventClasses,
            Indicators = indicators,
            Sources = sources,
            Assumptions = assumptions,
            Notes = notes,
        };
    }

    /// <summary>
    /// The folder of the file of the <c>extends</c> chain that wrote a path: <paramref name="folder"/> (the starting
    /// file's) joined with its location; null when the writer may name built-ins only (the caller's text, a built-in).
    /// </summary>
    private static string? FolderOf(string? folder, PathOrigin? origin) =>
        folder is null || origin is { Location: null } ? null : Path.GetFullPath(Path.Join(folder, origin?.Location ?? string.Empty));

    /// <summary>
    /// Resolves <c>firm_profile</c>: a built-in name, or a relative path inside <paramref name="folder"/>, the folder of
    /// the scorecard file that wrote it (a base scorecard's own folder for a base's), lexically and after every symbolic
    /// link is resolved. A problem with a base's path says it is inherited (<see cref="ProfileLoader.ResolveExtends"/>).
    /// </summary>
    private string? FirmProfile(string? reference, string? folder)
    {
        if (reference is null)
        {
            return null;
        }

        if (!ProfileResolver.IsPath(reference))
        {
            if (!ProfileCatalog.TryGetJson(reference, out _))
            {
                Problem("$.firm_profile", $"no built-in firm profile named '{reference}'", Suggest.Hint(reference, ProfileCatalog.Names, "built-in profiles: " + string.Join(", ", ProfileCatalog.Names)));
                return null;
            }

            return reference;
        }

        if (folder is null)
        {
            Problem("$.firm_profile", $"'{reference}' is a file, but this scorecard was not loaded from a file", "name a built-in firm profile");
            return null;
        }

        if (Path.IsPathRooted(reference) || reference.Replace('\\', '/').Split('/').Contains(".."))
        {
            Problem("$.firm_profile", $"'{reference}' leaves the scorecard's folder", "a relative path inside the scorecard file's folder, or a built-in name");
            return null;
        }

        string full;
        string realFolder;
        try
        {
            // The real path, every symbolic link resolved: a link next to the scorecard must not lead out of its folder.
            full = Internal.RealPath.Of(Path.GetFullPath(Path.Combine(folder, reference)));
            realFolder = Internal.RealPath.Of(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Problem("$.firm_profile", $"'{reference}' cannot be resolved: {e.GetType().Name}", "a relative path inside the scorecard file's folder, or a built-in name");
            return null;
        }

        if (!DirectoryProfileResolver.Inside(full, realFolder))
        {
            Problem("$.firm_profile", $"'{reference}' is (or passes through) a symbolic link that leads out of the scorecard's folder", "copy the firm profile next to the scorecard instead of linking to it");
            return null;
        }

        if (!File.Exists(full))
        {
            Problem("$.firm_profile", $"no file '{reference}' next to the scorecard", "a relative path inside the scorecard file's folder, or a built-in name");
            return null;
        }

        return full;
    }

    private static bool PathExists(JsonNode root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return false;
        }

        JsonNode? node = root;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.' && node is JsonObject obj)
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                if (!obj.TryGetPropertyValue(path[(i + 1)..end], out node))
                {
                    return false;
                }

                i = end;
            }
            else if (path[i] == '[' && node is JsonArray array)
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, F, out var index) || index >= array.Count)
                {
                    return false;
                }

                node = array[index];
                i = end + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
