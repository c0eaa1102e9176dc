using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace EnterpriseScoring.Profiles.Json;

/// <summary>
/// The JSON Schema of the profile format (docs/profile.schema.json): the document's objects from the DTO types and
/// their [Description]s, the component objects from the descriptors (<see cref="ComponentSchema"/>).
/// </summary>
internal static class ProfileSchemaGenerator
{
    /// <summary>The JSON Schema of <see cref="ProfileDocument"/>, indented, with an LF line ending at the end.</summary>
    public static string Schema()
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(ProfileJson.Options, typeof(ProfileDocument), Exporter).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "title", "EnterpriseScoring profile");
        schema["$defs"] = ComponentSchema.Definitions();
        return schema.ToJsonString(ProfileJson.Options).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonSchemaExporterOptions Exporter { get; } = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = static (context, node) =>
            {
                if (context.PropertyInfo is { Name: "consequences" } consequences && consequences.DeclaringType == typeof(ProfileDocument))
                {
                    // A JsonNode in the DTO (a name or an object); describe both forms.
                    var names = new JsonArray([.. Profiles.Names.ConsequenceSchedules.Select(n => (JsonNode)n)]);
                    var inline = JsonSchemaExporter.GetJsonSchemaAsNode(ProfileJson.Options, typeof(ConsequencesDto), Exporter);
                    return new JsonObject
                    {
                        ["description"] = DescriptionOf(consequences.AttributeProvider),
                        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["enum"] = names }, inline),
                    };
                }

                if (context.PropertyInfo is { DeclaringType: { } dto } slotProperty && ComponentShape.SlotOf(dto, slotProperty.Name) is { } catalog)
                {
                    return ComponentSchema.Slot(catalog, slotProperty.PropertyType != typeof(JsonObject), DescriptionOf(slotProperty.AttributeProvider));
                }

                if (node is not JsonObject obj)
                {
                    return node;
                }

                var description = context.PropertyInfo?.AttributeProvider is ICustomAttributeProvider p
                    ? DescriptionOf(p)
                    : context.PropertyInfo is null
                        ? context.TypeInfo.Type.GetCustomAttribute<DescriptionAttribute>()?.Description
                        : null;
                if (description is not null && !obj.ContainsKey("description"))
                {
                    obj.Insert(0, "description", description);
                }

                if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && context.TypeInfo.Type != typeof(JsonNode) && !obj.ContainsKey("additionalProperties"))
                {
                    obj["additionalProperties"] = false;
                }

                return obj;
            },
    };

    private static string? DescriptionOf(ICustomAttributeProvider? provider) =>
        provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
}
