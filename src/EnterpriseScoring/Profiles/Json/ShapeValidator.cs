using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnterpriseScoring.Profiles.Json;

/// <summary>
/// Checks a JSON tree against the DTO types before deserialising, collecting every problem: unknown keys (with the
/// closest known key), missing required keys, wrong value kinds, unknown enum names. Uses the serializer's own
/// metadata, so the keys it knows are exactly the ones the serializer reads.
/// </summary>
internal static class ShapeValidator
{
    public static void Validate(JsonNode? node, Type type, string path, List<ProfileProblem> problems, ComponentRegistry? registry = null)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is null)
        {
            if (underlying is null && type.IsValueType)
            {
                problems.Add(new(path, "is null", "give a value or remove the key"));
            }

            return;
        }

        type = underlying ?? type;
        if (type == typeof(JsonNode))
        {
            return;
        }

        var kind = node.GetValueKind();
        if (type == typeof(string))
        {
            Expect(kind == JsonValueKind.String, "a string", node, path, problems);
        }
        else if (type == typeof(double))
        {
            Expect(kind == JsonValueKind.Number, "a number", node, path, problems);
        }
        else if (type == typeof(int))
        {
            Expect(kind == JsonValueKind.Number && node.AsValue().TryGetValue<int>(out _), "a whole number", node, path, problems);
        }
        else if (type == typeof(bool))
        {
            Expect(kind is JsonValueKind.True or JsonValueKind.False, "true or false", node, path, problems);
        }
        else if (type.IsEnum)
        {
            ValidateName(node, Enum.GetNames(type).Select(n => JsonNamingPolicy.SnakeCaseLower.ConvertName(n)).ToArray(), path, problems);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (Expect(kind == JsonValueKind.Array, "an array", node, path, problems))
            {
                var element = type.GetGenericArguments()[0];
                var array = node.AsArray();
                for (var i = 0; i < array.Count; i++)
                {
                    Validate(array[i], element, $"{path}[{i}]", problems, registry);
                }
            }
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            if (Expect(kind == JsonValueKind.Object, "an object", node, path, problems))
            {
                var element = type.GetGenericArguments()[1];
                foreach (var (key, value) in node.AsObject())
                {
                    Validate(value, element, JsonPath.Child(path, key), problems, registry);
                }
            }
        }
        else if (Expect(kind == JsonValueKind.Object, "an object", node, path, problems))
        {
            ValidateObject(node.AsObject(), type, path, problems, registry);
        }
    }

    /// <summary>Checks that <paramref name="node"/> is one of <paramref name="names"/> (an enum member or a choice).</summary>
    public static void ValidateName(JsonNode node, IReadOnlyList<string> names, string path, List<ProfileProblem> problems)
    {
        if (node.GetValueKind() != JsonValueKind.String)
        {
            problems.Add(new(path, $"is {Describe(node)}; expected one of {string.Join(", ", names)}"));
        }
        else if (!names.Contains(node.GetValue<string>(), StringComparer.Ordinal))
        {
            var given = node.GetValue<string>();
            problems.Add(new(path, $"unknown value '{given}'", Suggest.Hint(given, names, "one of " + string.Join(", ", names))));
        }
    }

    private static void ValidateObject(JsonObject obj, Type type, string path, List<ProfileProblem> problems, ComponentRegistry? registry)
    {
        var info = ProfileJson.Options.GetTypeInfo(type);
        var known = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (known.TryGetValue(key, out var property))
            {
                if (value is null && property.IsRequired)
                {
                    problems.Add(new(JsonPath.Child(path, key), "is required and must not be null"));
                    continue;
                }

                if (ComponentShape.SlotOf(type, key) is { } catalog)
                {
                    ComponentShape.ValidateSlot(value, catalog, property.PropertyType != typeof(JsonObject), JsonPath.Child(path, key), problems, registry);
                }
                else
                {
                    Validate(value, property.PropertyType, JsonPath.Child(path, key), problems, registry);
                }
            }
            else
            {
                problems.Add(new(JsonPath.Child(path, key), $"unknown key '{key}'", Suggest.Hint(key, known.Keys, "known keys: " + string.Join(", ", known.Keys))));
            }
        }

        foreach (var property in info.Properties)
        {
            if (property.IsRequired && !obj.ContainsKey(property.Name))
            {
                problems.Add(new(JsonPath.Child(path, property.Name), $"missing required key '{property.Name}'"));
            }
        }
    }

    public static bool Expect(bool ok, string expected, JsonNode node, string path, List<ProfileProblem> problems)
    {
        if (!ok)
        {
            problems.Add(new(path, $"is {Describe(node)}; expected {expected}"));
        }

        return ok;
    }

    private static string Describe(JsonNode node)
    {
        var text = node.ToJsonString();
        if (text.Length > 40)
        {
            text = text[..37] + "...";
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "the string " + text,
            _ => text,
        };
    }
}
