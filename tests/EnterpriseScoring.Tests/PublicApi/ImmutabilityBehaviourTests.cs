using System.Reflection;
using System.Runtime.CompilerServices;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.PublicApi;

/// <summary>
/// Mutating a collection after handing it to an immutable object changes nothing — one test per kind of hand-over:
/// init properties (every one in the library, found by reflection), validating constructors, and positional records.
/// </summary>
public class ImmutabilityBehaviourTests
{
    /// <summary>Every public init-only property of the library whose type is a read-only collection interface.</summary>
    public static IEnumerable<TestCaseData> InitCollectionProperties() =>
        typeof(Evaluator).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter
                && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit))
                && SampleSource(x.Property.PropertyType) is not null)
            .OrderBy(x => x.Type.FullName + "." + x.Property.Name, StringComparer.Ordinal)
            .Select(x => new TestCaseData(x.Type, x.Property.Name).SetArgDisplayNames(x.Type.Name + "." + x.Property.Name));

    [Test]
    public void InitCollectionProperties_AreFound()
    {
        var names = InitCollectionProperties().Select(c => ((Type)c.Arguments[0]!).Name + "." + c.Arguments[1]).ToArray();

        Assert.That(names, Does.Contain("EvaluationProfile.Pools").And.Contain("PoolProfile.Indicators").And.Contain("FirmCondition.MeasureAtLeast")
            .And.Contain("ProfileMetadata.Sources").And.Contain("FirmCsvReaderOptions.HeaderAliases").And.Contain("Firm.Tags")
            .And.Contain("MeasureUse.Pools").And.Contain("PriorResult.Indicators"));
    }

    [TestCaseSource(nameof(InitCollectionProperties))]
    public void InitCollectionProperty_CallerMutatesTheCollectionAfterwards_ObjectIsUnchanged(Type type, string propertyName)
    {
        var property = type.GetProperty(propertyName)!;
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        var (source, mutate) = SampleSource(property.PropertyType)!.Value;

        property.SetValue(instance, source);
        var held = property.GetValue(instance);
        mutate();

        Assert.That(held, Is.Not.SameAs(source), "the object keeps a copy, not the caller's collection");
        Assert.That(property.GetValue(instance), Is.SameAs(held));
        Assert.That(((System.Collections.IEnumerable)held!).Cast<object?>().Count(), Is.EqualTo(1), "the caller's change did not reach the object");
        Assert.That(ImmutabilityTests.MutableInstance(held), Is.Null);
    }

    [Test]
    public void ValidatingConstructors_CallerMutatesTheCollectionsAfterwards_ObjectsAreUnchanged()
    {
        var weights = new List<double> { 0.5, 0.5 };
        var diagnostics = new Dictionary<string, double> { ["d"] = 1 };
        var notes = new List<string> { "n" };
        var result = new WeightingResult("m", weights, diagnostics, notes);
        var numerator = new List<IndicatorTerm> { new(KnownMeasures.Tax) };
        var denominator = new List<IndicatorTerm> { IndicatorTerm.Land };
        var indicator = new RatioIndicator("x_per_mu", "x", "x", "万元/亩", Direction.HigherIsBetter, numerator, denominator);
        var amounts = new List<double> { 0.1, 0.2 };
        var surcharge = SurchargeRule.ByConsecutiveYears("s", Tier.D, amounts);
        var rules = new List<SurchargeRule> { surcharge };
        var schedule = new ConsequenceSchedule("c", surcharges: rules);
        var fixedWeights = new List<double> { 1, 3 };
        var fixedWeighting = new FixedWeighting(fixedWeights);
        var columns = new List<double[]> { new double[] { 1, 2 } };
        var criteria = new List<string> { "a" };
        var matrix = new DecisionMatrix(columns, criteria);
        var problems = new List<ProfileProblem> { new("pools", "no pools") };
        var exception = new ProfileException(problems);

        weights[0] = 1;
        weights[1] = 0;
        diagnostics.Clear();
        notes.Clear();
        numerator.Add(new(KnownMeasures.ValueAdded));
        denominator.Clear();
        amounts.Add(9);
        rules.Clear();
        fixedWeights[0] = 100;
        columns.Add([3, 4]);
        criteria[0] = "changed";
        problems.Clear();

        Assert.That(result.Weights, Is.EqualTo(new[] { 0.5, 0.5 }));
        Assert.That(result.Diagnostics, Has.Count.EqualTo(1));
        Assert.That(result.Notes, Is.EqualTo(new[] { "n" }));
        Assert.That(indicator.Numerator, Has.Count.EqualTo(1));
        Assert.That(indicator.Denominator, Has.Count.EqualTo(1));
        Assert.That(surcharge.Amounts, Is.EqualTo(new[] { 0.1, 0.2 }));
        Assert.That(schedule.Surcharges, Has.Count.EqualTo(1));
        Assert.That(fixedWeighting.ComputeWeights(new DecisionMatrix([[1.0, 2.0], [3.0, 4.0]])).Weights, Is.EqualTo(new[] { 0.25, 0.75 }));
        Assert.That(matrix.Criteria, Is.EqualTo(new[] { "a" }));
        Assert.That(matrix.ColumnCount, Is.EqualTo(1));
        Assert.That(exception.Problems, Has.Count.EqualTo(1));
    }

    [Test]
    public void PositionalRecords_CallerMutatesTheListsAfterwards_RecordsAreUnchanged()
    {
        var pools = new List<string> { "above_size" };
        var use = new MeasureUse("indicator tax_per_mu", pools, "zero");
        var uses = new List<MeasureUse> { use };
        var requirement = new MeasureRequirement(KnownMeasures.Tax, uses);
        var suggestions = new List<string> { "taxx" };
        var missing = new MissingMeasure(KnownMeasures.Tax, uses, suggestions, IsAccepted: false);

        pools.Clear();
        uses.Clear();
        suggestions.Add("tax2");

        Assert.That(use.Pools, Is.EqualTo(new[] { "above_size" }));
        Assert.That(requirement.Uses, Has.Count.EqualTo(1));
        Assert.That(missing.NeededBy, Has.Count.EqualTo(1));
        Assert.That(missing.Suggestions, Is.EqualTo(new[] { "taxx" }));
        Assert.That(new MeasureUse("indicator tax_per_mu", ["above_size"], "zero"), Is.EqualTo(use), "equal by value, lists item by item");
    }

    [Test]
    public void ValueGettersOfCompiledBenchmarks_AreNotAffectedByProfileListChanges()
    {
        var indicators = new List<IndicatorProfile> { new() { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.PoolMeanRatioOfSums } };
        var pool = new Pools.PoolProfile { Id = "p", Indicators = indicators };

        indicators.Add(new() { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 1 });

        Assert.That(pool.Indicators, Has.Count.EqualTo(1));
        Assert.That(pool with { }, Is.EqualTo(pool));
    }

    /// <summary>A one-item mutable collection assignable to <paramref name="type"/> and an action that changes it, or null.</summary>
    private static (object Source, Action Mutate)? SampleSource(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        var args = type.GetGenericArguments();
        if (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>))
        {
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(args[0]))!;
            list.Add(Sample(args[0], 0));
            return (list, () => list.Add(Sample(args[0], 1)));
        }

        if (definition == typeof(IReadOnlySet<>))
        {
            var set = Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(args[0]))!;
            var add = set.GetType().GetMethod("Add")!;
            add.Invoke(set, [Sample(args[0], 0)]);
            return (set, () => add.Invoke(set, [Sample(args[0], 1)]));
        }

        if (definition == typeof(IReadOnlyDictionary<,>) && Sample(args[0], 0) is { } key && Sample(args[0], 1) is { } otherKey)
        {
            var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
            dictionary.Add(key, Sample(args[1], 0));
            return (dictionary, () => dictionary.Add(otherKey, Sample(args[1], 1)));
        }

        return null;
    }

    /// <summary>The <paramref name="n"/>-th sample value of <paramref name="type"/> (two distinct ones where it matters), or null.</summary>
    private static object? Sample(Type type, int n) => type switch
    {
        _ when type == typeof(string) => "s" + n,
        _ when type == typeof(double) => (double)n,
        _ when type == typeof(int) => n,
        { IsEnum: true } => Enum.GetValues(type).GetValue(n),
        { IsValueType: true } => Activator.CreateInstance(type),
        _ => null,
    };
}
