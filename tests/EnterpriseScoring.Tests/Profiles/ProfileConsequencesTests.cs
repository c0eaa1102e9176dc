using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

public class ProfileConsequencesTests
{
    private const string Pools = """
        "pools": [{"id": "all", "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": {"type": "fixed", "value": 15}}],
                   "tiering": {"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5}}]
        """;

    private static EvaluationProfile Parse(string consequences) =>
        ProfileLoader.Parse($$"""{"name": "c", "evaluation_year": 2025, {{Pools}}, "consequences": {{consequences}} }""");

    private static ProfileException Problems(string consequences) => ProfileTestSupport.Problems(() => Parse(consequences));

    private static ProfileProblem At(ProfileException e, string path) =>
        e.Problems.FirstOrDefault(p => p.Path == path) ?? throw new AssertionException($"no problem at {path}; got:\n{e.Message}");

    [TestCase("\"shandong_2022\"")]
    [TestCase("\"shandong\"")]
    [TestCase("{\"known\": \"shandong\"}")]
    public void Parse_KnownScheduleByName_IsTheBuiltIn(string json) =>
        Assert.That(Parse(json).Consequences, Is.SameAs(KnownConsequenceSchedules.Shandong));

    [Test]
    public void Parse_NoConsequences_IsNull() =>
        Assert.That(ProfileLoader.Parse($$"""{"name": "c", "evaluation_year": 2025, {{Pools}} }""").Consequences, Is.Null);

    [Test]
    public void Parse_InlineSchedule_BuildsEveryRule()
    {
        var schedule = Parse("""
            { "id": "county_2025", "source": "某县 2025",
              "surcharges": [
                { "id": "d_consecutive", "tier": "d", "basis": "consecutive_years", "amounts": [0.05, 0.10, 0.15], "unit": "元/kWh" },
                { "id": "d_calendar", "tier": "d", "by_year": { "2026": 0.20, "2024": 0.10 } } ],
              "quota_cuts": [{ "id": "c_cut", "tier": "c", "percent": 10 }],
              "notes": [{ "id": "a_land", "tier": "a", "chinese": "优先保障用地、用能", "english": "priority for land and energy" }],
              "treat_ungraded_as_b": false }
            """).Consequences!;

        Assert.Multiple(() =>
        {
            Assert.That(schedule.Id, Is.EqualTo("county_2025"));
            Assert.That(schedule.Source, Is.EqualTo("某县 2025"));
            Assert.That(schedule.Surcharges[0].Basis, Is.EqualTo(SurchargeBasis.ConsecutiveYears));
            Assert.That(schedule.Surcharges[0].Amounts, Is.EqualTo(new[] { 0.05, 0.10, 0.15 }));
            Assert.That(schedule.Surcharges[1].Basis, Is.EqualTo(SurchargeBasis.CalendarYear));
            Assert.That(schedule.Surcharges[1].FromYears, Is.EqualTo(new[] { 2024, 2026 }), "steps sorted by year");
            Assert.That(schedule.QuotaCuts.Single().Percent, Is.EqualTo(10));
            Assert.That(schedule.Notes.Single().Tier, Is.EqualTo(Tier.A));
            Assert.That(schedule.TreatUngradedAsB, Is.False);
            Assert.That(schedule.Apply(Tier.D, 2, 2025).First().Amount, Is.EqualTo(0.10));
        });
    }

    [Test]
    public void Parse_BrokenSchedule_ReportsEveryProblemWithPathAndHint()
    {
        var e = Problems("""
            { "id": "bad",
              "surcharges": [
                { "id": "s1", "tier": "e", "amounts": [0.1] },
                { "id": "s2", "tier": "d", "amounts": [0.1, -0.2] },
                { "id": "s3", "tier": "d", "amounts": [] },
                { "id": "s1", "tier": "d", "by_year": { "20x9": 0.1 } },
                { "id": "s5", "tier": "d", "basis": "calendar_year", "amounts": [0.1] },
                { "id": "s6", "tier": "d", "amounts": [0.1], "unit": "元/度" } ],
              "quota_cuts": [{ "id": "q1", "tier": "c", "percent": 120 }],
              "notes": [{ "id": "q1", "tier": "a", "chinese": "", "english": "x" }] }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(At(e, "$.consequences.surcharges[0].tier").Message, Does.Contain("unknown value 'e'"));
            Assert.That(At(e, "$.consequences.surcharges[1].amounts[1]").Message, Does.Contain("-0.2").And.Contain("negative"));
            Assert.That(At(e, "$.consequences.surcharges[2].amounts").Message, Does.Contain("empty"));
            Assert.That(At(e, "$.consequences.surcharges[3].id").Message, Does.Contain("'s1' is used by another"));
            Assert.That(At(e, "$.consequences.surcharges[3].by_year.20x9").Message, Does.Contain("not a year"));
            Assert.That(At(e, "$.consequences.surcharges[4].basis").Hint, Does.Contain("by_year"));
            Assert.That(At(e, "$.consequences.surcharges[5].unit").Hint, Does.Contain("元/kWh"));
            Assert.That(At(e, "$.consequences.quota_cuts[0].percent").Message, Does.Contain("[0, 100]"));
            Assert.That(At(e, "$.consequences.notes[0].id").Message, Does.Contain("'q1' is used by another"));
            Assert.That(At(e, "$.consequences.notes[0].chinese").Message, Does.Contain("empty"));
        });
    }

    [Test]
    public void Parse_UnknownKnownSchedule_SuggestsClosest()
    {
        var e = Problems("\"shandong_2021\"");
        Assert.That(At(e, "$.consequences").Hint, Does.Contain("shandong_2022"));
        e = Problems("""{"known": "jiangsu_calender"}""");
        Assert.That(At(e, "$.consequences.known").Hint, Does.Contain("jiangsu_calendar"));
    }

    [Test]
    public void Parse_KnownWithInlineRules_IsReported()
    {
        var e = Problems("""{"known": "shandong", "quota_cuts": [{"id": "c", "tier": "c", "percent": 5}]}""");
        Assert.That(At(e, "$.consequences.quota_cuts").Hint, Is.EqualTo("remove it"));
    }

    [Test]
    public void Parse_NeitherAmountsNorByYear_IsReported()
    {
        var e = Problems("""{"id": "x", "surcharges": [{"id": "s", "tier": "d"}]}""");
        Assert.That(At(e, "$.consequences.surcharges[0]").Hint, Does.Contain("amounts").And.Contain("by_year"));
    }

    [TestCase("\"zhejiang_county_draft\"", "\"consequences\": \"zhejiang_county_draft_2025\"")]
    [TestCase("""
        { "id": "county_2025", "source": "某县 2025",
          "surcharges": [{ "id": "d_calendar", "tier": "d", "by_year": { "2019": 0.1, "2020": 0.2 }, "source": "文件" }],
          "quota_cuts": [{ "id": "c_cut", "tier": "c", "percent": 10 }],
          "notes": [{ "id": "a_land", "tier": "a", "chinese": "优先保障用地", "english": "priority for land" }],
          "treat_ungraded_as_b": false }
        """, "\"by_year\": {")]
    public void Writer_RoundTripsConsequences(string consequences, string expected)
    {
        var first = ProfileWriter.ToJson(Parse(consequences));
        var second = ProfileWriter.ToJson(ProfileLoader.Parse(first));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain(expected));
    }

    [Test]
    public void Builder_Consequences_EqualsTheJson()
    {
        var schedule = new ConsequenceSchedule("county", "某县",
            [SurchargeRule.ByConsecutiveYears("d", Tier.D, [0.1, 0.2])],
            [new QuotaCutRule("c", Tier.C, 5)],
            [new PolicyNote("a", Tier.A, "优先", "priority")]);
        var built = new ProfileBuilder("c", 2025)
            .Pool("all", string.Empty, pool => pool.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(15)).QuotaBands(20, 40, 35, 5))
            .Consequences(schedule)
            .Build();

        var json = ProfileWriter.ToJson(built);

        Assert.That(built.Consequences, Is.SameAs(schedule));
        Assert.That(json, Does.Contain("\"amounts\": [").And.Contain("\"quota_cuts\""));
        Assert.That(ProfileWriter.ToJson(ProfileLoader.Parse(json)), Is.EqualTo(json));
    }

    [TestCase("changle-2023", "shandong_2022")]
    [TestCase("huaian-2024", "jiangsu_calendar_2019")]
    [TestCase("zhejiang-six-indicators", "zhejiang_county_draft_2025")]
    public void BuiltIn_CarriesTheScheduleDomainMdSupports(string name, string schedule) =>
        Assert.That(ProfileLoader.Load(name).Consequences?.Id, Is.EqualTo(schedule));

    [Test]
    public void BuiltIn_ZhejiangDraftSchedule_IsMarkedAsAnAssumption() =>
        Assert.That(ProfileMetadata.Of(ProfileCatalog.Get("zhejiang-six-indicators"))!.Assumptions.Select(a => a.Path), Does.Contain("$.consequences"));
}
