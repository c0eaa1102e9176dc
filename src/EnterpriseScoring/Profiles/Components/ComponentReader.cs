using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// The options of one component in a profile, as a <see cref="ComponentDescriptor{TComponent}"/> reads them, and
/// where it reports problems (with JSON paths into the profile). Values have been checked for their JSON kind, so a
/// getter returns null only when the key is absent (or its value was reported already).
/// </summary>
/// <remarks>Not thread-safe; valid only during the call it is passed to.</remarks>
public sealed class ComponentReader
{
    private readonly JsonObject? options;
    private readonly ComponentScope scope;

    internal ComponentReader(JsonObject? options, string name, string path, ComponentScope scope, ComponentUse use)
    {
        this.options = options;
        this.scope = scope;
        Name = name;
        Path = path;
        Use = use;
    }

    /// <summary>The component's name as given in the profile.</summary>
    public string Name { get; }

    /// <summary>The JSON path of the component's object, e.g. <c>$.pools[0].indicators[1].scoring</c>.</summary>
    public string Path { get; }

    /// <summary>The direction of the indicator a scoring method or benchmark belongs to; null elsewhere or when unknown.</summary>
    public Direction? IndicatorDirection => Use.Direction;

    /// <summary>The id of the indicator a scoring method or benchmark belongs to; null elsewhere or when unknown.</summary>
    public string? IndicatorId => Use.IndicatorId;

    /// <summary>A weighting method: the fixed weights (points) the pool's indicators give, in indicator order (0 where not given); empty elsewhere.</summary>
    public IReadOnlyList<double> IndicatorWeights => Use.Weights;

    /// <summary>Whether the component is nested in another one (e.g. prior_year's inner benchmark, combination's first method).</summary>
    public bool IsNested => Use.Nested;

    internal ComponentUse Use { get; }

    internal ComponentScope Scope => scope;

    /// <summary>Whether the profile gives <paramref name="key"/> (with a non-null value).</summary>
    /// <param name="key">The option's key.</param>
    public bool Has(string key) => Node(key) is not null;

    /// <summary>The JSON path of an option, e.g. <c>$.pools[0].indicators[1].scoring.cap</c>.</summary>
    /// <param name="key">The option's key; null for the component's own path.</param>
    public string PathOf(string? key) => key is null ? Path : JsonPath.Child(Path, key);

    /// <summary>A number option.</summary>
    /// <param name="key">The option's key.</param>
    public double? Number(string key) => Node(key) is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    /// <summary>A whole-number option.</summary>
    /// <param name="key">The option's key.</param>
    public int? Integer(string key) => Node(key) is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    /// <summary>A true/false option.</summary>
    /// <param name="key">The option's key.</param>
    public bool? Boolean(string key) => Node(key) is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    /// <summary>A string option.</summary>
    /// <param name="key">The option's key.</param>
    public string? Text(string key) => Node(key) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A choice option as a member of <typeparamref name="TEnum"/> (its snake_case name in the profile).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="key">The option's key.</param>
    public TEnum? Choice<TEnum>(string key)
        where TEnum : struct, Enum
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(ComponentNames.Snake(value.ToString()), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>An array-of-numbers option.</summary>
    /// <param name="key">The option's key.</param>
    public IReadOnlyList<double>? Numbers(string key) =>
        Node(key) is JsonArray array ? array.Select(n => n is JsonValue v && v.TryGetValue<double>(out var d) ? d : double.NaN).ToArray() : null;

    /// <summary>A matrix option (an array of rows of numbers).</summary>
    /// <param name="key">The option's key.</param>
    public IReadOnlyList<IReadOnlyList<double>>? Matrix(string key) =>
        Node(key) is JsonArray rows
            ? rows.Select(r => r is JsonArray row ? (IReadOnlyList<double>)row.Select(n => n is JsonValue v && v.TryGetValue<double>(out var d) ? d : double.NaN).ToArray() : []).ToArray()
            : null;

    /// <summary>The raw JSON value of an option (for <see cref="ComponentOptionKind.Json"/> options), or null.</summary>
    /// <param name="key">The option's key.</param>
    public JsonNode? Node(string key) => options is not null && options.TryGetPropertyValue(key, out var node) ? node : null;

    /// <summary>A measure named by a string option (a built-in or a declared custom measure); reports an unknown one.</summary>
    /// <param name="key">The option's key.</param>
    /// <returns>The measure, or null when absent or unknown (then a problem was reported).</returns>
    public Measure? Measure(string key) => Text(key) is { } id ? scope.ResolveMeasure(id, PathOf(key), false) : null;

    /// <summary>A nested component given as an object under <paramref name="key"/>, created by its own descriptor.</summary>
    /// <typeparam name="TNested">The component interface, e.g. <c>IBenchmark</c>.</typeparam>
    /// <param name="key">The option's key.</param>
    /// <returns>The component, or null when absent or a problem was reported.</returns>
    public TNested? Component<TNested>(string key)
        where TNested : class =>
        Node(key) is JsonObject nested
            ? ComponentCatalogs.Of<TNested>().Create(nested, PathOf(key), scope, Use with { Nested = true })
            : null;

    /// <summary>Reports a problem at an option (or at the component when <paramref name="key"/> is null).</summary>
    /// <param name="key">The option's key, or null.</param>
    /// <param name="message">What is wrong, e.g. "0 is not > 0".</param>
    /// <param name="hint">How to fix it, or null.</param>
    /// <returns>False, so that <c>ok = reader.Problem(…)</c> reads naturally.</returns>
    public bool Problem(string? key, string message, string? hint = null) => scope.Problem(PathOf(key), message, hint);

    /// <summary>Reports a problem below an option, at <see cref="PathOf"/>(<paramref name="key"/>) + <paramref name="below"/> (e.g. <c>[1].prefixes[0]</c>).</summary>
    /// <returns>False, as <see cref="Problem"/>.</returns>
    internal bool ProblemBelow(string key, string below, string message, string? hint = null) => scope.Problem(PathOf(key) + below, message, hint);

    /// <summary>Runs <paramref name="create"/>; an <see cref="ArgumentException"/> it throws becomes a problem at <paramref name="key"/> (its message without the parameter name).</summary>
    /// <typeparam name="T">What is created.</typeparam>
    /// <param name="key">The option the problem is reported at, or null for the component.</param>
    /// <param name="create">Creates the value.</param>
    /// <param name="hint">How to fix it, or null.</param>
    /// <returns>The value, or null when it threw.</returns>
    public T? Try<T>(string? key, Func<T> create, string? hint = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            Problem(key, MessageOf(e), hint);
            return null;
        }
    }

    /// <summary>Finds a component of kind <typeparamref name="TOther"/> by name (built-in or registered), for an option that names one (e.g. land's <c>inner</c>).</summary>
    internal bool TryResolve<TOther>(string name, [NotNullWhen(true)] out ComponentDescriptor<TOther>? descriptor)
        where TOther : class => ComponentCatalogs.Of<TOther>().TryFind(name, scope.Registry, out descriptor);

    /// <summary>An exception message without " (Parameter 'x')".</summary>
    internal static string MessageOf(ArgumentException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }

    /// <summary>A number as problem messages print it.</summary>
    internal static string Num(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
