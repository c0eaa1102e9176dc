using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Profiles.Json;

/// <summary>
/// The shape check of a component object (scoring, benchmark, weighting …), driven by the descriptors: the
/// discriminator, keys of the kind (unknown ones with the closest known key), the JSON kind of each option's value,
/// and required options. Same messages as <see cref="ShapeValidator"/> gives for the rest of the document.
/// </summary>
internal static class ComponentShape
{
    private static readonly Dictionary<(Type Dto, string Key), Type> Slots = new()
    {
        [(typeof(ProfileDocument), "land")] = typeof(ILandAreaStrategy),
        [(typeof(IndicatorDto), "scoring")] = typeof(IScoringMethod),
        [(typeof(IndicatorDto), "benchmark")] = typeof(IBenchmark),
        [(typeof(PoolDto), "weighting")] = typeof(IWeightingMethod),
        [(typeof(PoolDto), "aggregation")] = typeof(IAggregationMethod),
        [(typeof(PoolDto), "tiering")] = typeof(ITierScheme),
        [(typeof(AdjustmentsDto), "rules")] = typeof(IAdjustmentRule),
    };

    /// <summary>The catalog of the component (or list of components) the DTO property holds, or null when it holds none.</summary>
    public static IComponentCatalog? SlotOf(Type dto, string key) =>
        Slots.TryGetValue((dto, key), out var kind) ? ComponentCatalogs.Find(kind) : null;

    /// <summary>Checks a slot's value: one component object, or an array of them.</summary>
    public static void ValidateSlot(JsonNode? node, IComponentCatalog catalog, bool list, string path, List<ProfileProblem> problems, ComponentRegistry? registry)
    {
        if (node is null)
        {
            return;
        }

        if (!list)
        {
            Validate(node, catalog, path, problems, registry);
        }
        else if (ShapeValidator.Expect(node.GetValueKind() == JsonValueKind.Array, "an array", node, path, problems))
        {
            var array = node.AsArray();
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    Validate(item, catalog, $"{path}[{i}]", problems, registry);
                }
            }
        }
    }

    /// <summary>Checks one component object.</summary>
    public static void Validate(JsonNode node, IComponentCatalog catalog, string path, List<ProfileProblem> problems, ComponentRegistry? registry)
    {
        if (!ShapeValidator.Expect(node.GetValueKind() == JsonValueKind.Object, "an object", node, path, problems))
        {
            return;
        }

        var obj = node.AsObject();
        var name = obj[catalog.Key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var keys = catalog.AllKeys(registry);
        foreach (var (key, value) in obj)
        {
            var at = JsonPath.Child(path, key);
            if (key == catalog.Key)
            {
                Required(value, at, problems, () => ShapeValidator.Validate(value, typeof(string), at, problems));
            }
            else if (catalog.CommonKeys.FirstOrDefault(c => c.Name == key) is { } common)
            {
                CheckOption(value, common, at, problems, registry);
            }
            else if (catalog.FindOption(name, key, registry) is { } option)
            {
                CheckOption(value, option, at, problems, registry);
            }
            else
            {
                problems.Add(new(at, $"unknown key '{key}'", Suggest.Hint(key, keys, "known keys: " + string.Join(", ", keys))));
            }
        }

        if (!obj.ContainsKey(catalog.Key))
        {
            problems.Add(new(JsonPath.Child(path, catalog.Key), $"missing required key '{catalog.Key}'"));
        }

        IEnumerable<ComponentOption> required = [.. catalog.CommonKeys, .. name is null ? [] : catalog.OptionsOf(name, registry) ?? []];
        foreach (var option in required)
        {
            if (option.Required && !obj.ContainsKey(option.Name))
            {
                problems.Add(new(JsonPath.Child(path, option.Name), $"missing required key '{option.Name}'"));
            }
        }
    }

    /// <summary>Removes what <see cref="Validate"/> reports (bad keys and values) so the rest can still be compiled; null when nothing is left to compile.</summary>
    public static JsonNode? Repair(JsonNode? node, IComponentCatalog catalog, bool list, ComponentRegistry? registry)
    {
        if (node is null)
        {
            return null;
        }

        if (list)
        {
            if (node is not JsonArray array)
            {
                return null;
            }

            for (var i = 0; i < array.Count; i++)
            {
                var fixedValue = array[i] is { } item ? Repair(item, catalog, false, registry) : null;
                if (!ReferenceEquals(fixedValue, array[i]))
                {
                    array[i] = fixedValue?.DeepClone();
                }
            }

            return array;
        }

        if (node is not JsonObject obj)
        {
            return null;
        }

        var name = obj[catalog.Key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        foreach (var (key, value) in obj.ToArray())
        {
            var option = key == catalog.Key ? null : catalog.CommonKeys.FirstOrDefault(c => c.Name == key) ?? catalog.FindOption(name, key, registry);
            if (option is { Kind: ComponentOptionKind.Component, ComponentKind: { } kind } && value is not null)
            {
                var nested = Repair(value, ComponentCatalogs.Find(kind)!, false, registry);
                if (nested is null)
                {
                    obj.Remove(key);
                }

                continue;
            }

            var errors = new List<ProfileProblem>();
            if (key == catalog.Key)
            {
                Required(value, key, errors, () => ShapeValidator.Validate(value, typeof(string), key, errors));
            }
            else if (option is null)
            {
                errors.Add(new(key, "unknown"));
            }
            else
            {
                CheckOption(value, option, key, errors, registry);
            }

            if (errors.Count > 0)
            {
                obj.Remove(key);
            }
        }

        return obj;
    }

    private static void CheckOption(JsonNode? value, ComponentOption option, string path, List<ProfileProblem> problems, ComponentRegistry? registry)
    {
        if (value is null)
        {
            if (option.Required)
            {
                problems.Add(new(path, "is required and must not be null"));
            }

            return;
        }

        switch (option.Kind)
        {
            case ComponentOptionKind.Number:
                ShapeValidator.Validate(value, typeof(double), path, problems);
                break;
            case ComponentOptionKind.Integer:
                ShapeValidator.Validate(value, typeof(int), path, problems);
                break;
            case ComponentOptionKind.Boolean:
                ShapeValidator.Validate(value, typeof(bool), path, problems);
                break;
            case ComponentOptionKind.Text:
                ShapeValidator.Validate(value, typeof(string), path, problems);
                break;
            case ComponentOptionKind.NumberList:
                ShapeValidator.Validate(value, typeof(List<double>), path, problems);
                break;
            case ComponentOptionKind.NumberMatrix:
                ShapeValidator.Validate(value, typeof(List<List<double>>), path, problems);
                break;
            case ComponentOptionKind.Choice:
                ShapeValidator.ValidateName(value, option.Choices, path, problems);
                break;
            case ComponentOptionKind.Component:
                Validate(value, ComponentCatalogs.Find(option.ComponentKind!)!, path, problems, registry);
                break;
        }
    }

    private static void Required(JsonNode? value, string path, List<ProfileProblem> problems, Action validate)
    {
        if (value is null)
        {
            problems.Add(new(path, "is required and must not be null"));
        }
        else
        {
            validate();
        }
    }
}
