using System.Text.Json.Nodes;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// The data files of one profile load (<c>standard_table.file</c>): read while each profile text is parsed, before the
/// <c>extends</c> merge, so that a path is resolved from the folder of the file that names it. Each <c>file</c> value is
/// then rewritten to the file's identity (relative to the folder the load started from) and the file's bytes are put
/// beside it, base64, as <c>file_base64</c>: the merged profile carries its tables, so its text
/// (<see cref="ProfileLoader.ResolveFile(string)"/>) compiles without access to files, and its digest changes with them.
/// </summary>
/// <remarks>
/// <c>file</c> and <c>file_base64</c> travel together through the merge: a text that names a file gives both (replacing a
/// base's), a text that deletes <c>file</c> (<c>"file": null</c>) deletes <c>file_base64</c> too. A text that already
/// carries <c>file_base64</c> (a resolved text used again) keeps it when the load has no access to files
/// (<see cref="ProfileLoader.Parse(string, IProfileResolver?, ComponentRegistry?)"/> without a resolver that reads files); a load that can read files reads the named file again and replaces the
/// bytes, so a resolved text saved as a profile file never uses a stale copy of its table.
/// </remarks>
internal sealed class ProfileDataFiles
{
    /// <summary>The key of a table's option that names its data file.</summary>
    public const string FileKey = "file";

    /// <summary>The key the loader writes a data file's bytes under (base64), beside <see cref="FileKey"/>.</summary>
    public const string ContentKey = "file_base64";

    private const string TableKey = "standard_table";

    /// <summary>The problem of <see cref="ContentKey"/> given without <see cref="FileKey"/> beside it.</summary>
    public const string WithoutFile = "file_base64 without file: it holds the bytes of the file named by file, as the loader writes them";

    /// <summary>The hint of <see cref="WithoutFile"/>.</summary>
    public const string WithoutFileHint = "remove file_base64 (give rows), or give file too";

    /// <summary>The longest <c>file</c> that may name the bytes of <see cref="ContentKey"/>.</summary>
    public const int MaxFileReferenceLength = 260;

    /// <summary>
    /// Whether <paramref name="file"/> is a path the loader could have written beside <see cref="ContentKey"/>: relative,
    /// without <c>..</c>, a drive or control characters, named <c>*.csv</c>, at most <see cref="MaxFileReferenceLength"/>
    /// characters — so that a text from elsewhere (a request given to <see cref="ProfileLoader.Parse(string, IProfileResolver?, ComponentRegistry?)"/>)
    /// cannot put any path or a huge name into the provenance of its table and the messages quoting it.
    /// </summary>
    public static bool IsPlainReference(string file)
    {
        var path = file.Replace('\\', '/');
        return file.Length is > 0 and <= MaxFileReferenceLength
            && !Path.IsPathRooted(file) && !path.StartsWith('/') && !path.Contains(':', StringComparison.Ordinal)
            && !path.Split('/').Contains("..")
            && !file.Any(char.IsControl)
            && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
    }

    private readonly HashSet<string> refused = new(StringComparer.Ordinal);

    /// <summary>Whether reading <paramref name="reference"/> was refused (and the problem already reported).</summary>
    public bool WasRefused(string reference) => refused.Contains(reference);

    /// <summary>
    /// Reads every <c>standard_table.file</c> of one profile text through <paramref name="resolver"/>, rewrites it to the
    /// file's identity and puts the file's bytes beside it (<see cref="ContentKey"/>); a refusal is a problem at the
    /// <c>file</c> key (or at <paramref name="where"/>, the <c>extends</c> that brought in a base).
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
                if (key == TableKey && child is JsonObject table)
                {
                    Table(table, at);
                }
                else
                {
                    Walk(child, at);
                }
            }
        }

        void Table(JsonObject table, string at)
        {
            if (table[ContentKey] is not null && !(table[FileKey] is JsonValue own && own.TryGetValue<string>(out _)) && text.ContainsKey("extends"))
            {
                // bytes without their own file over a base would replace the base's table while run.json still names the
                // base's file: refused, and dropped so that the merged table does not report it twice
                var prefix = identity is null ? string.Empty : $"in {identity}: ";
                problems.Add(new ProfileProblem(where == "$" ? JsonPath.Child(at, ContentKey) : where, $"{prefix}{WithoutFile}", WithoutFileHint));
                table.Remove(ContentKey);
                return;
            }

            if (table.TryGetPropertyValue(FileKey, out var file) && file is null && !table.ContainsKey(ContentKey) && text.ContainsKey("extends"))
            {
                table[ContentKey] = null; // deletes a base's bytes with its file
            }
            else if (file is JsonValue value && value.TryGetValue<string>(out var reference) && (resolver is IProfileDataFileReader || !table.ContainsKey(ContentKey)))
            {
                // a load that can read files reads the file again, even when the text carries bytes (a resolved text saved as a
                // profile file): the table on disk is the one named, never a stale copy
                Read(table, reference, where == "$" ? JsonPath.Child(at, FileKey) : where);
            }
        }

        void Read(JsonObject table, string reference, string path)
        {
            var prefix = identity is null ? string.Empty : $"in {identity}: ";
            if (resolver is not IProfileDataFileReader reader)
            {
                refused.Add(reference);
                problems.Add(new ProfileProblem(path, $"{prefix}standard_table.file '{reference}' is a file, and this profile is loaded without access to files",
                    "give the rows inline, or load the profile from its file (ProfileLoader.Load(path), escore --profile FILE) or with ProfileResolver.Directory(folder), or resolve it to text there first (ProfileLoader.ResolveFile: the text carries the file)"));
                return;
            }

            try
            {
                var file = reader.ReadDataFile(reference, from);
                table[FileKey] = file.Identity;
                table[ContentKey] = Convert.ToBase64String(file.Bytes);
            }
            catch (ProfileException e)
            {
                refused.Add(reference);
                problems.AddRange(e.Problems.Select(p => p with { Path = path, Message = $"{prefix}standard_table.file: {p.Message}" }));
            }
        }
    }

    /// <summary>
    /// The bytes of a table's data file as the loader wrote them (<see cref="ContentKey"/>, base64), or null with the reason
    /// when the value is not the base64 of a file of at most <see cref="ProfileResolver.MaxDataFileBytes"/> bytes.
    /// </summary>
    /// <param name="base64">The value.</param>
    /// <param name="reason">Why it cannot be used, when null is returned.</param>
    public static byte[]? Decode(string base64, out string reason)
    {
        reason = string.Empty;
        if (base64.Length > (ProfileResolver.MaxDataFileBytes + 2L) / 3 * 4)
        {
            reason = "holds more than a data file may (16 MiB, ProfileResolver.MaxDataFileBytes)";
            return null;
        }

        var buffer = new byte[base64.Length / 4 * 3 + 3];
        if (!Convert.TryFromBase64String(base64, buffer, out var length))
        {
            reason = "is not base64";
            return null;
        }

        return buffer[..length];
    }
}
