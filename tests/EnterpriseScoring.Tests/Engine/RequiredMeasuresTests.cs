using System.Text;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Land;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.IO;

namespace EnterpriseScoring.Tests.Engine;

/// <summary>
/// <see cref="Evaluator.Evaluate(FirmTable, EvaluationContext?)"/> refuses a table that lacks entirely a measure the profile reads
/// (<see cref="MissingMeasuresException"/> with the measure, what needs it and the headers that look like it), unless the
/// measure is accepted as missing by the options or the profile; a column that is present with every cell blank is not
/// missing.
/// </summary>
public class RequiredMeasuresTests
{
    private static readonly Lazy<string> SampleCityHead = new(() =>
        string.Join("\n", File.ReadAllText(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8).TrimStart('\uFEFF').Split('\n').Take(60)) + "\n");

    /// <summary>The first rows of the sample city, read with one header renamed.</summary>
    private static FirmReadResult ReadWithHeader(string from, string to)
    {
        var text = SampleCityHead.Value;
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var header = text[..newline].Split(',');
        header[Array.IndexOf(header, from)] = to;
        return CsvTestData.Read(string.Join(",", header) + text[newline..]);
    }

    private static EvaluationProfile Zhejiang => ProfileCatalog.Get("zhejiang-six-indicators");

    [Test]
    public void Evaluate_TableReadWithAMisspeltHeader_ThrowsWithTheMeasureWhatNeedsItAndTheSuggestion()
    {
        var read = ReadWithHeader("tax", "taxx");

        var ex = Assert.Throws<MissingMeasuresException>(() => new Evaluator(Zhejiang).Evaluate(read.Table))!;

        var missing = ex.Missing.Single();
        Assert.Multiple(() =>
        {
            Assert.That(missing.Measure, Is.SameAs(KnownMeasures.Tax));
            Assert.That(missing.IsAccepted, Is.False);
            Assert.That(missing.Suggestions, Is.EqualTo(new[] { "taxx" }));
            Assert.That(missing.NeededBy.Select(u => (u.NeededBy, string.Join(",", u.Pools))), Is.EqualTo(new[]
            {
                ("indicator tax_per_mu (亩均税收)", "above_size,below_size"),
                ("indicator tax_per_electricity (单位电耗税收)", "below_size"),
            }));
            Assert.That(missing.NeededBy[0].WhenMissing, Is.EqualTo("tax_per_mu is missing for every firm → zero (缺失计0分)"));
            Assert.That(ex.Message, Does.Contain("did you mean 'tax' for 'taxx'?").And.Contain("AcceptMissingMeasures"));
            Assert.That(ex, Is.InstanceOf<FirmDataException>(), "a data error, like a missing required column");
        });
    }

    [Test]
    public void Evaluate_LandAreaMisspelt_NamesTheLandStrategy()
    {
        var read = ReadWithHeader("land_area", "land_aera");

        var ex = Assert.Throws<MissingMeasuresException>(() => new Evaluator(Zhejiang).Evaluate(read.Table))!;

        Assert.Multiple(() =>
        {
            Assert.That(ex.Missing.Single().Measure, Is.SameAs(KnownMeasures.LandArea));
            Assert.That(ex.Missing.Single().NeededBy.Single().NeededBy, Is.EqualTo("land strategy certificate"));
            Assert.That(ex.Missing.Single().Suggestions, Is.EqualTo(new[] { "land_aera" }));
        });
    }

    [Test]
    public void Evaluate_ChineseHeaderTypo_IsSuggested()
    {
        var read = CsvTestData.Read("统一社会信用代码,规模,用地面积(亩),实缴税全(万元),工业增加值(万元)\n" + CsvTestData.Uscc(1) + ",规上,10,5,100\n");
        var profile = new EvaluationProfile
        {
            Name = "t",
            Pools = [new PoolProfile { Id = "all", Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.Fixed(1) }] }],
        };

        var missing = new Evaluator(profile).FindMissingMeasures(read.Table);

        Assert.That(missing.Single().Suggestions, Is.EqualTo(new[] { "实缴税全(万元)" }));
    }

    [Test]
    public void Evaluate_TableBuiltInCode_SuggestsItsCustomMeasures()
    {
        var table = FirmTable.FromFirms([new Firm { Id = "a", Measures = new Dictionary<string, double> { ["land_area"] = 1, ["taxx"] = 2, ["export_value"] = 3 } }]);

        var ex = Assert.Throws<MissingMeasuresException>(() => new Evaluator(Zhejiang).Evaluate(table))!;

        Assert.That(ex.Missing.Single(m => m.Measure.Id == "tax").Suggestions, Is.EqualTo(new[] { "taxx" }));
    }

    [Test]
    public void Evaluate_AcceptedByTheOptionsOrByTheProfile_RunsWithTheMeasureMissingForEveryFirm()
    {
        var table = ReadWithHeader("tax", "taxx").Table;
        var byOptions = new Evaluator(Zhejiang, new EvaluatorOptions { AcceptMissingMeasures = ["tax"] });
        var profile = Zhejiang;
        var byProfile = new Evaluator(new EvaluationProfile
        {
            Name = profile.Name,
            EvaluationYear = profile.EvaluationYear,
            Land = profile.Land,
            Eligibility = profile.Eligibility,
            Pools = profile.Pools,
            Overrides = profile.Overrides,
            Labels = profile.Labels,
            AcceptMissingMeasures = ["tax"],
        });

        var a = byOptions.Evaluate(table);
        var b = byProfile.Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(byOptions.FindMissingMeasures(table).Single().IsAccepted, Is.True);
            Assert.That(byOptions.FindMissingMeasures(table).Single().DescribePolicy(), Does.Contain("accepted as missing").And.Contain("zero (缺失计0分)"));
            Assert.That(a.Results.Select(r => (r.Id, r.Total, r.Tier)), Is.EqualTo(b.Results.Select(r => (r.Id, r.Total, r.Tier))));
            Assert.That(a.Pools.Single(p => p.Id == "above_size").Indicators.Single(i => i.IndicatorId == "tax_per_mu").Note, Does.Contain("no column for tax"));
        });
    }

    [Test]
    public void Evaluate_ColumnPresentWithEveryCellBlank_IsNotMissing_ItsValuesAre()
    {
        var builder = new FirmTableBuilder([KnownMeasures.LandArea, KnownMeasures.Tax, KnownMeasures.ValueAdded]);
        builder.Add(new Firm { Id = "a", SizeClass = SizeClass.AboveDesignatedSize, Measures = new Dictionary<string, double> { ["land_area"] = 10, ["value_added"] = 100 } });
        builder.Add(new Firm { Id = "b", SizeClass = SizeClass.AboveDesignatedSize, Measures = new Dictionary<string, double> { ["land_area"] = 20, ["value_added"] = 300 } });
        var table = builder.Build();
        var read = CsvTestData.Read($"id,land_area,tax,value_added\n{CsvTestData.Uscc(1)},10,,100\n{CsvTestData.Uscc(2)},20,,300\n");
        var evaluator = new Evaluator(HandProfile());

        Assert.Multiple(() =>
        {
            Assert.That(evaluator.FindMissingMeasures(table), Is.Empty);
            Assert.That(evaluator.FindMissingMeasures(read.Table), Is.Empty);
            Assert.That(read.Table.HasMeasure(KnownMeasures.Tax), Is.True);
            Assert.That(evaluator.Evaluate(table).Results.Select(r => r.Indicators[0].Source), Is.All.EqualTo(ScoreSource.MissingScoredZero));
        });
    }

    [Test]
    public void Evaluate_EmptyTableBuiltInCode_HasNothingToCheck_ButAnEmptyFileStillHasItsHeaders()
    {
        var evaluator = new Evaluator(HandProfile());
        var headerOnly = CsvTestData.Read("id,land_area,taxx,value_added\n");

        Assert.Multiple(() =>
        {
            Assert.That(evaluator.Evaluate(FirmTable.Empty).Results, Is.Empty);
            Assert.That(evaluator.FindMissingMeasures(headerOnly.Table).Single().Suggestions, Is.EqualTo(new[] { "taxx" }));
        });
    }

    [Test]
    public void RequiredMeasures_EveryPartOfTheProfileThatReadsAMeasure()
    {
        var profile = new EvaluationProfile
        {
            Name = "everywhere",
            Land = new SharedParcelMerge(new BuildingAreaConversion(inner: KnownLandAreaStrategies.Net)),
            Eligibility = [new EligibilityRule { Id = "big", Outcome = FirmStatus.Exempt, When = new FirmCondition { MeasureAtLeast = new Dictionary<string, double> { ["revenue"] = 100000 } } }],
            Pools =
            [
                new PoolProfile
                {
                    Id = "p",
                    Selector = new FirmCondition { MeasureBelow = new Dictionary<string, double> { ["employees"] = 1000 } },
                    Indicators = [new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerEmission, Weight = 100, Benchmark = KnownBenchmarks.Fixed(1) }],
                    Adjustments = new AdjustmentRules { Rules = [new PerUnitAdjustment("lessees", "出租", KnownMeasures.Lessees, 0, -5)] },
                },
            ],
            Overrides = [new OverrideRule { Id = "veto", Action = OverrideAction.ForceD, When = new FirmCondition { MeasureAtLeast = new Dictionary<string, double> { ["violations"] = 1 } } }],
        };

        var required = new Evaluator(profile).RequiredMeasures;

        Assert.Multiple(() =>
        {
            Assert.That(required.Select(r => r.Measure.Id), Is.EquivalentTo(new[]
            {
                "land_area", "leased_in_area", "leased_out_area", "building_area", "revenue", "employees",
                "value_added", "cod", "ammonia_nitrogen", "so2", "nox", "lessees", "violations",
            }));
            string Uses(string id) => string.Join(" | ", required.Single(r => r.Measure.Id == id).Uses.Select(u => u.ToString()));
            Assert.That(Uses("leased_out_area"), Is.EqualTo("land strategy shared_parcel → building_area_conversion → net"));
            Assert.That(required.Single(r => r.Measure.Id == "leased_out_area").Uses.Single().WhenMissing, Is.EqualTo("leased-out land counts 0 for every firm"));
            Assert.That(Uses("building_area"), Is.EqualTo("land strategy shared_parcel → building_area_conversion"));
            Assert.That(Uses("revenue"), Is.EqualTo("eligibility rule big"));
            Assert.That(Uses("employees"), Is.EqualTo("pool selector in pool p"));
            Assert.That(Uses("so2"), Is.EqualTo("indicator value_added_per_emission (单位排放增加值) in pool p"));
            Assert.That(Uses("lessees"), Is.EqualTo("adjustment lessees (出租) in pool p"));
            Assert.That(Uses("violations"), Is.EqualTo("override rule veto"));
            Assert.That(required.Single(r => r.Measure.Id == "violations").Uses.Single().WhenMissing, Does.StartWith("'violations ≥ 1' fails for every firm"));
        });
    }

    [Test]
    public void BuiltInProfiles_OnTheSampleCity_LackNoMeasure()
    {
        var table = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv")).Table;
        foreach (var name in ProfileCatalog.Names)
        {
            Assert.That(new Evaluator(ProfileCatalog.Get(name)).FindMissingMeasures(table), Is.Empty, name);
        }
    }

    [Test]
    public void AcceptMissingMeasures_NotAMeasureId_IsRejected()
    {
        var profile = HandProfile();

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => _ = new Evaluator(profile, new EvaluatorOptions { AcceptMissingMeasures = ["two words"] }));
            var ex = Assert.Throws<ProfileException>(() => _ = new Evaluator(new EvaluationProfile { Name = "x", Pools = profile.Pools, AcceptMissingMeasures = [" "] }))!;
            Assert.That(ex.Problems.Single().Path, Is.EqualTo("accept_missing_measures[0]"));
        });
    }

    [Test]
    public void Json_AcceptMissingMeasures_UnknownMeasure_IsAProblemWithAHint()
    {
        const string json = """
            { "name": "x", "evaluation_year": 2025, "accept_missing_measures": ["cdo"],
              "pools": [ { "id": "all", "indicators": [ { "id": "tax_per_mu", "weight": 100, "benchmark": { "type": "fixed", "value": 1 } } ] } ] }
            """;

        var ex = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(json))!;

        Assert.That(ex.Problems.Single().ToString(), Does.Contain("$.accept_missing_measures[0]").And.Contain("unknown measure 'cdo'").And.Contain("did you mean 'cod'?"));
    }

    [Test]
    public void Builder_AcceptMissing_IsWrittenAndReadBack()
    {
        var profile = new ProfileBuilder("b", 2025)
            .AcceptMissing("cod", "nox")
            .Pool("all", "全部", p => p.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(1)))
            .Build();

        var again = ProfileLoader.Parse(ProfileWriter.ToJson(profile));

        Assert.Multiple(() =>
        {
            Assert.That(ProfileWriter.ToJson(profile), Does.Contain("\"accept_missing_measures\": [\n    \"cod\",\n    \"nox\"\n  ]"));
            Assert.That(again.AcceptMissingMeasures, Is.EqualTo(new[] { "cod", "nox" }));
        });
    }

    private static EvaluationProfile HandProfile() => EngineFixtures.HandProfile();
}
