using System.Text.Json.Nodes;
using EnterpriseScoring.Profiles.Components;

namespace EnterpriseScoring.Profiles.Json;

/// <summary>
/// The JSON Schema of the component objects, generated from the descriptors: one definition per kind (in
/// <c>$defs</c>) with the discriminator, every option of the kind, and for each built-in name the options it does not take
/// forbidden (a registered name may take any option of the kind, or its own).
/// </summary>
internal static class ComponentSchema
{
    /// <summary>The <c>$defs</c> name of a kind's definition, e.g. <c>scoring_method</c>.</summary>
    public static string DefinitionName(IComponentCatalog catalog) => catalog.Noun.Replace(' ', '_');

    /// <summary>The definitions of every kind, for the schema's <c>$defs</c>.</summary>
    public static JsonObject Definitions()
    {
        var defs = new JsonObject();
        foreach (var (_, catalog) in ComponentCatalogs.All)
        {
            defs[DefinitionName(catalog)] = Definition(catalog);
        }

        return defs;
    }

    /// <summary>A property holding a component (or, with <paramref name="list"/>, an array of them); null allowed (not given).</summary>
    public static JsonObject Slot(IComponentCatalog catalog, bool list, string? description)
    {
        var reference = new JsonObject { ["$ref"] = "#/$defs/" + DefinitionName(catalog) };
        var slot = new JsonObject();
        if (description is not null)
        {
            slot["description"] = description;
        }

        if (list)
        {
            slot["type"] = new JsonArray("array", "null");
            slot["items"] = reference;
        }
        else
        {
            slot["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" });
        }

        return slot;
    }

    private static JsonObject Definition(IComponentCatalog catalog)
    {
        var described = catalog.Describe(null).ToArray();
        var properties = new JsonObject
        {
            [catalog.Key] = new JsonObject
            {
                ["description"] = string.Join(", ", described.Select(d => d.Name)) + ", or a registered name.",
                ["type"] = "string",
            },
        };
        foreach (var common in catalog.CommonKeys)
        {
            properties[common.Name] = Value(common, common.Description, nullable: !common.Required);
        }

        foreach (var key in catalog.AllKeys(null))
        {
            if (properties.ContainsKey(key))
            {
                continue;
            }

            var owners = described.Where(d => d.Options.Any(o => o.Name == key)).ToArray();
            var option = owners[0].Options.First(o => o.Name == key);
            var text = string.Join(" ", owners.Select(o => $"{o.Name}: {o.Options.First(x => x.Name == key).Description}"));
            properties[key] = Value(option, text, nullable: true);
        }

        var rules = new JsonArray();
        foreach (var (name, _, options) in described)
        {
            var forbidden = new JsonObject();
            foreach (var key in catalog.AllKeys(null))
            {
                if (key != catalog.Key && catalog.CommonKeys.All(c => c.Name != key) && options.All(o => o.Name != key))
                {
                    forbidden[key] = new JsonObject { ["type"] = "null" }; // the loader ignores a null (not given)
                }
            }

            if (forbidden.Count > 0)
            {
                rules.Add((JsonNode)new JsonObject
                {
                    ["if"] = new JsonObject { ["properties"] = new JsonObject { [catalog.Key] = new JsonObject { ["const"] = name } }, ["required"] = new JsonArray(catalog.Key) },
                    ["then"] = new JsonObject { ["properties"] = forbidden },
                });
            }
        }

        var definition = new JsonObject
        {
            ["description"] = catalog.Description,
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([catalog.Key, .. catalog.CommonKeys.Where(c => c.Required).Select(c => (JsonNode)c.Name)]),
            ["additionalProperties"] = false,
        };
        if (rules.Count > 0)
        {
            definition["allOf"] = rules;
        }

        return definition;
    }

    private static JsonObject Value(ComponentOption option, string description, bool nullable)
    {
        JsonNode Type(string type) => nullable ? new JsonArray(type, "null") : type;
        var schema = new JsonObject { ["description"] = description };
        switch (option.Kind)
        {
            case ComponentOptionKind.Number:
                schema["type"] = Type("number");
                break;
            case ComponentOptionKind.Integer:
                schema["type"] = Type("integer");
                break;
            case ComponentOptionKind.Boolean:
                schema["type"] = Type("boolean");
                break;
            case ComponentOptionKind.Text:
                schema["type"] = Type("string");
                break;
            case ComponentOptionKind.Choice:
                schema["enum"] = new JsonArray([.. option.Choices.Select(c => (JsonNode?)c), .. nullable ? new JsonNode?[] { null } : []]);
                break;
            case ComponentOptionKind.NumberList:
                schema["type"] = Type("array");
                schema["items"] = new JsonObject { ["type"] = "number" };
                break;
            case ComponentOptionKind.NumberMatrix:
                schema["type"] = Type("array");
                schema["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "number" } };
                break;
            case ComponentOptionKind.Component:
                var reference = new JsonObject { ["$ref"] = "#/$defs/" + DefinitionName(ComponentCatalogs.Find(option.ComponentKind!)!) };
                schema["anyOf"] = nullable ? new JsonArray(reference, new JsonObject { ["type"] = "null" }) : new JsonArray(reference);
                break;
        }

        return schema;
    }
}
