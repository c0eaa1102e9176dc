using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Land;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.IO;

namespace EnterpriseScoring.Tests.Land;

/// <summary>Shared parcels (同一宗地多家企业): the firms of one parcel are evaluated together and all share the result.</summary>
public class SharedParcelMergeTests
{
    /// <summary>
    /// Parcel P1: A holds the certificate (10 亩, tax 100, 规上), B and C are tenants without land (tax 50 and 30, 规下,
    /// C flagged). Parcel P2 is named by D alone (not merged). E, F, G have no parcel.
    /// </summary>
    private static readonly Firm[] Firms =
    [
        Make("A", "P1", land: 10, tax: 100, revenue: 1000, SizeClass.AboveDesignatedSize),
        Make("B", "P1", land: null, tax: 50, revenue: null, SizeClass.BelowDesignatedSize),
        Make("C", "P1", land: null, tax: 30, revenue: 400, SizeClass.BelowDesignatedSize, "listed"),
        Make("D", "P2", land: 4, tax: 60, revenue: 500, SizeClass.AboveDesignatedSize),
        Make("E", "", land: 5, tax: 40, revenue: 300, SizeClass.AboveDesignatedSize),
        Make("F", "", land: 20, tax: 100, revenue: 900, SizeClass.AboveDesignatedSize),
        Make("G", "", land: 8, tax: 8, revenue: 100, SizeClass.AboveDesignatedSize),
    ];

    private static Firm Make(string id, string parcel, double? land, double tax, double? revenue, SizeClass size, params string[] tags)
    {
        var measures = new Dictionary<string, double> { ["tax"] = tax };
        if (land is { } l)
        {
            measures["land_area"] = l;
        }

        if (revenue is { } r)
        {
            measures["revenue"] = r;
        }

        return new Firm { Id = id, Name = "企业" + id, Region = "R", Parcel = parcel, SizeClass = size, Measures = measures, Tags = new HashSet<string>(tags) };
    }

    /// <summary>The firms here report no leasing: net land's leased-in and leased-out terms are accepted as missing (0).</summary>
    private static readonly EvaluatorOptions NoLeasing = new() { AcceptMissingMeasures = ["leased_in_area", "leased_out_area"] };

    private static EvaluationProfile Profile(ILandAreaStrategy land) => new()
    {
        Name = "parcel",
        EvaluationYear = 2025,
        Land = land,
        Pools =
        [
            new PoolProfile
            {
                Id = "above",
                Selector = new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize },
                Indicators =
                [
                    new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 60, Benchmark = KnownBenchmarks.PoolMeanRatioOfSums },
                    new IndicatorProfile { Indicator = KnownIndicators.RevenuePerMu, Weight = 40, Benchmark = KnownBenchmarks.Fixed(100) },
                ],
                Tiering = new QuotaBands(25, 25, 25, 25),
            },
            new PoolProfile
            {
                Id = "below",
                Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.Fixed(10) }],
            },
        ],
    };

    [Test]
    public void Compute_GivesEveryFirmItsParcelsArea_SumOrLargest()
    {
        var table = FirmTable.FromFirms(Firms);
        var withH = FirmTable.FromFirms([.. Firms, Make("H", "P1", 3, 1, 1, SizeClass.BelowDesignatedSize)]);
        var sum = new double[table.Count];
        var sumWithH = new double[withH.Count];
        var largest = new double[withH.Count];
        new SharedParcelMerge().Compute(table, sum);
        new SharedParcelMerge().Compute(withH, sumWithH);
        new SharedParcelMerge(area: ParcelAreaRule.Largest).Compute(withH, largest);

        Assert.Multiple(() =>
        {
            Assert.That(sum, Is.EqualTo(new[] { 10, 10, 10, 4, 5, 20, 8 }));
            Assert.That(sumWithH, Is.EqualTo(new[] { 13, 13, 13, 4, 5, 20, 8, 13 }));
            Assert.That(largest, Is.EqualTo(new[] { 10, 10, 10, 4, 5, 20, 8, 10 }));
        });
    }

    [Test]
    public void Compute_ParcelWithoutAnyKnownArea_IsNaN_AndSumAddsEveryKnownArea()
    {
        var table = FirmTable.FromFirms(
        [
            Make("x", "Q", null, 1, 1, SizeClass.AboveDesignatedSize),
            Make("y", "Q", null, 1, 1, SizeClass.AboveDesignatedSize),
            Make("u", "S", 2.5, 1, 1, SizeClass.AboveDesignatedSize),
            Make("v", "S", 1.25, 1, 1, SizeClass.AboveDesignatedSize),
        ]);
        var area = new double[4];

        new SharedParcelMerge().Compute(table, area);

        Assert.That(area, Is.EqualTo(new[] { double.NaN, double.NaN, 3.75, 3.75 }));
    }

    [Test]
    public void Evaluate_TenantsShareTheParcelsResultUnderTheirOwnIds()
    {
        var evaluation = new Evaluator(Profile(new SharedParcelMerge())).Evaluate(FirmTable.FromFirms(Firms));
        var a = evaluation.Find("A")!;
        var b = evaluation.Find("B")!;
        var c = evaluation.Find("C")!;

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Results, Has.Count.EqualTo(Firms.Length), "one result per input row");
            Assert.That(new[] { a.Id, b.Id, c.Id }, Is.EqualTo(new[] { "A", "B", "C" }));
            Assert.That(new[] { b.PoolId, c.PoolId }, Is.All.EqualTo("above"), "the parcel is 规上 because A is");
            Assert.That(b.Total, Is.EqualTo(a.Total));
            Assert.That(c.Total, Is.EqualTo(a.Total));
            Assert.That(new[] { b.Rank, c.Rank }, Is.All.EqualTo(a.Rank));
            Assert.That(new[] { b.Tier, c.Tier }, Is.All.EqualTo(a.Tier));
            Assert.That(new[] { a.LandArea, b.LandArea, c.LandArea }, Is.All.EqualTo(10));
            Assert.That(b.Indicators[0].Value, Is.EqualTo((100 + 50 + 30) / 10.0), "tax per mu of the parcel: Σ tax / parcel land");
            Assert.That(b.Indicators[1].Value, Is.EqualTo((1000 + 400) / 10.0), "B reports no revenue: the parcel's revenue is A's + C's");
            Assert.That(new[] { a.Parcel, b.Parcel, c.Parcel }, Is.All.EqualTo("P1"));
            Assert.That(b.SharedWith, Is.EqualTo(new[] { "A", "C" }));
            Assert.That(evaluation.Find("D")!.Parcel, Is.Null, "a parcel named by one firm is not a merge");
            Assert.That(evaluation.Find("D")!.SharedWith, Is.Empty);
            Assert.That(evaluation.Find("E")!.Parcel, Is.Null);
            Assert.That(evaluation.Pools[0].FirmCount, Is.EqualTo(7), "firms, not evaluated units");
            Assert.That(evaluation.Pools[0].RatedCount, Is.EqualTo(7));
            Assert.That(evaluation.Pools[1].FirmCount, Is.Zero);
        });
    }

    [Test]
    public void Evaluate_EqualsEvaluatingTheParcelAsOneHandMergedFirm()
    {
        var merged = FirmTable.FromFirms(
        [
            new Firm
            {
                Id = "A", Name = "企业A", Region = "R", SizeClass = SizeClass.AboveDesignatedSize,
                Measures = new Dictionary<string, double> { ["land_area"] = 10, ["tax"] = 180, ["revenue"] = 1400 },
                Tags = new HashSet<string> { "listed" },
            },
            .. Firms[3..],
        ]);
        var byHand = new Evaluator(Profile(KnownLandAreaStrategies.Certificate)).Evaluate(merged);
        var shared = new Evaluator(Profile(new SharedParcelMerge())).Evaluate(FirmTable.FromFirms(Firms));

        foreach (var (id, unit) in new[] { ("A", "A"), ("B", "A"), ("C", "A"), ("D", "D"), ("E", "E"), ("F", "F"), ("G", "G") })
        {
            var expected = byHand.Find(unit)!;
            var actual = shared.Find(id)!;
            Assert.Multiple(() =>
            {
                Assert.That(actual.Total, Is.EqualTo(expected.Total), id);
                Assert.That(actual.Rank, Is.EqualTo(expected.Rank), id);
                Assert.That(actual.Tier, Is.EqualTo(expected.Tier), id);
                Assert.That(actual.Indicators.Select(i => i.Score), Is.EqualTo(expected.Indicators.Select(i => i.Score)), id);
                Assert.That(actual.Indicators.Select(i => i.Benchmark), Is.EqualTo(expected.Indicators.Select(i => i.Benchmark)), id);
            });
        }
    }

    [Test]
    public void Evaluate_DoesNotDependOnRowOrder()
    {
        var evaluator = new Evaluator(Profile(new SharedParcelMerge(KnownLandAreaStrategies.Net)), NoLeasing);
        var expected = evaluator.Evaluate(FirmTable.FromFirms(Firms));
        var random = new Random(7);
        for (var trial = 0; trial < 20; trial++)
        {
            var shuffled = Firms.OrderBy(_ => random.Next()).ToArray();
            var actual = evaluator.Evaluate(FirmTable.FromFirms(shuffled));
            foreach (var firm in Firms)
            {
                var e = expected.Find(firm.Id)!;
                var a = actual.Find(firm.Id)!;
                Assert.That((a.Total, a.Rank, a.Tier, a.LandArea, a.SharedWith.Count), Is.EqualTo((e.Total, e.Rank, e.Tier, e.LandArea, e.SharedWith.Count)), firm.Id);
                Assert.That(actual.Explain(firm.Id), Is.EqualTo(expected.Explain(firm.Id)), firm.Id);
            }
        }
    }

    [Test]
    public void Evaluate_LeadDecidesClassification_TagsAreUnited()
    {
        var evaluation = new Evaluator(new EvaluationProfile
        {
            Name = "tags",
            Land = new SharedParcelMerge(),
            Pools =
            [
                new PoolProfile
                {
                    Id = "all",
                    Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.Fixed(10) }],
                    Tiering = new QuotaBands(25, 25, 25, 25),
                },
            ],
            Overrides = [new OverrideRule { Id = "violation", Action = OverrideAction.ForceD, When = new FirmCondition { RequiredTags = ["listed"] } }],
        }).Evaluate(FirmTable.FromFirms(Firms));

        Assert.Multiple(() =>
        {
            Assert.That(new[] { "A", "B", "C" }.Select(id => evaluation.Find(id)!.Tier), Is.All.EqualTo(Tier.D), "C's tag applies to the whole parcel");
            Assert.That(evaluation.Find("B")!.Overrides.Select(o => o.RuleId), Is.EqualTo(new[] { "violation" }));
        });
    }

    [Test]
    public void Evaluate_ParcelWithoutLand_RejectsEveryFirmOfIt()
    {
        var table = FirmTable.FromFirms(
        [
            Make("x", "Q", null, 10, 1, SizeClass.AboveDesignatedSize),
            Make("y", "Q", null, 20, 1, SizeClass.AboveDesignatedSize),
            Make("z", "", 5, 20, 1, SizeClass.AboveDesignatedSize),
        ]);

        var evaluation = new Evaluator(Profile(new SharedParcelMerge())).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("x")!.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(evaluation.Find("y")!.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(evaluation.Find("y")!.Reason, Is.EqualTo(evaluation.Find("x")!.Reason));
            Assert.That(evaluation.Find("z")!.Status, Is.EqualTo(FirmStatus.Rated));
            Assert.That(evaluation.Results.Select(r => r.Total).Where(t => t is { } v && !double.IsFinite(v)), Is.Empty);
        });
    }

    [Test]
    public void Evaluate_WithoutParcels_IsTheInnerStrategy()
    {
        var firms = Firms.Select(f => new Firm { Id = f.Id, Name = f.Name, Region = f.Region, SizeClass = f.SizeClass, Measures = f.Measures, Tags = f.Tags }).ToArray();
        var plain = new Evaluator(Profile(KnownLandAreaStrategies.Net), NoLeasing).Evaluate(FirmTable.FromFirms(firms));
        var merge = new Evaluator(Profile(new SharedParcelMerge(KnownLandAreaStrategies.Net)), NoLeasing).Evaluate(FirmTable.FromFirms(firms));

        Assert.That(merge.Results.Select(r => (r.Id, r.Total, r.Rank, r.Tier, r.Status)), Is.EqualTo(plain.Results.Select(r => (r.Id, r.Total, r.Rank, r.Tier, r.Status))));
    }

    [Test]
    public void Explain_ShowsTheParcelTheMembersAndTheParcelArea()
    {
        var evaluation = new Evaluator(Profile(new SharedParcelMerge())).Evaluate(FirmTable.FromFirms(Firms));

        var text = evaluation.Explain("B");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("企业 Firm: B 企业B"));
            Assert.That(text, Does.Contain("shared parcel 地块 P1, 3 firms evaluated together / 同一地块企业合并评价: A (lead): certificate area (用地面积) = 10 亩; B: certificate area (用地面积) missing"));
            Assert.That(text, Does.Contain("parcel area = sum of the firms' areas = 10 亩"));
            Assert.That(text, Does.Contain("合并评价 Shared parcel P1: evaluated as one firm with A, C"));
            Assert.That(text, Does.Contain("180 / 10"), "the indicator arithmetic uses the parcel's sums");
        });
    }

    [Test]
    public void Constructor_RejectsNestingAndUnknownRules()
    {
        Assert.Throws<ArgumentException>(() => new SharedParcelMerge(new SharedParcelMerge()));
        Assert.Throws<ArgumentException>(() => new SharedParcelMerge(area: (ParcelAreaRule)7));
    }

    [Test]
    public void CsvReader_ReadsTheParcelColumn_AndTheWriterRoundTripsIt()
    {
        var read = CsvTestData.Read("统一社会信用代码,企业名称,宗地编号,用地面积,税收\nA,甲,P1,10,100\nB,乙, P1 ,,50\nC,丙,,3,5\n", new FirmCsvReaderOptions { LenientIds = true });
        var table = read.Table;

        using var stream = new MemoryStream();
        FirmCsvWriter.Write(table, stream);
        stream.Position = 0;
        var again = FirmCsvReader.Read(stream, new FirmCsvReaderOptions { LenientIds = true }).Table;

        Assert.Multiple(() =>
        {
            Assert.That(read.Rejections, Is.Empty);
            Assert.That(read.Columns.Single(c => c.Header == "宗地编号").Target, Is.EqualTo(FirmColumns.Parcel));
            Assert.That(Enumerable.Range(0, 3).Select(r => table.Parcels[r]), Is.EqualTo(new[] { "P1", "P1", "" }));
            Assert.That(table.HasParcels, Is.True);
            Assert.That(table.GetFirm(1).Parcel, Is.EqualTo("P1"));
            Assert.That(Enumerable.Range(0, 3).Select(r => again.Parcels[r]), Is.EqualTo(new[] { "P1", "P1", "" }));
        });
    }

    [Test]
    public void CsvReader_ParcelSpelledAsMissing_IsNoParcel()
    {
        var read = CsvTestData.Read("id,parcel,land_area,tax,revenue\nA,无,10,1,1\nB,无,10,1,1\nC,-,5,1,1\nD,N/A,5,1,1\nE,P9,5,1,1\n", new FirmCsvReaderOptions { LenientIds = true });

        var evaluation = new Evaluator(Profile(new SharedParcelMerge())).Evaluate(read.Table);

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 5).Select(r => read.Table.Parcels[r]), Is.EqualTo(new[] { "", "", "", "", "P9" }));
            Assert.That(evaluation.Results.Select(r => r.Parcel), Is.All.Null);
            Assert.That(evaluation.Find("A")!.LandArea, Is.EqualTo(10));
        });
    }

    [Test]
    public void Evaluate_SumsThatOverflow_MakeTheMeasureMissing_NeverInfinite()
    {
        var table = FirmTable.FromFirms(
        [
            Make("x", "Q", 1, 1e308, 1, SizeClass.AboveDesignatedSize),
            Make("y", "Q", 1, 1e308, 1, SizeClass.AboveDesignatedSize),
            Make("z", "", 1, 5, 1, SizeClass.AboveDesignatedSize),
        ]);

        var x = new Evaluator(Profile(new SharedParcelMerge())).Evaluate(table).Find("x")!;

        Assert.That(x.Indicators[0].Outcome, Is.EqualTo(IndicatorOutcome.MissingMeasure));
        Assert.That(x.Total is null || double.IsFinite(x.Total.Value), Is.True);
    }

    [Test]
    public void CsvWriter_WritesNoParcelColumnWhenNoFirmNamesOne()
    {
        var table = FirmTable.FromFirms([Make("A", "", 1, 1, 1, SizeClass.AboveDesignatedSize)]);
        using var stream = new MemoryStream();

        FirmCsvWriter.Write(table, stream);

        Assert.That(table.HasParcels, Is.False);
        Assert.That(System.Text.Encoding.UTF8.GetString(stream.ToArray()), Does.Not.Contain("parcel"));
    }

    [Test]
    public void Json_SharedParcelLoadsRoundTripsAndRejectsMisplacedOptions()
    {
        const string Json = """
            {
              "name": "p", "evaluation_year": 2025,
              "land": { "strategy": "shared_parcel", "inner": "building_area_conversion", "floor_area_ratio": 1.5, "parcel_area": "largest" },
              "pools": [ { "id": "all", "indicators": [ { "id": "tax_per_mu", "weight": 100, "benchmark": { "type": "fixed", "value": 10 } } ] } ]
            }
            """;
        var profile = ProfileLoader.Parse(Json);
        var land = (SharedParcelMerge)profile.Land;
        var again = ProfileLoader.Parse(ProfileWriter.ToJson(profile));

        Assert.Multiple(() =>
        {
            Assert.That(land.Area, Is.EqualTo(ParcelAreaRule.Largest));
            Assert.That(((BuildingAreaConversion)land.Inner).FloorAreaRatio, Is.EqualTo(1.5));
            Assert.That(again.Land, Is.TypeOf<SharedParcelMerge>());
            Assert.That(((SharedParcelMerge)again.Land).Area, Is.EqualTo(ParcelAreaRule.Largest));
            Assert.That(((BuildingAreaConversion)((SharedParcelMerge)again.Land).Inner).FloorAreaRatio, Is.EqualTo(1.5));
        });

        var bad = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(Json
            .Replace("\"strategy\": \"shared_parcel\"", "\"strategy\": \"net\"", StringComparison.Ordinal)))!;
        Assert.That(bad.Message, Does.Contain("$.land.parcel_area"));
        var nested = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(Json
            .Replace("\"inner\": \"building_area_conversion\", \"floor_area_ratio\": 1.5", "\"inner\": \"shared_parcel\"", StringComparison.Ordinal)))!;
        Assert.That(nested.Message, Does.Contain("$.land.inner"));
    }
}
