using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EnterpriseScoring.Profiles.Json;

/// <summary>The serializer options of the profile format and the JSON Schema generated from the DTO types.</summary>
internal static class ProfileJson
{
    /// <summary>Options for reading and writing profiles: snake_case keys and enum names, nulls omitted, readable CJK.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>How the text is parsed: comments and trailing commas are tolerated (profiles are hand-edited).</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>The snake_case name of an enum member, as written in profiles.</summary>
    public static string EnumName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The JSON Schema of <see cref="ProfileDocument"/>, indented, with an LF line ending at the end.</summary>
    public static string Schema()
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(ProfileDocument), Exporter).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "title", "EnterpriseScoring profile");
        return schema.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
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
                    var inline = JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(ConsequencesDto), Exporter);
                    return new JsonObject
                    {
                        ["description"] = consequences.AttributeProvider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).OfType<DescriptionAttribute>().FirstOrDefault()?.Description,
                        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["enum"] = names }, inline),
                    };
                }

                if (node is not JsonObject obj)
                {
                    return node;
                }

                var description = context.PropertyInfo?.AttributeProvider is ICustomAttributeProvider p
                    ? p.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).OfType<DescriptionAttribute>().FirstOrDefault()?.Description
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

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
