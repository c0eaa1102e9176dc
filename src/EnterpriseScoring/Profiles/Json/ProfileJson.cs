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

    /// <summary>
    /// The metadata of <typeparamref name="T"/> under <paramref name="options"/> (<see cref="Options"/> or options derived
    /// from it): the typed, trimming-safe argument of <see cref="JsonSerializer"/>'s methods.
    /// </summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not in <see cref="ProfileJsonContext"/>.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>
    /// Every DTO class of the format: the types reachable from <see cref="ProfileJsonContext.Roots"/> through the
    /// serializer's metadata (properties, list elements, dictionary values), in a stable order.
    /// </summary>
    public static IReadOnlyList<Type> DtoTypes => DtoTypeList.Value;

    private static readonly Lazy<Type[]> DtoTypeList = new(() =>
    {
        var seen = new List<Type>();
        var pending = new Queue<Type>(ProfileJsonContext.Roots);
        while (pending.TryDequeue(out var type))
        {
            if (seen.Contains(type))
            {
                continue;
            }

            var info = Options.GetTypeInfo(type);

            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object when type != typeof(JsonNode) && type != typeof(object):
                    seen.Add(type);
                    foreach (var property in info.Properties)
                    {
                        pending.Enqueue(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
                    }

                    break;
                case JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary when info.ElementType is { } element:
                    pending.Enqueue(Nullable.GetUnderlyingType(element) ?? element);
                    break;
            }
        }

        return [.. seen];
    });

    private static JsonSerializerOptions CreateOptions()
    {
        // The settings of ProfileJsonContext's [JsonSourceGenerationOptions], plus the encoder and the enum converters,
        // which an attribute cannot carry. The context is the only resolver: no reflection-based fallback.
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
            TypeInfoResolver = ProfileJsonContext.Default,
        };
        foreach (var converter in ProfileJsonContext.EnumConverters())
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
