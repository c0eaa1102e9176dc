using System.Text.Json.Nodes;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// Where a <see cref="ComponentDescriptor{TComponent}"/> writes a component's options for <see cref="ProfileWriter"/>.
/// Leave defaults out (a null value is not written), so that written profiles stay short and canonical; keys come out
/// in the order the kind documents them, whatever order they are set in.
/// </summary>
/// <remarks>Not thread-safe; valid only during the call it is passed to.</remarks>
public sealed class ComponentWriter
{
    private readonly ComponentWriting writing;

    internal ComponentWriter(ComponentWriting writing, ComponentUse use)
    {
        this.writing = writing;
        Use = use;
    }

    /// <summary>A weighting method: the fixed weights (points) the pool's indicators give, in indicator order; empty elsewhere.</summary>
    public IReadOnlyList<double> IndicatorWeights => Use.Weights;

    /// <summary>Whether the component is nested in another one.</summary>
    public bool IsNested => Use.Nested;

    internal ComponentUse Use { get; }

    internal JsonObject Options { get; } = [];

    /// <summary>Writes a number (nothing when null).</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="value">The value.</param>
    public void Set(string key, double? value) => Put(key, value is { } v ? JsonValue.Create(v) : null);

    /// <summary>Writes a whole number (nothing when null).</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="value">The value.</param>
    public void Set(string key, int? value) => Put(key, value is { } v ? JsonValue.Create(v) : null);

    /// <summary>Writes true or false (nothing when null).</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="value">The value.</param>
    public void Set(string key, bool? value) => Put(key, value is { } v ? JsonValue.Create(v) : null);

    /// <summary>Writes a string (nothing when null).</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="value">The value.</param>
    public void Set(string key, string? value) => Put(key, value is null ? null : JsonValue.Create(value));

    /// <summary>Writes the id of a measure (nothing when null); a custom measure is added to the profile's <c>custom_measures</c>.</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="measure">The measure.</param>
    public void Set(string key, Measure? measure)
    {
        if (measure is not null)
        {
            writing.NoteMeasure(measure.Id);
        }

        Set(key, measure?.Id);
    }

    /// <summary>Writes an array of numbers (nothing when null).</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="values">The values.</param>
    public void Set(string key, IEnumerable<double>? values) =>
        Put(key, values is null ? null : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]));

    /// <summary>Writes a matrix, row by row (nothing when null).</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="rows">The rows.</param>
    public void Set(string key, IEnumerable<IEnumerable<double>>? rows) =>
        Put(key, rows is null ? null : new JsonArray([.. rows.Select(r => (JsonNode?)new JsonArray([.. r.Select(v => (JsonNode?)JsonValue.Create(v))]))]));

    /// <summary>Writes a member of an enum as its snake_case name (nothing when null).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="key">The option's key.</param>
    /// <param name="value">The value.</param>
    public void SetChoice<TEnum>(string key, TEnum? value)
        where TEnum : struct, Enum => Set(key, value is { } v ? ComponentNames.Snake(v.ToString()) : null);

    /// <summary>Writes a raw JSON value (nothing when null); the node is copied.</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="value">The value.</param>
    public void SetJson(string key, JsonNode? value) => Put(key, value?.DeepClone());

    /// <summary>Writes a nested component (nothing when null) through its own descriptor, or its registered name.</summary>
    /// <typeparam name="TNested">The component interface, e.g. <c>IBenchmark</c>.</typeparam>
    /// <param name="key">The option's key.</param>
    /// <param name="component">The component.</param>
    /// <exception cref="NotSupportedException">The component is custom code that is not registered.</exception>
    public void SetComponent<TNested>(string key, TNested? component)
        where TNested : class =>
        Put(key, component is null ? null : ComponentCatalogs.Of<TNested>().Write(component, writing, Use with { Nested = true }));

    /// <summary>The name <paramref name="component"/> is written as (registered or built-in), when it takes no options.</summary>
    internal string? NameOf<TOther>(TOther component)
        where TOther : class => ComponentCatalogs.Of<TOther>().NameWithoutOptions(component, writing.Registry);

    private void Put(string key, JsonNode? value)
    {
        Preconditions.CheckIdentifier(key);
        if (value is null)
        {
            Options.Remove(key);
        }
        else
        {
            Options[key] = value;
        }
    }
}
