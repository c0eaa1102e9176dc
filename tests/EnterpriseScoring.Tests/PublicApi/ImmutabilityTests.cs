using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.PublicApi;

/// <summary>
/// Every public type of the library is immutable unless it is on <see cref="MutableByDesign"/>: no public setter (init is
/// fine), no public mutable field, collections exposed only as read-only types; and what it holds cannot be changed
/// through the collections a caller passed in or got out (ImmutabilityBehaviourTests).
/// </summary>
public class ImmutabilityTests
{
    /// <summary>The public types that are mutable by design, each with why. Keep it short.</summary>
    private static readonly Dictionary<Type, string> MutableByDesign = new()
    {
        // Builders collect rows or settings and then build an immutable object.
        [typeof(FirmTableBuilder)] = "builder: collects rows, Build() makes the immutable FirmTable",
        [typeof(ProfileBuilder)] = "builder: collects settings, Build() makes the immutable EvaluationProfile",
        // A registry is filled at start-up and then read.
        [typeof(ComponentRegistry)] = "registry: user components are registered into it before profiles are loaded",
        // A stream has a position by nature (Stream.Position has a public setter).
        [typeof(InputFileStream)] = "stream: reading moves its position",
        // FluentValidation's AbstractValidator base has settable cascade modes; the rules are fixed in the constructor.
        [typeof(EnterpriseScoring.Validation.FirmValidator)] = "FluentValidation validator: inherits AbstractValidator's settable cascade modes",
    };

    public static IEnumerable<Type> PublicTypes() =>
        typeof(Evaluator).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Test]
    public void AllowList_NamesOnlyPublicTypesThatAreMutable()
    {
        foreach (var type in MutableByDesign.Keys)
        {
            Assert.That(type.IsPublic, Is.True, type.Name);
        }

        Assert.That(MutableByDesign, Has.Count.LessThanOrEqualTo(6), "keep the allow-list short");
    }

    [TestCaseSource(nameof(PublicTypes))]
    public void PublicType_HasNoPublicSetterMutableFieldOrMutableCollection(Type type)
    {
        if (MutableByDesign.ContainsKey(type))
        {
            Assert.Pass(MutableByDesign[type]);
        }

        // Exceptions inherit System.Exception's settable HelpLink/Source and its Data dictionary: only what they declare is checked.
        var flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static
            | (typeof(Exception).IsAssignableFrom(type) ? BindingFlags.DeclaredOnly : 0);
        var problems = new List<string>();
        foreach (var property in type.GetProperties(flags))
        {
            if (property.SetMethod is { IsPublic: true } setter && !IsInit(setter))
            {
                problems.Add($"property {property.Name} has a public setter");
            }

            if (IsMutableCollectionType(property.PropertyType))
            {
                problems.Add($"property {property.Name} exposes {property.PropertyType.Name}, not a read-only collection type");
            }
        }

        foreach (var field in type.GetFields(flags))
        {
            if (!field.IsInitOnly && !field.IsLiteral)
            {
                problems.Add($"field {field.Name} is not read-only");
            }

            if (IsMutableCollectionType(field.FieldType))
            {
                problems.Add($"field {field.Name} exposes {field.FieldType.Name}, not a read-only collection type");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    /// <summary>
    /// The values: every public record of the library, and the classes of the profile model, its policies and the
    /// results that keep collections behind validating constructors.
    /// </summary>
    public static IEnumerable<Type> ValueTypes() =>
        typeof(Evaluator).Assembly.GetExportedTypes()
            .Where(t => t.GetMethod("<Clone>$") is not null)
            .Concat([
                typeof(EnterpriseScoring.Policies.ConsequenceSchedule), typeof(EnterpriseScoring.Policies.SurchargeRule), typeof(EnterpriseScoring.Policies.QuotaCutRule),
                typeof(EnterpriseScoring.Indicators.RatioIndicator), typeof(EnterpriseScoring.Weighting.WeightingResult), typeof(FirmReadResult), typeof(Firm),
                typeof(Measure), typeof(DecisionMatrix), typeof(CategoryColumn),
            ])
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [TestCaseSource(nameof(ValueTypes))]
    public void ValueType_HasNoMutableFieldAtAll(Type type)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var mutable = type.GetFields(Flags).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => f.Name);

        Assert.That(mutable, Is.Empty, "a value has no mutable field, private ones (lazy caches) included");
    }

    [Test]
    public void ValueTypes_IncludeTheProfileModelOptionsAndResults()
    {
        var names = ValueTypes().Select(t => t.Name).ToArray();

        Assert.That(names, Is.SupersetOf(new[]
        {
            "EvaluationProfile", "PoolProfile", "IndicatorProfile", "FirmCondition", "OverrideRule", "EligibilityRule", "AdjustmentRules",
            "TierLimits", "TierLabels", "ProfileMetadata", "ProfileSource", "ProfileAssumption", "PolicyNote", "PriorResult",
            "EvaluatorOptions", "FirmCsvReaderOptions", "FirmCsvWriterOptions", "ResultsCsvWriterOptions", "RowIssueCsvWriterOptions",
            "HtmlReportOptions", "GroupSummaryOptions", "SyntheticCityOptions", "FirmValidationOptions",
        }));
    }

    [Test]
    public void StaticCollections_AreReadOnlyAtRunTime()
    {
        var problems = new List<string>();
        foreach (var type in PublicTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0))
            {
                // A fresh copy on every read (ProfileCatalog.Names) is the caller's own; a shared instance must be read-only.
                if (property.GetValue(null) is { } value && MutableInstance(value) is { } what && ReferenceEquals(value, property.GetValue(null)))
                {
                    problems.Add($"{type.Name}.{property.Name} is {what}");
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [TestCaseSource(typeof(ProfileCatalog), nameof(ProfileCatalog.Names))]
    public void BuiltInProfileAndItsEvaluator_HoldNoCollectionThatCanBeCastBackToMutable(string name)
    {
        var profile = ProfileCatalog.Get(name);
        var problems = new List<string>();
        Walk(profile, "profile", problems, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        Walk(new Evaluator(profile), "evaluator", problems, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);

        Assert.That(Distinct(problems), Is.Empty);
    }

    [Test]
    public void EvaluationAndWhatIsReadOrMadeFromIt_HoldNoCollectionThatCanBeCastBackToMutable()
    {
        var profile = ProfileCatalog.Get("jiaxing-2023");
        var csv = Path.Combine(TestPaths.RepositoryRoot, "seeds", "data", "sample-city.csv");
        var read = FirmCsvReader.Read(csv);
        var evaluation = new Evaluator(profile).Evaluate(read.Table);
        var problems = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(read, "read", problems, seen, 0);
        Walk(evaluation, "evaluation", problems, seen, 0);
        Walk(EnterpriseScoring.Policies.Consequences.ForEvaluation(evaluation, []), "consequences", problems, seen, 0);
        Walk(EnterpriseScoring.Reporting.GroupSummary.By(evaluation, EnterpriseScoring.Reporting.GroupKey.Region), "summary", problems, seen, 0);

        Assert.That(Distinct(problems), Is.Empty);
    }

    /// <summary>Whether a declared type lets a holder of the value change the collection (arrays, lists, dictionaries, sets, spans).</summary>
    internal static bool IsMutableCollectionType(Type type)
    {
        if (type == typeof(string) || type.IsPointer)
        {
            return false;
        }

        if (type.IsArray)
        {
            return true;
        }

        if (type.IsByRef)
        {
            return IsMutableCollectionType(type.GetElementType()!);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Span<>) || definition == typeof(Memory<>)))
        {
            return true;
        }

        if (IsImmutableCollection(type))
        {
            return false;
        }

        return typeof(IList).IsAssignableFrom(type)
            || typeof(IDictionary).IsAssignableFrom(type)
            || Implements(type, typeof(ICollection<>));
    }

    /// <summary>What is mutable about a run-time collection, or null: an array, or a collection whose IsReadOnly is false.</summary>
    internal static string? MutableInstance(object value) => value switch
    {
        string => null,
        Array { Length: 0 } => null, // nothing to change
        Array array => $"an array ({array.GetType().Name}) that can be cast back and changed",
        _ when IsImmutableCollection(value.GetType()) => null,
        IList { IsReadOnly: false } => $"a changeable list ({value.GetType().Name})",
        IDictionary { IsReadOnly: false } => $"a changeable dictionary ({value.GetType().Name})",
        _ when Implements(value.GetType(), typeof(ICollection<>)) && !GenericIsReadOnly(value) => $"a changeable collection ({value.GetType().Name})",
        _ => null,
    };

    /// <summary>
    /// Walks the public properties of library objects (and the items of the collections they hold) and reports every
    /// shared collection that can be changed: a property that returns the same array or list on every read. A property
    /// that makes a fresh copy on every read hands the caller its own, which is fine.
    /// </summary>
    private static void Walk(object? value, string path, List<string> problems, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 12 || !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                var inner = item is not null && item.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
                    ? t.GetProperty("Value")!.GetValue(item)
                    : item;
                if (inner is not null && MutableInstance(inner) is { } what)
                {
                    problems.Add($"{path}[{i}] is {what}");
                }

                Walk(inner, $"{path}[{i++}]", problems, seen, depth + 1);
            }

            return;
        }

        if (value.GetType().Assembly != typeof(Evaluator).Assembly)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike))
        {
            var child = property.GetValue(value);
            if (child is not null && MutableInstance(child) is { } what && ReferenceEquals(child, property.GetValue(value)))
            {
                problems.Add($"{path}.{property.Name} is {what}");
            }

            Walk(child, path + "." + property.Name, problems, seen, depth + 1);
        }
    }

    /// <summary>The problems with list positions left out (one line per kind of place), one a line.</summary>
    private static string Distinct(List<string> problems) =>
        string.Join("\n", problems.Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\[\d+\]", "[]")).Distinct());

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsImmutableCollection(Type type) =>
        type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen"
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(ImmutableArray<>) || d == typeof(FrozenSet<>) || d == typeof(FrozenDictionary<,>)));

    private static bool Implements(Type type, Type genericInterface) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == genericInterface)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == genericInterface);

    private static bool GenericIsReadOnly(object value)
    {
        var collection = value.GetType().GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
        return (bool)collection.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!;
    }
}
