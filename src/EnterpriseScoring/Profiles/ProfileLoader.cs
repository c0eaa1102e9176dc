using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Loads profiles from JSON: resolves <c>extends</c>, validates everything, compiles the result into an
/// <see cref="EvaluationProfile"/> and checks that it compiles into an <see cref="Evaluator"/>.
/// </summary>
/// <remarks>
/// Every problem found is reported at once in one <see cref="ProfileException"/>, each with its JSON path
/// (<c>$.pools[0].indicators[2].weight</c>) and a hint: JSON syntax errors (line and position), unknown keys and names
/// (with the closest known one), missing required keys, wrong value kinds, out-of-range numbers, <c>extends</c> cycles.
/// The loaded profile carries its <see cref="ProfileMetadata"/> (<see cref="EvaluationProfile.Metadata"/>). Thread-safe.
/// See docs/profile-format.md for the format.
/// </remarks>
public static class ProfileLoader
{
    /// <summary>Reads DTOs after shape validation: unknown keys skipped, required keys not enforced (already reported).</summary>
    internal static readonly JsonSerializerOptions Lenient = CreateLenient();

    /// <summary>Loads a built-in profile by name (see <see cref="ProfileCatalog"/>) or a profile file by path.</summary>
    /// <param name="nameOrPath">A built-in name such as <c>linhai-2014</c>, or a path to a <c>.json</c> file.</param>
    /// <param name="registry">Custom components the profile may reference, or null.</param>
    /// <returns>The compiled profile.</returns>
    /// <exception cref="ProfileException">The profile is invalid or cannot be found; the exception lists every problem.</exception>
    /// <remarks>
    /// A file is read as <see cref="ProfileResolver"/> describes (a regular UTF-8 file of at most
    /// <see cref="ProfileResolver.MaxFileBytes"/> bytes), and its <c>extends</c> are resolved by
    /// <see cref="ProfileResolver.Directory"/> on the file's folder: built-in profiles, or files inside that folder.
    /// </remarks>
    public static EvaluationProfile Load(string nameOrPath, ComponentRegistry? registry = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (!ProfileResolver.IsPath(nameOrPath) && ProfileCatalog.TryGetJson(nameOrPath, out var builtIn))
        {
            return Parse(new Source(builtIn, "built-in " + nameOrPath, "built-in " + nameOrPath, Trusted: true), ProfileResolver.BuiltIn, registry);
        }

        if (File.Exists(nameOrPath))
        {
            var (source, resolver, _) = ReadFile(nameOrPath);
            return Parse(source, resolver, registry);
        }

        throw new ProfileException([new ProfileProblem("$", $"no built-in profile or file named '{nameOrPath}'",
            Suggest.Hint(nameOrPath, ProfileCatalog.Names, "built-in profiles: " + string.Join(", ", ProfileCatalog.Names)))]);
    }

    /// <summary>Parses a profile from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="resolver">
    /// Finds the profiles <c>extends</c> names; <see cref="ProfileResolver.BuiltIn"/> when null, which reads no file: a
    /// service that parses profiles from its users is safe by default. Pass <see cref="ProfileResolver.Directory"/> to
    /// allow base profiles from one folder.
    /// </param>
    /// <param name="registry">Custom components the profile may reference, or null.</param>
    /// <returns>The compiled profile.</returns>
    /// <exception cref="ProfileException">The profile is invalid; the exception lists every problem.</exception>
    public static EvaluationProfile Parse(string json, IProfileResolver? resolver = null, ComponentRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(new Source(json, null, null, Trusted: true), resolver ?? ProfileResolver.BuiltIn, registry);
    }

    /// <summary>
    /// Resolves <c>extends</c> and the data files, and returns the merged JSON (before validation of the names and
    /// numbers), e.g. to show what a small diff profile amounts to.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="resolver">
    /// Finds the profiles <c>extends</c> names and reads the data files; <see cref="ProfileResolver.BuiltIn"/> (no files)
    /// when null.
    /// </param>
    /// <returns>The merged JSON, indented.</returns>
    /// <exception cref="ProfileException">
    /// A syntax error, an unknown base, an <c>extends</c> cycle, or a data file that may not or cannot be read (with
    /// <see cref="ProfileResolver.BuiltIn"/>: every data file).
    /// </exception>
    /// <remarks>
    /// A data file (<c>standard_table.file</c>, a CSV of standard values) is read from the folder of the profile that names
    /// it, confined as <c>extends</c> is (<see cref="ProfileResolver.Directory"/>). In the result its <c>file</c> names it
    /// relative to the resolver's folder (a base in <c>bases/</c> naming <c>c26.csv</c>: <c>bases/c26.csv</c>) and
    /// <c>file_base64</c> beside it holds its bytes: the text carries the table, so <see cref="Parse(string, IProfileResolver?, ComponentRegistry?)"/>
    /// compiles it with no access to files (the CSV's rows are read then, their problems naming line and column as when
    /// the profile is loaded from its file), and a digest of the text changes when the CSV does.
    /// </remarks>
    public static string Resolve(string json, IProfileResolver? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Resolve(new Source(json, null, null, Trusted: true), resolver ?? ProfileResolver.BuiltIn);
    }

    /// <summary>
    /// Reads a profile file as <see cref="Load"/> does and returns it merged with the profiles it extends and carrying the
    /// data files it and they name (before validation of the names and numbers).
    /// </summary>
    /// <param name="path">The profile file.</param>
    /// <returns>The merged JSON, indented.</returns>
    /// <exception cref="ProfileException">
    /// The file cannot be read as a profile, a syntax error, an unknown base, an <c>extends</c> cycle, or a data file that
    /// may not or cannot be read.
    /// </exception>
    /// <remarks>
    /// Each data file (<c>standard_table.file</c>) is read from the folder of the profile file that names it (a base in a
    /// subfolder names its table from its own folder), confined as <c>extends</c> is: a relative path, nothing outside that
    /// folder (by <c>..</c> or a symbolic link), a regular file named <c>*.csv</c> of at most
    /// <see cref="ProfileResolver.MaxDataFileBytes"/> bytes. The result names it relative to the folder of
    /// <paramref name="path"/>, symbolic links resolved (<c>bases/c26.csv</c>), and holds its bytes beside it
    /// (<c>file_base64</c>): <see cref="Parse(string, IProfileResolver?, ComponentRegistry?)"/> compiles the text with no
    /// access to files, into the profile <see cref="Load"/> gives (the same rows, the same
    /// <see cref="Scoring.StandardValueTable.Source"/>, the same problems with the CSV's line and column), and a digest of
    /// the text changes when the CSV does.
    /// </remarks>
    public static string ResolveFile(string path) => ResolveFile(path, out _);

    /// <summary>
    /// <see cref="ResolveFile(string)"/>, also naming every file read: the profile file, each base file it extends
    /// (directly or through another base) and each data file they name, as full paths with symbolic links resolved — what
    /// a cache watches to know when the merged profile may have changed. Built-in bases are not files and are not listed.
    /// </summary>
    /// <param name="path">The profile file.</param>
    /// <param name="files">The files read, the profile file first, then its bases and data files in the order they were read.</param>
    /// <returns>The merged JSON, indented.</returns>
    /// <exception cref="ProfileException">As <see cref="ResolveFile(string)"/>.</exception>
    public static string ResolveFile(string path, out IReadOnlyList<string> files)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var (source, resolver, real) = ReadFile(path);
        var recording = new RecordingResolver(resolver, RealPath.Of(Path.GetDirectoryName(Path.GetFullPath(path))!));
        var json = Resolve(source, recording);
        files = [real, .. recording.Files];
        return json;
    }

    /// <summary>Reads the profile file <paramref name="path"/>; its bases are resolved inside its folder.</summary>
    private static (Source Source, IProfileResolver Resolver, string RealPath) ReadFile(string path)
    {
        var full = Path.GetFullPath(path);
        string real;
        try
        {
            real = RealPath.Of(full);
        }
        catch (IOException e)
        {
            throw new ProfileException([new ProfileProblem("$", $"'{path}' cannot be resolved: {e.GetType().Name}")]);
        }

        // Named as given in messages; keyed as the directory resolver keys its files (relative to the folder) for cycles.
        var json = ProfileFile.Read(real, path);
        return (new Source(json, path, Path.GetFileName(full), Trusted: false), ProfileResolver.Directory(Path.GetDirectoryName(full)!), real);
    }

    private static string Resolve(Source source, IProfileResolver resolver)
    {
        var problems = new List<ProfileProblem>();
        var root = ResolveNode(source, null, resolver, [], problems, "$", null, ProfileFormat.Firm, new ProfileDataFiles());
        if (problems.Count > 0 || root is null)
        {
            throw new ProfileException(problems);
        }

        return root.ToJsonString(ProfileJson.Options);
    }

    private static EvaluationProfile Parse(Source source, IProfileResolver resolver, ComponentRegistry? registry)
    {
        var problems = new List<ProfileProblem>();
        var origins = new Origins();
        var dataFiles = new ProfileDataFiles();
        var root = ResolveNode(source, null, resolver, [], problems, "$", origins, ProfileFormat.Firm, dataFiles);
        if (root is null)
        {
            throw new ProfileException(problems);
        }

        var resolvedProblems = problems.Count;

        ShapeValidator.Validate(root, typeof(ProfileDocument), "$", problems, registry);

        // A well-shaped profile (no unknown key, every required key present) reads the same under the strict options,
        // whose metadata the shape validator has just built: no repair pass, no second set of metadata (~10 ms of a
        // Native AOT load). Otherwise the repaired copy is read leniently, so the rest can still be checked.
        var shapeOk = problems.Count == resolvedProblems;
        var repaired = shapeOk ? root : Repair(root.DeepClone(), typeof(ProfileDocument), registry);
        ProfileDocument? doc;
        try
        {
            doc = repaired?.Deserialize((shapeOk ? ProfileJson.Options : Lenient).TypeInfo<ProfileDocument>());
        }
        catch (JsonException e)
        {
            if (problems.Count == 0)
            {
                problems.Add(new ProfileProblem(e.Path ?? "$", e.Message));
            }

            throw new ProfileException(problems);
        }

        if (doc is null)
        {
            throw new ProfileException(problems.Count > 0 ? problems : [new ProfileProblem("$", "is null", "a profile is a JSON object")]);
        }

        var profile = new ProfileCompiler(registry, problems, dataFiles).Compile(doc, root);
        if (profile is not null && problems.Count == 0)
        {
            try
            {
                _ = new Evaluator(profile);
            }
            catch (ProfileException e)
            {
                problems.AddRange(e.Problems.Select(p => p with { Path = p.Path.StartsWith('$') ? p.Path : "$." + p.Path }));
            }
        }

        if (problems.Count > 0 || profile is null)
        {
            for (var i = resolvedProblems; i < problems.Count && origins.Base is not null; i++)
            {
                problems[i] = origins.Remap(problems[i], root);
            }

            throw new ProfileException(problems.Count > 0 ? problems : [new ProfileProblem("$", "invalid profile")]);
        }

        return profile;
    }

    /// <summary>
    /// Parses <paramref name="source"/>, checks it, and merges it into the profile it extends (resolved by
    /// <paramref name="resolver"/>, recursively). Null, with problems, when it cannot be used.
    /// </summary>
    /// <param name="source">The text, its identity and whether it came from the caller (trusted) or a file.</param>
    /// <param name="from">What <paramref name="resolver"/> returned for it; null for the loader's starting text.</param>
    /// <param name="resolver">Finds the bases.</param>
    /// <param name="chain">The identities of the profiles that extend this one (cycle detection).</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="where">The JSON path problems in this text are reported at.</param>
    /// <param name="origins">Records where merged nodes came from: their paths in the starting text, and the file of the chain that wrote them; or null.</param>
    /// <param name="format">The profile format: its root keys and the keys that name an object's kind.</param>
    /// <param name="dataFiles">Reads the data files each text names (<see cref="ProfileDataFiles.Collect"/>), or null to read none.</param>
    /// <param name="pathOrigins">Records which file wrote each of the format's path-valued keys, or null.</param>
    private static JsonObject? ResolveNode(Source source, ResolvedProfile? from, IProfileResolver resolver, List<string> chain, List<ProfileProblem> problems, string where, Origins? origins, ProfileFormat format, ProfileDataFiles? dataFiles, Dictionary<string, PathOrigin>? pathOrigins = null)
    {
        if (ProfileText.Parse(source.Json, source.Identity, source.Trusted, where, problems, format) is not { } obj)
        {
            return null;
        }

        dataFiles?.Collect(obj, from, from?.Identity, resolver, problems, where);

        if (!obj.TryGetPropertyValue("extends", out var extendsNode) || extendsNode is null)
        {
            obj.Remove("extends");
            RecordPathOrigins(obj, source, from, format, pathOrigins);
            origins?.Wrote(obj, source.Identity);
            return obj;
        }

        if (extendsNode.GetValueKind() != JsonValueKind.String)
        {
            problems.Add(new ProfileProblem(where == "$" ? "$.extends" : where, "extends must be a string: a built-in profile name or a relative file path"));
            return null;
        }

        var target = extendsNode.GetValue<string>();
        var path = where == "$" ? "$.extends" : where;
        ResolvedProfile resolved;
        try
        {
            resolved = resolver.Resolve(target, from);
        }
        catch (ProfileException e)
        {
            problems.AddRange(e.Problems.Select(p => p with { Path = path }));
            return null;
        }

        var current = source.Key ?? "(this profile)";
        var newChain = new List<string>(chain) { current };
        if (newChain.Contains(resolved.Identity, StringComparer.Ordinal))
        {
            problems.Add(new ProfileProblem(path, "extends cycle: " + string.Join(" → ", newChain.Append(resolved.Identity)), "a profile cannot extend itself, directly or through others"));
            return null;
        }

        var baseObj = ResolveNode(new Source(resolved.Json, resolved.Identity, resolved.Identity, Trusted: false), resolved, resolver, newChain, problems, path, origins, format, dataFiles, pathOrigins);
        if (baseObj is null)
        {
            return null;
        }

        // The base's path-valued keys are recorded; what this file writes over them is its own (merged below).
        RecordPathOrigins(obj, source, from, format, pathOrigins);

        obj.Remove("extends");
        var merge = new MergeContext(problems, source.Identity, origins, start: from is null, format.KindKeys);
        if (origins is not null && from is null)
        {
            origins.Base = resolved.Identity;
        }

        merge.Object(baseObj, obj, "$");
        return baseObj;
    }

    /// <summary>
    /// Records <paramref name="source"/> as the writer of the path-valued keys its own text gives (a null value deletes
    /// the key, and with it the record). Called after its base is resolved, so the file nearest the start of the chain wins,
    /// as it does in the merge.
    /// </summary>
    private static void RecordPathOrigins(JsonObject obj, Source source, ResolvedProfile? from, ProfileFormat format, Dictionary<string, PathOrigin>? pathOrigins)
    {
        if (pathOrigins is null || format.PathKeys is null)
        {
            return;
        }

        foreach (var key in format.PathKeys)
        {
            if (!obj.TryGetPropertyValue(key, out var value))
            {
                continue;
            }

            if (value is null)
            {
                pathOrigins.Remove(key);
            }
            else
            {
                pathOrigins[key] = from is null ? new PathOrigin(source.Key, string.Empty) : new PathOrigin(from.Identity, from.Location);
            }
        }
    }

    /// <summary>
    /// Resolves the <c>extends</c> of a profile of another <paramref name="format"/> (a scorecard profile) by the firm
    /// profiles' rules: the same resolvers and their confinement to the file's folder, the same merge (objects key by key,
    /// arrays of objects with an <c>id</c> by id, other values replaced, null deletes), the same cycle check and messages.
    /// </summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The file it was read from, as given (untrusted text: its problems do not quote it), or null for the caller's text.</param>
    /// <param name="resolver">Finds the bases.</param>
    /// <param name="format">The format: its root keys and the keys that name an object's kind.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="remap">Maps a problem found in the merged profile to its path in the extending text, where it has one.</param>
    /// <param name="pathOrigins">For each of the format's path-valued keys the merged profile has: the file of the chain that wrote it (<see cref="ProfileFormat.PathKeys"/>).</param>
    /// <returns>The merged profile, without <c>extends</c>; null when it cannot be resolved (then <paramref name="problems"/> says why).</returns>
    internal static JsonObject? ResolveExtends(string json, string? file, IProfileResolver resolver, ProfileFormat format, List<ProfileProblem> problems, out Func<ProfileProblem, JsonNode, ProfileProblem> remap, out IReadOnlyDictionary<string, PathOrigin> pathOrigins)
    {
        var origins = new Origins();
        var writers = new Dictionary<string, PathOrigin>(StringComparer.Ordinal);
        var source = file is null ? new Source(json, null, null, Trusted: true) : new Source(json, file, Path.GetFileName(file), Trusted: false);
        remap = (problem, root) => origins.Base is null ? problem : origins.Remap(problem, root);
        pathOrigins = writers;
        return ResolveNode(source, null, resolver, [], problems, "$", origins, format, null, writers);
    }

    /// <summary>A profile's text: handed over by the caller (trusted: its problems may quote it), or read from a file or a resolver.</summary>
    /// <param name="Json">The text.</param>
    /// <param name="Identity">Its name in messages; null for the caller's text.</param>
    /// <param name="Key">Its identity for cycle checks, as the resolver names profiles; null for the caller's text.</param>
    /// <param name="Trusted">Whether it came from the caller rather than a file.</param>
    private sealed record Source(string Json, string? Identity, string? Key, bool Trusted);

    /// <summary>
    /// The <c>extends</c> merge: objects merge key by key; arrays whose items are all objects with an <c>id</c> merge by
    /// id (same id: deep merge; new id: appended; <c>{"id": x, "remove": true}</c>: removed); other arrays and scalars
    /// replace; null deletes the key. Records the file that wrote what it adds or replaces, and, merging the starting text,
    /// where each node of the result came from in it.
    /// </summary>
    /// <param name="problems">Where problems go.</param>
    /// <param name="writer">The extending file's name in messages; null for the caller's text.</param>
    /// <param name="origins">Where the records go, or null.</param>
    /// <param name="start">Whether the extending text is the starting text (its paths are recorded).</param>
    /// <param name="discriminators">The keys that name an object's kind.</param>
    private sealed class MergeContext(List<ProfileProblem> problems, string? writer, Origins? origins, bool start, IReadOnlyList<string> discriminators)
    {
        private readonly string file = writer is null ? string.Empty : $" (in {writer})";

        public void Object(JsonObject target, JsonObject overlay, string path)
        {
            Merged(target, path);
            foreach (var (key, value) in overlay.ToArray())
            {
                var at = JsonPath.Child(path, key);
                if (value is null)
                {
                    target.Remove(key);
                }
                else if (value is JsonObject child && target[key] is JsonObject existing && !ChangesKind(existing, child))
                {
                    Object(existing, child, at);
                }
                else if (value is JsonArray items && items.Count > 0 && items.All(i => IdOf(i) is not null)
                         && (target[key] is not JsonArray old || old.All(i => IdOf(i) is not null)))
                {
                    if (target[key] is not JsonArray existingArray)
                    {
                        existingArray = [];
                        target[key] = existingArray;
                        origins?.Wrote(existingArray, writer); // the array is this file's, though its items are merged by id
                    }

                    ById(existingArray, items, at);
                }
                else
                {
                    var clone = value.DeepClone();
                    target[key] = clone;
                    Added(clone, at);
                }
            }
        }

        private void ById(JsonArray target, JsonArray overlay, string path)
        {
            Merged(target, path);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < overlay.Count; i++)
            {
                var item = (JsonObject)overlay[i]!;
                var id = IdOf(item)!;
                var at = $"{path}[{i}]";
                if (!seen.Add(id))
                {
                    problems.Add(new ProfileProblem(at + ".id", $"id '{id}' appears more than once in this array{file}", "put all changes to one item into one object"));
                    continue;
                }

                var match = target.FirstOrDefault(t => IdOf(t) == id) as JsonObject;
                if (item.ContainsKey("remove"))
                {
                    if (item["remove"] is not JsonValue flag || flag.GetValueKind() != System.Text.Json.JsonValueKind.True || item.Count != 2)
                    {
                        problems.Add(new ProfileProblem(at, $"a removal must be exactly {{\"id\": \"{id}\", \"remove\": true}}{file}", "to change an item, leave out remove and give the keys to change"));
                    }
                    else if (match is null)
                    {
                        var ids = target.Select(IdOf).OfType<string>().ToList();
                        problems.Add(new ProfileProblem(at + ".id", $"no item with id '{id}' to remove{file}",
                            Suggest.Hint(id, ids, ids.Count == 0 ? "the base has no items here" : "ids in the base: " + string.Join(", ", ids))));
                    }
                    else
                    {
                        target.Remove(match);
                    }
                }
                else if (match is not null)
                {
                    Object(match, item, at);
                }
                else
                {
                    var clone = item.DeepClone();
                    target.Add(clone);
                    Added(clone, at);
                }
            }
        }

        /// <summary>A node of the base the extending text merges into (its own path, when it is the starting text).</summary>
        private void Merged(JsonNode target, string path)
        {
            if (start)
            {
                origins?.Record(target, path, whole: false);
            }
        }

        /// <summary>A node the extending text adds or replaces whole: it wrote it.</summary>
        private void Added(JsonNode clone, string path)
        {
            if (start)
            {
                origins?.Record(clone, path, whole: true);
            }

            origins?.Wrote(clone, writer);
        }

        /// <summary>
        /// Whether the overlay names another kind of object (for firm profiles a different <c>type</c>, <c>method</c>,
        /// <c>scheme</c>, <c>strategy</c> or <c>policy</c>; <see cref="ProfileFormat.KindKeys"/>): then it replaces the
        /// object, so the old kind's options do not linger.
        /// </summary>
        private bool ChangesKind(JsonObject existing, JsonObject overlay)
        {
            foreach (var key in discriminators)
            {
                if (overlay[key] is JsonValue o && existing[key] is JsonValue e && o.ToJsonString() != e.ToJsonString())
                {
                    return true;
                }
            }

            return false;
        }

        private static string? IdOf(JsonNode? node) =>
            node is JsonObject o && o["id"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;
    }

    /// <summary>
    /// Where the nodes of a merged profile came from in the extending file, so that problems found in the merged profile are
    /// reported at their path in that file; problems in parts only a base defines keep their resolved path and name the file
    /// of the chain that wrote them (<see cref="Wrote"/>: the nearest to the start of the chain, as in the merge).
    /// </summary>
    private sealed class Origins
    {
        private readonly Dictionary<JsonNode, (string Path, bool Whole)> map = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<JsonNode, string?> writers = new(ReferenceEqualityComparer.Instance);

        /// <summary>The base the extending file names, once known.</summary>
        public string? Base { get; set; }

        public void Record(JsonNode node, string path, bool whole) => map[node] = (path, whole);

        /// <summary>
        /// Records <paramref name="file"/> (its name in messages) as the writer of <paramref name="node"/> and what it holds,
        /// unless a node inside it says otherwise: a file's whole text where the chain ends, and what a file of the chain
        /// adds or replaces in the merge.
        /// </summary>
        public void Wrote(JsonNode node, string? file) => writers[node] = file;

        public ProfileProblem Remap(ProfileProblem problem, JsonNode root)
        {
            if (ChildPath(problem.Path, root) is { } mapped)
            {
                return problem with { Path = mapped };
            }

            return problem with { Message = $"{problem.Message} (inherited from {WriterOf(problem.Path, root) ?? Base})" };
        }

        /// <summary>
        /// The file of the chain that wrote the deepest node on <paramref name="path"/> in the merged profile that a file is
        /// recorded for (a key the profile lacks: the file that wrote the object missing it); null when none is known.
        /// </summary>
        private string? WriterOf(string path, JsonNode root)
        {
            if (!path.StartsWith('$'))
            {
                return null;
            }

            string? writer = null;
            JsonNode? node = root;
            var i = 1;
            while (node is not null)
            {
                if (writers.TryGetValue(node, out var file))
                {
                    writer = file;
                }

                if (i >= path.Length || !JsonPath.TrySegment(path, i, out var key, out var index, out var end))
                {
                    break;
                }

                node = Child(node, key, index);
                i = end;
            }

            return writer;
        }

        private string? ChildPath(string path, JsonNode root)
        {
            if (!path.StartsWith('$') || !map.TryGetValue(root, out var current))
            {
                return null;
            }

            JsonNode? node = root;
            var i = 1;
            while (i < path.Length)
            {
                if (!JsonPath.TrySegment(path, i, out var key, out var index, out var end))
                {
                    return null;
                }

                var next = Child(node, key, index);
                if (next is null)
                {
                    // Not in the merged profile (e.g. a missing key): the same key in the extending file.
                    return key is not null && end == path.Length ? JsonPath.Child(current.Path, key) : null;
                }

                if (!map.TryGetValue(next, out var origin))
                {
                    return null; // only the base defines this part
                }

                if (origin.Whole)
                {
                    return origin.Path + path[end..];
                }

                current = origin;
                node = next;
                i = end;
            }

            return current.Path;
        }

        /// <summary>The child of <paramref name="node"/> a segment names: the key, else the index; null when there is none.</summary>
        private static JsonNode? Child(JsonNode? node, string? key, int index) => key is not null
            ? (node as JsonObject)?.TryGetPropertyValue(key, out var v) == true ? v : null
            : node is JsonArray a && index < a.Count ? a[index] : null;
    }

    /// <summary>Removes what the shape validator reported (unknown keys, wrong kinds) so the rest can still be checked.</summary>
    internal static JsonNode? Repair(JsonNode? node, Type type, ComponentRegistry? registry = null)
    {
        var errors = new List<ProfileProblem>();
        ShapeValidator.Validate(node, type, "$", errors, registry);
        if (errors.Count == 0)
        {
            return node;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (node is JsonObject obj && type.IsClass && type != typeof(string) && !type.IsGenericType && type != typeof(JsonNode))
        {
            var info = ProfileJson.Options.GetTypeInfo(type);
            var known = info.Properties.ToDictionary(p => p.Name, p => p.PropertyType, StringComparer.Ordinal);
            foreach (var (key, value) in obj.ToArray())
            {
                if (!known.TryGetValue(key, out var propertyType))
                {
                    obj.Remove(key);
                    continue;
                }

                var fixedValue = ComponentShape.SlotOf(type, key) is { } catalog
                    ? ComponentShape.Repair(value, catalog, propertyType != typeof(JsonObject), registry)
                    : Repair(value, propertyType, registry);
                if (fixedValue is null)
                {
                    obj.Remove(key);
                }
                else if (!ReferenceEquals(fixedValue, value))
                {
                    obj[key] = fixedValue;
                }
            }

            return obj;
        }

        if (node is JsonArray array && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var element = type.GetGenericArguments()[0];
            if (element.IsClass && element != typeof(string) && !element.IsGenericType)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    var fixedValue = Repair(array[i], element, registry);
                    if (!ReferenceEquals(fixedValue, array[i]))
                    {
                        array[i] = fixedValue?.DeepClone();
                    }
                }

                return array;
            }
        }

        return null;
    }

    private static JsonSerializerOptions CreateLenient()
    {
        var options = new JsonSerializerOptions(ProfileJson.Options)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
            TypeInfoResolver = ProfileJsonContext.Default.WithAddedModifier(static info =>
            {
                foreach (var property in info.Properties)
                {
                    property.IsRequired = false;
                }
            }),
        };
        options.MakeReadOnly();
        return options;
    }
}
