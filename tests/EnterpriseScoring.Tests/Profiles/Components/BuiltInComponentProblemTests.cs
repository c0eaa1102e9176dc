using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles.Components;

/// <summary>
/// The problems the built-in descriptors report, with their JSON paths and texts (kept from before components became
/// descriptors): the checks against the indicator's direction, nesting, inner land strategies, adjustment types, and the
/// options of other components of a kind.
/// </summary>
public class BuiltInComponentProblemTests
{
    private const string Pool = """
        {"name": "p", "evaluation_year": 2025, LAND
         "pools": [{"id": "all", "indicators": [INDICATOR, {"id": "tax_per_mu", "weight": 1, "benchmark": {"type": "pool_max"}}] POOL}]}
        """;

    private const string Lower = "\"id\": \"energy_per_va\", \"direction\": \"lower_is_better\", \"numerator\": [{\"measure\": \"energy\"}], \"denominator\": [{\"measure\": \"value_added\"}], \"weight\": 1";

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"scoring\": {\"method\": \"inverse_benchmark\"}, \"benchmark\": {\"type\": \"pool_max\"}}", "", "",
            "$.pools[0].indicators[0].scoring.method", "inverse_benchmark scores lower-is-better indicators; 'tax_per_mu' is higher-is-better", "use ratio_to_benchmark");
        yield return Case("{" + Lower + ", \"benchmark\": {\"type\": \"pool_max\"}}", "", "",
            "$.pools[0].indicators[0].scoring.cap", "a lower-is-better indicator scored by ratio_to_benchmark needs a cap", "e.g. \"cap\": 1.2");
        yield return Case("{" + Lower + ", \"scoring\": {\"method\": \"ratio_to_benchmark\", \"floor\": 0}, \"benchmark\": {\"type\": \"pool_max\"}}", "", "",
            "$.pools[0].indicators[0].scoring.cap", "a lower-is-better indicator scored by ratio_to_benchmark needs a cap", "e.g. \"cap\": 1.2");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"prior_year\", \"inner\": {\"type\": \"prior_year\", \"inner\": {\"type\": \"pool_max\"}}}}", "", "",
            "$.pools[0].indicators[0].benchmark.inner.type", "prior_year cannot be nested in prior_year", null);
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"prior_year\"}}", "", "",
            "$.pools[0].indicators[0].benchmark.inner", "prior_year needs an inner benchmark", "e.g. {\"type\": \"pool_mean\", \"mean\": \"ratio_of_sums\"}");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_mean\"}}", "", "",
            "$.pools[0].indicators[0].benchmark.mean", "pool_mean must say which mean", "\"mean\": \"ratio_of_sums\" (Σtax/Σland, what statistics publish) or \"mean_of_ratios\"");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"fixed\", \"value\": 0}}", "", "",
            "$.pools[0].indicators[0].benchmark.value", "0 is not > 0", "a benchmark is a divisor: use the published target, e.g. 15");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\", \"value\": 3}}", "", "",
            "$.pools[0].indicators[0].benchmark.value", "'value' is not an option of pool_max", "remove it");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"scoring\": {\"method\": \"min_max\", \"floor\": 1}}", "", "",
            "$.pools[0].indicators[0].scoring.floor", null, "a floor in [0, 1), e.g. 0.2");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_medain\"}}", "", "",
            "$.pools[0].indicators[0].benchmark.type", "unknown benchmark 'pool_medain'", "did you mean 'pool_median'?");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "\"land\": {\"strategy\": \"shared_parcel\", \"floor_area_ratio\": 2},", "",
            "$.land.floor_area_ratio", "'floor_area_ratio' is not an option of shared_parcel without inner building_area_conversion", "remove it");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "\"land\": {\"strategy\": \"building_area_conversion\", \"inner\": \"shared_parcel\"},", "",
            "$.land.inner", "unknown land strategy 'shared_parcel'", "known: certificate, net");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "", ", \"adjustments\": {\"rules\": [{\"type\": \"tagg\", \"id\": \"x\"}]}",
            "$.pools[0].adjustments.rules[0].type", "unknown adjustment type 'tagg'", "did you mean 'tag'?");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "", ", \"adjustments\": {\"rules\": [{\"type\": \"per_unit\", \"id\": \"x\", \"measure\": \"lessees\"}]}",
            "$.pools[0].adjustments.rules[0]", "a per_unit rule needs measure, first_unit_points and additional_unit_points", "e.g. lessees, -10, -5");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "", ", \"weighting\": {\"method\": \"ahp\", \"matrix\": [[1]]}",
            "$.pools[0].weighting.matrix", "must be 2 × 2 (one row and column per indicator)", null);
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "", ", \"weighting\": {\"method\": \"combination\", \"first\": {\"method\": \"equal\"}}",
            "$.pools[0].weighting.second", "combination needs first and second methods", "e.g. {\"method\": \"ahp\", …} and {\"method\": \"entropy\"}");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "", ", \"weighting\": {\"method\": \"entropy\", \"degrees_of_freedom\": 1}",
            "$.pools[0].weighting.degrees_of_freedom", "'degrees_of_freedom' is not an option of entropy", "remove it");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "", ", \"tiering\": {\"scheme\": \"quota_bands\", \"a\": 20, \"b\": 40, \"c\": 30, \"d\": 5}",
            "$.pools[0].tiering", "bands 20/40/30/5 add up to 95, not 100", "the four percentages must add up to 100");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"benchmark\": {\"type\": \"pool_max\"}}", "", ", \"tiering\": {\"scheme\": \"score_thresholds\", \"a\": 90, \"b\": 75, \"c\": 60, \"rounding\": \"floor\"}",
            "$.pools[0].tiering.rounding", "'rounding' is not an option of score_thresholds", "remove it");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"scoring\": {\"method\": \"min_max\", \"capp\": 1}}", "", "",
            "$.pools[0].indicators[0].scoring.capp", "unknown key 'capp'", "did you mean 'cap'?");
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"scoring\": {\"method\": \"z_score\", \"scale\": \"x\"}}", "", "",
            "$.pools[0].indicators[0].scoring.scale", "is the string \"x\"; expected a number", null);
        yield return Case("{\"id\": \"tax_per_mu\", \"weight\": 1, \"scoring\": {\"cap\": 1}, \"benchmark\": {\"type\": \"pool_max\"}}", "", "",
            "$.pools[0].indicators[0].scoring.method", "missing required key 'method'", null);
    }

    private static TestCaseData Case(string indicator, string land, string pool, string path, string? message, string? hint) =>
        new(Pool.Replace("INDICATOR", indicator, StringComparison.Ordinal).Replace("LAND", land, StringComparison.Ordinal).Replace("POOL", pool, StringComparison.Ordinal), path, message, hint);

    [TestCaseSource(nameof(Cases))]
    public void Load_BuiltInComponentProblem_KeepsItsPathTextAndHint(string json, string path, string? message, string? hint)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json));
        var problem = e.Problems.FirstOrDefault(p => p.Path == path);
        Assert.That(problem, Is.Not.Null, e.Message);
        Assert.Multiple(() =>
        {
            if (message is not null)
            {
                Assert.That(problem!.Message, Is.EqualTo(message), e.Message);
            }

            Assert.That(problem!.Hint, Is.EqualTo(hint), e.Message);
        });
    }
}
