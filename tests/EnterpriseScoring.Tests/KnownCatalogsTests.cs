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
