using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Scorecards;

/// <summary>Readers of JSON values that record a problem, with its JSON path, for every value of the wrong kind or out of range.</summary>
internal sealed partial class ScorecardCompiler
{
    private bool? Bool(JsonObject o, string key, string path)
    {
        switch (o[key])
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return v.GetValue<bool>();
            default:
                Problem(Child(path, key), "is not true or false");
                return null;
        }
    }

    private void Keys(JsonObject o, string path, string[] known)
    {
        foreach (var (key, _) in o)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                Problem(Child(path, key), "unknown key", Suggest.Hint(key, known, "keys here: " + string.Join(", ", known)));
            }
        }
    }

    /// <summary>Reads a value of one kind from a JSON value; false when it is of another kind.</summary>
    private delegate bool ValueReader<T>(JsonValue value, out T result);

    private string? Str(JsonObject o, string key, string path, bool required = false) =>
        Read(o, key, path, required, static (JsonValue v, out string? s) => v.TryGetValue(out s), "a string", out var s) ? s : null;

    private double? Num(JsonObject o, string key, string path, bool required = false) =>
        Read(o, key, path, required, static (JsonValue v, out double d) =>
        {
            d = 0;
            return v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out d) && double.IsFinite(d);
        }, "a number", out var d) ? d : null;

    /// <summary>
    /// The value of <paramref name="key"/> read by <paramref name="read"/>: false (with a problem at its path) when it is
    /// missing and <paramref name="required"/>, or not <paramref name="kind"/>; false (without one) when absent or null.
    /// </summary>
    private bool Read<T>(JsonObject o, string key, string path, bool required, ValueReader<T> read, string kind, out T value)
    {
        value = default!;
        switch (o[key])
        {
            case null when required:
                Problem(Child(path, key), "is missing");
                return false;
            case null:
                return false;
            case JsonValue v when read(v, out value):
                return true;
            default:
                value = default!;
                Problem(Child(path, key), "is not " + kind);
                return false;
        }
    }

    private int? Int(JsonObject o, string key, string path, bool required = false)
    {
        var d = Num(o, key, path, required);
        if (d is { } x && (x != Math.Floor(x) || x is < int.MinValue or > int.MaxValue))
        {
            Problem(Child(path, key), $"{N(x)} is not a whole number");
            return null;
        }

        return d is null ? null : (int)d.Value;
    }

    private double? Positive(JsonObject o, string key, string path)
    {
        var d = Num(o, key, path);
        if (d is <= 0)
        {
            Problem(Child(path, key), $"{N(d.Value)} is not > 0");
            return null;
        }

        return d;
    }

    private double? Share(JsonObject o, string key, string path)
    {
        var d = Num(o, key, path);
        if (d is < 0 or > 1)
        {
            Problem(Child(path, key), $"{N(d.Value)} is not in [0, 1]", "a share of W, e.g. 0.8");
            return null;
        }

        return d;
    }

    private T? Enum<T>(JsonObject o, string key, string path, Dictionary<string, T> names, bool required = false)
        where T : struct
    {
        var s = Str(o, key, path, required);
        if (s is null)
        {
            return null;
        }

        if (names.TryGetValue(s, out var value))
        {
            return value;
        }

        UnknownName<object>(Child(path, key), s, names.Keys, key);
        return null;
    }

    private List<string> Strings(JsonObject o, string key, string path)
    {
        var result = new List<string>();
        switch (o[key])
        {
            case null:
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        result.Add(s);
                    }
                    else
                    {
                        Problem($"{Child(path, key)}[{i}]", "is not a string");
                    }
                }

                break;
            default:
                Problem(Child(path, key), "is not an array of strings");
                break;
        }

        return result;
    }

    private List<T> Each<T>(JsonObject o, string key, string path, Func<JsonObject, string, T?> read, bool required = false)
        where T : class
    {
        var result = new List<T>();
        var at = Child(path, key);
        switch (o[key])
        {
            case null when required:
                Problem(at, "is missing");
                break;
            case null:
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonObject item)
                    {
                        if (read(item, $"{at}[{i}]") is { } value)
                        {
                            result.Add(value);
                        }
                    }
                    else
                    {
                        Problem($"{at}[{i}]", "is not an object");
                    }
                }

                break;
            default:
                Problem(at, "is not an array");
                break;
        }

        return result;
    }

    private T? UnknownName<T>(string path, string given, IEnumerable<string> known, string what)
        where T : class
    {
        var list = known.ToArray();
        Problem(path, $"unknown {what} '{given}'", Suggest.Hint(given, list, "one of " + string.Join(", ", list)));
        return null;
    }

    private T? Missing<T>(string path, string hint)
        where T : class
    {
        Problem(path, "is missing", hint);
        return null;
    }

    private static string Name<T>(Dictionary<string, T> names, T value) => names.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Key;

    private static bool IsId(string id) => id.Length > 0 && id[0] is >= 'a' and <= 'z' && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_');

    private static string Child(string path, string key) => Internal.JsonPath.Child(path, key);

    private static string N(double value) => value.ToString("R", F);

    private void Problem(string path, string message, string? hint = null) => problems.Add(new ProfileProblem(path, message, hint));
}
