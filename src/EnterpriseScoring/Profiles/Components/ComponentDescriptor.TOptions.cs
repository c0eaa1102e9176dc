using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// A descriptor whose options are one options record, read and written through a <see cref="JsonTypeInfo{T}"/> — from
/// a source-generated <c>JsonSerializerContext</c>, so loading stays trimming- and Native-AOT-safe. The declared
/// <see cref="ComponentDescriptor{TComponent}.Options"/> come from the type info's properties (their JSON names and
/// types; <c>required</c> members are required).
/// </summary>
/// <typeparam name="TComponent">The component interface.</typeparam>
/// <typeparam name="TOptions">The options record, e.g. a sealed record with init properties.</typeparam>
/// <remarks>
/// <para>Configure the context like the profile format: snake_case names
/// (<c>[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true,
/// DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]</c>). Validate options in the component's constructor:
/// an <see cref="ArgumentException"/> thrown by <see cref="Create(TOptions, ComponentReader)"/> becomes a profile problem at
/// the option its <see cref="ArgumentException.ParamName"/> names (in snake_case), else at the component.</para>
/// </remarks>
/// <example>
/// <code>
/// public sealed record PowerOptions { public double Exponent { get; init; } = 1; }
///
/// [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
/// [JsonSerializable(typeof(PowerOptions))]
/// internal sealed partial class MyJsonContext : JsonSerializerContext;
///
/// public sealed class PowerScoringDescriptor() : ComponentDescriptor&lt;IScoringMethod, PowerOptions&gt;(
///     "power", "(x / B)^exponent × W", MyJsonContext.Default.PowerOptions,
///     new Dictionary&lt;string, string&gt; { ["exponent"] = "The exponent (> 0). Default 1." })
/// {
///     protected override IScoringMethod Create(PowerOptions options, ComponentReader reader) => new PowerScoring(options);
///     protected override bool TryGetOptions(IScoringMethod component, [NotNullWhen(true)] out PowerOptions? options) =>
///         (options = (component as PowerScoring)?.Options) is not null;
/// }
/// </code>
/// </example>
public abstract class ComponentDescriptor<TComponent, TOptions> : ComponentDescriptor<TComponent>
    where TComponent : class
{
    private readonly JsonTypeInfo<TOptions> optionsInfo;

    /// <summary>Creates a descriptor whose options are read and written through <paramref name="optionsInfo"/>.</summary>
    /// <param name="name">The snake_case name profiles use.</param>
    /// <param name="description">What the component does.</param>
    /// <param name="optionsInfo">The options type's JSON metadata (e.g. <c>MyJsonContext.Default.PowerOptions</c>).</param>
    /// <param name="optionDescriptions">What each option means, by JSON name (docs and schema); missing ones are described as empty.</param>
    /// <exception cref="ArgumentException">The name is not an identifier, or the options type is not a JSON object.</exception>
    protected ComponentDescriptor(string name, string description, JsonTypeInfo<TOptions> optionsInfo, IReadOnlyDictionary<string, string>? optionDescriptions = null)
        : base(name, description, OptionsOf(optionsInfo, optionDescriptions))
    {
        this.optionsInfo = optionsInfo;
    }

    /// <inheritdoc />
    public sealed override TComponent? Create(ComponentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var json = new JsonObject();
        foreach (var option in Options)
        {
            if (reader.Node(option.Name) is { } value)
            {
                json[option.Name] = value.DeepClone();
            }
            else if (option.Required)
            {
                return default; // reported by the shape check
            }
        }

        TOptions? options;
        try
        {
            options = json.Deserialize(optionsInfo);
        }
        catch (JsonException e)
        {
            reader.Problem(KeyOf(e.Path), e.Message.Split(" Path: ", 2)[0]);
            return default;
        }

        if (options is null)
        {
            reader.Problem(null, "has no options");
            return default;
        }

        try
        {
            return Create(options, reader);
        }
        catch (ArgumentException e)
        {
            var key = e.ParamName is { } p && Option(ComponentNames.Snake(p)) is { } named ? named.Name : null;
            reader.Problem(key, ComponentReader.MessageOf(e));
            return default;
        }
    }

    /// <inheritdoc />
    public sealed override bool TryWrite(TComponent component, ComponentWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!TryGetOptions(component, out var options))
        {
            return false;
        }

        if (JsonSerializer.SerializeToNode(options, optionsInfo) is JsonObject json)
        {
            foreach (var (key, value) in json)
            {
                writer.SetJson(key, value);
            }
        }

        return true;
    }

    /// <summary>Creates the component from its options.</summary>
    /// <param name="options">The options read from the profile.</param>
    /// <param name="reader">The reader, for context (e.g. <see cref="ComponentReader.IndicatorDirection"/>, <see cref="ComponentReader.Measure"/>) and extra problems.</param>
    /// <returns>The component; or null after reporting a problem.</returns>
    /// <exception cref="ArgumentException">The options are invalid (becomes a profile problem).</exception>
    protected abstract TComponent? Create(TOptions options, ComponentReader reader);

    /// <summary>The options of <paramref name="component"/> when it is one this descriptor creates.</summary>
    /// <param name="component">The component.</param>
    /// <param name="options">Its options.</param>
    /// <returns>Whether it is this descriptor's.</returns>
    protected abstract bool TryGetOptions(TComponent component, [NotNullWhen(true)] out TOptions? options);

    private string? KeyOf(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOfAny(['.', '['], 2);
        var key = end < 0 ? path[2..] : path[2..end];
        return Option(key) is null ? null : key;
    }

    private static IEnumerable<ComponentOption> OptionsOf(JsonTypeInfo<TOptions> info, IReadOnlyDictionary<string, string>? descriptions)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            throw new ArgumentException($"{typeof(TOptions).Name} is not serialised as a JSON object.", nameof(info));
        }

        foreach (var property in info.Properties)
        {
            var text = descriptions is not null && descriptions.TryGetValue(property.Name, out var d) ? d : string.Empty;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var option = type.IsEnum
                ? ComponentOption.OneOf(property.Name, text, Enum.GetNames(type).Select(ComponentNames.Snake))
                : new ComponentOption(property.Name, KindOf(type), text);
            yield return property.IsRequired ? option with { Required = true } : option;
        }
    }

    private static ComponentOptionKind KindOf(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? ComponentOptionKind.Number
        : type == typeof(int) || type == typeof(long) || type == typeof(short) ? ComponentOptionKind.Integer
        : type == typeof(bool) ? ComponentOptionKind.Boolean
        : type == typeof(string) ? ComponentOptionKind.Text
        : typeof(IEnumerable<double>).IsAssignableFrom(type) ? ComponentOptionKind.NumberList
        : typeof(IEnumerable<IEnumerable<double>>).IsAssignableFrom(type) || typeof(IEnumerable<double[]>).IsAssignableFrom(type) || typeof(IEnumerable<List<double>>).IsAssignableFrom(type) ? ComponentOptionKind.NumberMatrix
        : ComponentOptionKind.Json;
}
