using System.Text.Json.Nodes;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// The data files of one profile load (<c>standard_table.file</c>): read while each profile text is parsed, before the
/// <c>extends</c> merge, so that a path is resolved from the folder of the file that names it; each <c>file</c> value is
/// then rewritten to the file's identity (relative to the folder the load started from), under which the compiler finds
/// its bytes.
/// </summary>
internal sealed class ProfileDataFiles
{
    /// <summary>The key of a component option that names a data file, and the option object it is in.</summary>
    private const string FileKey = "file";
    private const string TableKey = "standard_table";

    private readonly Dictionary<string, ProfileDataFile> read = new(StringComparer.Ordinal);
    private readonly HashSet<string> refused = new(StringComparer.Ordinal);

    /// <summary>The bytes of the file <paramref name="identity"/> (a rewritten <c>file</c> value), if it was read.</summary>
    public bool TryGet(string identity, out ProfileDataFile file) => read.TryGetValue(identity, out file!);

    /// <summary>Whether reading <paramref name="reference"/> was refused (and the problem already reported).</summary>
    public bool WasRefused(string reference) => refused.Contains(reference);

    /// <summary>
    /// Reads every <c>standard_table.file</c> of one profile text through <paramref name="resolver"/> and rewrites it to the
    /// file's identity; a refusal is a problem at the <c>file</c> key (or at <paramref name="where"/>, the <c>extends</c>
    /// that brought in a base).
    /// </summary>
    /// <param name="text">The parsed text, before the merge.</param>
    /// <param name="from">What the resolver returned for it; null for the loader's starting text.</param>
    /// <param name="identity">The text's name in messages, or null for the starting text.</param>
    /// <param name="resolver">The load's resolver.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="where">The JSON path problems in this text are reported at: <c>$</c> for the starting text.</param>
    public void Collect(JsonObject text, ResolvedProfile? from, string? identity, IProfileResolver resolver, List<ProfileProblem> problems, string where)
    {
        Walk(text, "$");

        void Walk(JsonNode? node, string path)
        {
            if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]");
                }

                return;
            }

            if (node is not JsonObject obj)
            {
                return;
            }

            foreach (var (key, child) in obj.ToArray())
            {
                var at = JsonPath.Child(path, key);
                if (key == TableKey && child is JsonObject table && table[FileKey] is JsonValue value && value.TryGetValue<string>(out var reference))
                {
                    Read(table, reference, where == "$" ? JsonPath.Child(at, FileKey) : where);
                }
                else
                {
                    Walk(child, at);
                }
            }
        }

        void Read(JsonObject table, string reference, string path)
        {
            var prefix = identity is null ? string.Empty : $"in {identity}: ";
            if (resolver is not IProfileDataFileReader reader)
            {
                refused.Add(reference);
                problems.Add(new ProfileProblem(path, $"{prefix}standard_table.file '{reference}' is a file, and this profile is loaded without access to files",
                    "give the rows inline, or load the profile from its file (ProfileLoader.Load(path), escore --profile FILE) or with ProfileResolver.Directory(folder)"));
                return;
            }

            try
            {
                var file = reader.ReadDataFile(reference, from);
                read[file.Identity] = file;
                table[FileKey] = file.Identity;
            }
            catch (ProfileException e)
            {
                refused.Add(reference);
                problems.AddRange(e.Problems.Select(p => p with { Path = path, Message = $"{prefix}standard_table.file: {p.Message}" }));
            }
        }
    }
}
