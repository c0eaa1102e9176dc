using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Parses one profile text into a JSON object, with the checks that come before any key is read: JSON syntax (line
/// and position), a JSON object at the root, every string valid Unicode (no unpaired surrogate escape such as
/// <c>\ud800</c>), and — for text read from a file — that it is a profile at all.
/// </summary>
/// <remarks>
/// Text read from a file (not handed over by the caller) is reported without quoting it unless it is recognisably a
/// profile: syntax errors name the line and position but not the characters found there, and a JSON file whose
/// top-level keys are not profile keys (or near misses of them, i.e. typos) is "not a profile", without its keys or
/// values. So pointing the loader at a file that is not a profile never shows what the file contains.
/// </remarks>
internal static partial class ProfileText
{
    /// <summary>The keys a firm profile may have at its root.</summary>
    internal static readonly Lazy<string[]> TopLevelKeys = new(() =>
        [.. ProfileJson.Options.GetTypeInfo(typeof(ProfileDocument)).Properties.Select(p => p.Name)]);

    /// <summary>Quoted tokens in System.Text.Json's syntax messages that are JSON's own punctuation and literals, not file contents.</summary>
    private static readonly HashSet<string> JsonTokens = new(StringComparer.Ordinal) { "','", "'}'", "']'", "':'", "'{'", "'['", "'\"'", "'true'", "'false'", "'null'", "'E'", "'e'", "'/*'", "'//'", "'\\u'" };

    /// <summary>The root object of <paramref name="json"/>, or null with the problems added.</summary>
    /// <param name="json">The text.</param>
    /// <param name="identity">Its name in messages (a file), or null for the caller's text.</param>
    /// <param name="trusted">Whether the caller handed the text over (then problems may quote it).</param>
    /// <param name="where">The JSON path problems are reported at (<c>$</c>, or the <c>extends</c> that named it).</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="format">The profile format the text must be (its root keys); null = a firm profile.</param>
    public static JsonObject? Parse(string json, string? identity, bool trusted, string where, List<ProfileProblem> problems, ProfileFormat? format = null)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: ProfileJson.DocumentOptions);
        }
        catch (JsonException e)
        {
            var file = identity is null ? string.Empty : $" in {identity}";
            var at = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}") : string.Empty;
            var reason = Reason(e.Message, trusted);
            problems.Add(new ProfileProblem(where, $"JSON syntax error{file}{at}{(reason.Length > 0 ? ": " + reason : string.Empty)}",
                trusted ? "check commas, quotes and brackets" : "a profile is a UTF-8 JSON object: if this file is one, check commas, quotes and brackets there"));
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // A key with an unpaired surrogate escape fails while the object is built (its duplicate check reads the keys):
            // the scan finds its path. Text handed over as a .NET string with a stray surrogate cannot be transcoded at all.
            var found = problems.Count;
            CheckStrings(json, problems);
            if (problems.Count == found)
            {
                problems.Add(new ProfileProblem(where, "not valid Unicode text (an unpaired UTF-16 surrogate)", "remove the stray character"));
            }

            return null;
        }

        if (node is not JsonObject obj)
        {
            problems.Add(new ProfileProblem(where, identity is null || trusted ? "a profile must be a JSON object" : $"'{identity}' is not a profile: a profile is a JSON object", "start with {"));
            return null;
        }

        format ??= ProfileFormat.Firm;
        if (!trusted && !LooksLikeAProfile(obj, format.RootKeys()))
        {
            problems.Add(new ProfileProblem(where, $"'{identity}' is not a profile: its top-level keys are not those of a profile (its contents are not shown)",
                format.NotAProfileHint));
            return null;
        }

        var before = problems.Count;
        CheckStrings(json, problems);
        return problems.Count == before ? obj : null;
    }

    /// <summary>Whether every top-level key is a profile key or a near miss of one (a typo is reported as such later).</summary>
    private static bool LooksLikeAProfile(JsonObject obj, IReadOnlyCollection<string> known)
    {
        foreach (var (key, _) in obj)
        {
            if (!known.Contains(key, StringComparer.Ordinal) && Suggest.Closest(key, known) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>System.Text.Json's reason without its position suffix; for a file, without the characters it quotes from the file.</summary>
    private static string Reason(string message, bool trusted)
    {
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        message = message.Trim();
        return trusted ? message : Quoted().Replace(message, m => JsonTokens.Contains(m.Value) ? m.Value : "'…'");
    }

    /// <summary>
    /// Reports every string value and key holding an escaped surrogate that is not part of a pair (<c>"\ud800"</c>):
    /// not Unicode, it cannot be written as UTF-8 (results, run.json, the profile hash), so it is a profile error here.
    /// </summary>
    private static void CheckStrings(string json, List<ProfileProblem> problems)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var containers = new Stack<(string Path, bool IsArray, int Count)>();
        string? key = null;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var bad = reader.ValueIsEscaped ? LoneSurrogate(reader.ValueSpan) : null;
                if (bad is not null)
                {
                    problems.Add(new ProfileProblem(containers.Peek().Path, $"a key contains {bad}, a UTF-16 surrogate without its pair: not valid Unicode", "remove the escape or complete the pair (e.g. \\ud83d\\ude00)"));
                }

                key = bad is null ? reader.GetString() : "(invalid key)";
                continue;
            }

            // A value: its path is its container's path and its key or index.
            var path = "$";
            if (containers.Count > 0)
            {
                var (parent, isArray, count) = containers.Pop();
                containers.Push((parent, isArray, count + 1));
                path = isArray ? string.Create(CultureInfo.InvariantCulture, $"{parent}[{count}]") : JsonPath.Child(parent, key ?? string.Empty);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
            else if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && LoneSurrogate(reader.ValueSpan) is { } bad)
            {
                problems.Add(new ProfileProblem(path, $"contains {bad}, a UTF-16 surrogate without its pair: not valid Unicode", "remove the escape or complete the pair (e.g. \\ud83d\\ude00)"));
            }
        }
    }

    /// <summary>The first escape of an unpaired surrogate in a raw (still escaped) JSON string, e.g. <c>\ud800</c>; null when none.</summary>
    private static string? LoneSurrogate(ReadOnlySpan<byte> raw)
    {
        for (var i = 0; i < raw.Length - 1; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                continue;
            }

            if (raw[i + 1] != (byte)'u')
            {
                i++; // an escaped character such as \\ or \"
                continue;
            }

            if (!Hex(raw, i + 2, out var unit))
            {
                return null; // the reader already rejects a malformed \u escape
            }

            if (char.IsHighSurrogate(unit))
            {
                if (i + 12 <= raw.Length && raw[i + 6] == (byte)'\\' && raw[i + 7] == (byte)'u' && Hex(raw, i + 8, out var low) && char.IsLowSurrogate(low))
                {
                    i += 11;
                    continue;
                }

                return Escape(raw, i);
            }

            if (char.IsLowSurrogate(unit))
            {
                return Escape(raw, i);
            }

            i += 5;
        }

        return null;
    }

    private static bool Hex(ReadOnlySpan<byte> raw, int start, out char unit)
    {
        unit = '\0';
        if (start + 4 > raw.Length)
        {
            return false;
        }

        var ok = int.TryParse(Encoding.ASCII.GetString(raw.Slice(start, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value);
        unit = (char)value;
        return ok;
    }

    private static string Escape(ReadOnlySpan<byte> raw, int at) => Encoding.ASCII.GetString(raw.Slice(at, 6));

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();
}
