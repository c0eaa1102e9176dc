using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests;

/// <summary>Every Known* catalog has one shape: named instances, All, Names (in the order of All) and TryGet(name).</summary>
public class KnownCatalogsTests
{
    private delegate bool TryGet<T>(string name, out T? value);

    private static IEnumerable<TestCaseData> Catalogs()
    {
        yield return Case<IScoringMethod>("KnownScoringMethods", KnownScoringMethods.All, KnownScoringMethods.Names, KnownScoringMethods.TryGet);
        yield return Case<IBenchmark>("KnownBenchmarks", KnownBenchmarks.All, KnownBenchmarks.Names, KnownBenchmarks.TryGet);
        yield return Case<IWeightingMethod>("KnownWeightingMethods", KnownWeightingMethods.All, KnownWeightingMethods.Names, KnownWeightingMethods.TryGet);
        yield return Case<IAggregationMethod>("KnownAggregationMethods", KnownAggregationMethods.All, KnownAggregationMethods.Names, KnownAggregationMethods.TryGet);
        yield return Case<ILandAreaStrategy>("KnownLandAreaStrategies", KnownLandAreaStrategies.All, KnownLandAreaStrategies.Names, KnownLandAreaStrategies.TryGet);
        yield return Case<TierLabels>("KnownTierLabels", KnownTierLabels.All, KnownTierLabels.Names, KnownTierLabels.TryGet);
        yield return Case<ConsequenceSchedule>("KnownConsequenceSchedules", KnownConsequenceSchedules.All, KnownConsequenceSchedules.Names, KnownConsequenceSchedules.TryGet);
        yield return Case<IIndicator>("KnownIndicators", KnownIndicators.All, KnownIndicators.Names, KnownIndicators.TryGet);
        yield return Case<Measure>("KnownMeasures", KnownMeasures.All, KnownMeasures.Names, KnownMeasures.TryGet);
    }

    private static TestCaseData Case<T>(string name, IReadOnlyList<T> all, IReadOnlyList<string> names, TryGet<T> tryGet)
        where T : class =>
        new TestCaseData(all.Cast<object>().ToArray(), names, (Func<string, object?>)(n => tryGet(n, out var v) ? v : null)).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Catalogs))]
    public void Catalog_NamesAllAndTryGet_Agree(object[] all, IReadOnlyList<string> names, Func<string, object?> tryGet)
    {
        Assert.Multiple(() =>
        {
            Assert.That(names, Has.Count.EqualTo(all.Length).And.Unique);
            for (var i = 0; i < names.Count; i++)
            {
                Assert.That(tryGet(names[i]), Is.SameAs(all[i]), names[i]);
            }

            Assert.That(tryGet("no_such_name"), Is.Null);
        });
    }
}

/// <summary>Component options are one shape: sealed records with init properties and a <c>Default</c> equal to <c>new()</c>.</summary>
public class ComponentOptionsShapeTests
{
    private static IEnumerable<TestCaseData> Defaults()
    {
        yield return new TestCaseData(MinMaxOptions.Default, new MinMaxOptions()).SetArgDisplayNames("MinMaxOptions");
        yield return new TestCaseData(RatioToBenchmarkOptions.Default, new RatioToBenchmarkOptions()).SetArgDisplayNames("RatioToBenchmarkOptions");
        yield return new TestCaseData(ZScoreOptions.Default, new ZScoreOptions()).SetArgDisplayNames("ZScoreOptions");
        yield return new TestCaseData(AhpWeightingOptions.Default, new AhpWeightingOptions()).SetArgDisplayNames("AhpWeightingOptions");
        yield return new TestCaseData(CoefficientOfVariationWeightingOptions.Default, new CoefficientOfVariationWeightingOptions()).SetArgDisplayNames("CoefficientOfVariationWeightingOptions");
        yield return new TestCaseData(CriticWeightingOptions.Default, new CriticWeightingOptions()).SetArgDisplayNames("CriticWeightingOptions");
        yield return new TestCaseData(EntropyWeightingOptions.Default, new EntropyWeightingOptions()).SetArgDisplayNames("EntropyWeightingOptions");
        yield return new TestCaseData(StandardDeviationWeightingOptions.Default, new StandardDeviationWeightingOptions()).SetArgDisplayNames("StandardDeviationWeightingOptions");
        yield return new TestCaseData(TopsisAggregationOptions.Default, new TopsisAggregationOptions()).SetArgDisplayNames("TopsisAggregationOptions");
    }

    [TestCaseSource(nameof(Defaults))]
    public void Default_IsASealedRecordEqualToNew(object @default, object fresh)
    {
        var type = @default.GetType();
        Assert.Multiple(() =>
        {
            Assert.That(@default, Is.EqualTo(fresh));
            Assert.That(type.IsSealed, Is.True);
            Assert.That(type.GetMethod("<Clone>$"), Is.Not.Null, "a record");
            Assert.That(type.GetProperties().Where(p => p.CanWrite).All(p => p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit")), Is.True, "init-only");
        });
    }
}
