using EnterpriseScoring.Analysis;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Analysis;

/// <summary>What-if and what it takes (提升路径) through the public API, on every built-in profile.</summary>
public class WhatIfTests
{
    private static readonly Lazy<FirmTable> Sample = new(() => FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv")).Table);

    private static IEnumerable<string> BuiltIns() => ProfileCatalog.Names;

    [TestCaseSource(nameof(BuiltIns))]
    public void HeldWhatIf_WithNoChange_GivesEveryRatedFirmItsOwnTotalRankAndTier(string profile)
    {
        var evaluation = new Evaluator(ProfileCatalog.Get(profile)).Evaluate(Sample.Value);
        var analysis = new WhatIfAnalysis(evaluation);
        foreach (var result in evaluation.Results.Where(r => r.Status == FirmStatus.Rated))
        {
            var same = analysis.Evaluate(result.Id, []);
            Assert.That((same.Total, same.Rank, same.Tier), Is.EqualTo((result.Total, result.Rank, result.Tier)), result.Id);
        }
    }

    [TestCaseSource(nameof(BuiltIns))]
    public void WhatItTakes_MovedByTheComputedAmount_LandsAtTheCutOff_AndOneStepMoreCrossesIt(string profile)
    {
        var evaluation = new Evaluator(ProfileCatalog.Get(profile)).Evaluate(Sample.Value);
        var analysis = new WhatIfAnalysis(evaluation);
        var below = evaluation.Results.Where(r => r.Tier is Tier.B or Tier.C or Tier.D).ToList();
        Assert.That(below, Has.Count.GreaterThan(10));
        var checkedLevers = 0;
        var continuous = 0;
        var landLevers = 0;
        for (var i = 0; i < below.Count; i += Math.Max(1, below.Count / 40))
        {
            var firm = below[i];
            var path = analysis.WhatItTakes(firm.Id);
            if (path.Outcome == PromotionOutcome.CannotMoveUp)
            {
                Assert.That(firm.Overrides.Any(o => o.Action is OverrideAction.CapAtC or OverrideAction.ForceD), firm.Id);
                continue;
            }

            Assert.That(path.Outcome, Is.EqualTo(PromotionOutcome.Possible), firm.Id);
            var cut = path.CutOff!;
            Assert.That(cut.Target, Is.LessThan(firm.Tier!.Value), firm.Id);
            Assert.That(cut.Needed, Is.GreaterThan(firm.Total!.Value), firm.Id);
            foreach (var lever in path.Levers.Where(l => l.CanDoAlone))
            {
                var required = lever.RequiredValue!.Value;
                var step = 1e-6 * Math.Max(1, Math.Abs(required));
                var at = analysis.Evaluate(firm.Id, [new MeasureChange(lever.Measure!, required)]);
                var more = analysis.Evaluate(firm.Id, [new MeasureChange(lever.Measure!, required + (lever.Change >= 0 ? step : -step))]);
                var less = analysis.Evaluate(firm.Id, [new MeasureChange(lever.Measure!, required - (lever.Change >= 0 ? step : -step))]);
                // Lands exactly at the cut-off where the scoring is continuous; where it jumps (min-max with a floor: a value of 0
                // scores 0, any positive value at least the floor) the computed amount is the jump, and one step less stays below.
                Assert.That(at.Total!.Value, Is.GreaterThanOrEqualTo(cut.Needed), $"{firm.Id} {lever.IndicatorId}: reaches the cut-off");
                if (lever.CurrentValue is null)
                {
                    // not reported today: the jump is from the missing-value policy to a computed value, not a step of the measure
                }
                else if (at.Total!.Value - cut.Needed > 1e-9 * Math.Max(1, Math.Abs(cut.Needed)))
                {
                    Assert.That(less.Total!.Value, Is.LessThan(cut.Needed), $"{firm.Id} {lever.IndicatorId}: a jump of the score");
                }
                else
                {
                    continuous++;
                }

                // At least the target tier: a jump of the score (reporting a measure that is missing today) may go further.
                Assert.That(at.Tier, Is.LessThanOrEqualTo(cut.Target), $"{firm.Id} {lever.IndicatorId}: at the computed amount");
                Assert.That(more.Tier, Is.LessThanOrEqualTo(cut.Target), $"{firm.Id} {lever.IndicatorId}: one step more crosses");
                if (lever.CurrentValue is not null)
                {
                    Assert.That(less.Tier, Is.EqualTo(firm.Tier), $"{firm.Id} {lever.IndicatorId}: one step less does not");
                }
                checkedLevers++;
            }

            if (path.Land is { CanDoAlone: true } land)
            {
                // Less land: at the required area the firm is in the next tier, one representable step more land it is not, and
                // any smaller area (still above the floor) keeps it there.
                var required = land.RequiredArea!.Value;
                Assert.That(required, Is.LessThan(land.CurrentArea).And.GreaterThanOrEqualTo(land.MinimumArea), firm.Id);
                Assert.That(land.Change, Is.EqualTo(required - land.CurrentArea), firm.Id);
                var at = analysis.EvaluateWithLandArea(firm.Id, required);
                var less = analysis.EvaluateWithLandArea(firm.Id, Math.BitIncrement(required));
                var more = analysis.EvaluateWithLandArea(firm.Id, Math.Max(land.MinimumArea, required * (1 - 1e-6)));
                Assert.That(at.Total!.Value, Is.GreaterThanOrEqualTo(cut.Needed), $"{firm.Id} land: reaches the cut-off");
                Assert.That(at.Tier, Is.LessThanOrEqualTo(cut.Target), $"{firm.Id} land: at the computed area");
                Assert.That(more.Tier, Is.LessThanOrEqualTo(cut.Target), $"{firm.Id} land: a little less land crosses");
                Assert.That(less.Tier, Is.EqualTo(firm.Tier), $"{firm.Id} land: one step more land does not");
                Assert.That(at.Total!.Value - cut.Needed, Is.LessThanOrEqualTo(1e-9 * Math.Max(1, Math.Abs(cut.Needed))), $"{firm.Id} land: exactly at the cut-off");
                landLevers++;
            }
            else if (path.Land is { } cannot)
            {
                Assert.That(cannot.Reason, Is.Not.Empty, firm.Id);
            }
        }

        Assert.That(checkedLevers, Is.GreaterThan(0));
        if (evaluation.Profile.Pools.Any(p => p.Indicators.Any(i => i.Indicator.UsesLand)))
        {
            Assert.That(landLevers, Is.GreaterThan(0), "some firms can move up by less land");
        }

        Assert.That(continuous, Is.GreaterThan(checkedLevers / 2), "most levers land exactly at the cut-off");
    }

    [Test]
    public void WhatItTakes_ATopFirm_AndAnUnratedFirm_SaySo()
    {
        var evaluation = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(Sample.Value);
        var analysis = new WhatIfAnalysis(evaluation);
        var top = evaluation.Results.First(r => r.Tier == Tier.A);
        Assert.That(analysis.WhatItTakes(top.Id).Outcome, Is.EqualTo(PromotionOutcome.TopTier));
        if (evaluation.Results.FirstOrDefault(r => r.Status != FirmStatus.Rated) is { } unrated)
        {
            Assert.That(analysis.WhatItTakes(unrated.Id).Outcome, Is.EqualTo(PromotionOutcome.NotRated));
        }

        Assert.Throws<KeyNotFoundException>(() => analysis.WhatItTakes("no such firm"));
    }

    [Test]
    public void Explain_WithWhatItTakes_AddsTheSection_AndWithoutItIsUnchanged()
    {
        var evaluation = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(Sample.Value);
        var firm = evaluation.Results.First(r => r.Tier == Tier.C);
        Assert.That(evaluation.Explain(firm.Id, false), Is.EqualTo(evaluation.Explain(firm.Id)));
        var text = evaluation.Explain(firm.Id, true);
        Assert.That(text, Does.StartWith(evaluation.Explain(firm.Id)));
        Assert.That(text, Does.Contain("提升路径 What it takes"));
        Assert.That(text, Does.Contain("cut-off"));
    }

    [Test]
    public void Refitted_WithNoChange_EqualsTheEvaluation()
    {
        var evaluation = new Evaluator(ProfileCatalog.Get("changle-2023")).Evaluate(Sample.Value);
        var analysis = new WhatIfAnalysis(evaluation);
        var firm = evaluation.Results.First(r => r.Tier == Tier.C);
        var same = analysis.Evaluate(firm.Id, [], WhatIfMode.Refitted);
        Assert.That((same.Total, same.Rank, same.Tier, same.Mode), Is.EqualTo((firm.Total, firm.Rank, firm.Tier, WhatIfMode.Refitted)));
    }

    [Test]
    public void WhatItTakes_TheHandCheckableFirm5_MatchesSeedsReadme()
    {
        // seeds/README.md, "What it takes": 嘉兴戊汽配 (#5, B, 66.666667) needs 190 for A, the total of 嘉兴乙机械 (#2, A by the
        // scheme, capped at C by its veto); a tie at 190 is an exact half of one A slot, so the better tier: reaching it is enough.
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "hand-checkable.csv"));
        var evaluation = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "hand-checkable.profile.json"))).Evaluate(read.Table);
        var path = new WhatIfAnalysis(evaluation).WhatItTakes("91330402710000056Y");
        Assert.That(path.Outcome, Is.EqualTo(PromotionOutcome.Possible));
        Assert.That(path.CutOff, Is.Not.Null);
        Assert.That((path.CutOff!.Target, path.CutOff.Total, path.CutOff.Inclusive, path.CutOff.FirmId), Is.EqualTo((Tier.A, 190.0, true, "91330402710000021C")));
        var tax = path.Levers.Single(l => l.IndicatorId == "tax_per_mu");
        Assert.That(tax.Measure, Is.EqualTo(KnownMeasures.Tax));
        Assert.That(tax.RequiredValue!.Value, Is.EqualTo(342).Within(1e-9), "40 × (tax / 12) / 6 = 190");
        Assert.That(tax.Change!.Value, Is.EqualTo(222).Within(1e-9));
        var valueAdded = path.Levers.Single(l => l.IndicatorId == "value_added_per_mu");
        Assert.That(valueAdded.Measure, Is.EqualTo(KnownMeasures.ValueAdded));
        Assert.That(valueAdded.CurrentValue, Is.Null);
        Assert.That(valueAdded.RequiredValue!.Value, Is.EqualTo(123.333333333333333 / 0.05).Within(1e-9), "30 × (x / 12) / 100 + 30 × (x / 60) / 20 = 0.05 x");
        Assert.That(valueAdded.AlsoMoves, Is.EqualTo(new[] { "labor_productivity" }));
        var labour = path.Levers.Single(l => l.IndicatorId == "labor_productivity");
        Assert.That((labour.Measure, labour.CanDoAlone), Is.EqualTo((KnownMeasures.Employees, false)), "fewer employees cannot help while value added is missing");
        Assert.That(path.UniformImprovement!.Value, Is.EqualTo(1.85).Within(1e-12), "66.666667 × (1 + p) = 190");

        // Land: 40 × (120 / L) / 6 = 800 / L = 190 (value added per mu stays 0: value added is missing).
        var land = path.Land!;
        Assert.That((land.CanDoAlone, land.CurrentArea, land.MinimumArea, land.Strategy), Is.EqualTo((true, 12.0, EnterpriseScoring.Land.LandAreaLimits.MinimumMu, "certificate")));
        Assert.That(land.RequiredArea!.Value, Is.EqualTo(800.0 / 190).Within(1e-12), "800 / L = 190");
        Assert.That(land.Change!.Value, Is.EqualTo((800.0 / 190) - 12).Within(1e-12));
        Assert.That(land.Moves, Is.EqualTo(new[] { "tax_per_mu", "value_added_per_mu" }));
        Assert.That(evaluation.Explain("91330402710000056Y", true), Does.Contain("用地面积 land −7.78947368"));

        var vetoed = new WhatIfAnalysis(evaluation).WhatItTakes("91330402710000021C");
        Assert.That(vetoed.Outcome, Is.EqualTo(PromotionOutcome.CannotMoveUp));
        Assert.That(vetoed.Notes, Has.Some.Contains("一票否决"));
    }

    [Test]
    public void LandLever_StopsAtThePoolsMinimumLand_AndSaysWhyWhenThatIsNotEnough()
    {
        // Pool `below` of the hand-checkable profile: 规下 with land ≥ 3 亩, tax per mu against a fixed 5, weight 100. Five
        // firms, bands 20/40/30/10: A ≤ round(1) = 1, A+B ≤ round(3) = 3, A+B+C ≤ round(4.5) = 5. T holds the A slot
        // (100 / 5 = 20 per mu, score 400).
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "hand-checkable.profile.json"));
        static Firm Small(string id, double land, double tax) => new()
        {
            Id = id,
            SizeClass = SizeClass.BelowDesignatedSize,
            Measures = new Dictionary<string, double> { ["land_area"] = land, ["tax"] = tax, ["value_added"] = 10, ["employees"] = 1 },
        };
        var table = FirmTable.FromFirms([Small("T", 5, 100), Small("U", 5, 30), Small("V", 10, 30), Small("W", 10, 20), Small("X", 10, 5)]);
        var evaluation = new Evaluator(profile).Evaluate(table);
        var analysis = new WhatIfAnalysis(evaluation);
        Assert.That(evaluation.Results.Select(r => r.Tier), Is.EqualTo(new Tier?[] { Tier.A, Tier.B, Tier.B, Tier.C, Tier.C }));

        // U (30 / 5 = 6 per mu, 120) needs 30 / L / 5 × 100 ≥ 400, L ≤ 1.5: below the pool's 3 亩, so land alone cannot.
        var u = analysis.WhatItTakes("U").Land!;
        Assert.That((u.CanDoAlone, u.MinimumArea), Is.EqualTo((false, 3.0)));
        Assert.That(u.Reason, Does.Contain("minimum 3 亩").And.Contain("the total is 200"), "at 3 亩: 30 / 3 / 5 × 100 = 200 < 400");

        // W (C, 40) needs B: the last firm inside B is V (30 / 10 = 3 per mu, 60; a tie straddles B and C by half: the better
        // tier), so 20 / L / 5 × 100 ≥ 60, L ≤ 6.6667.
        var w = analysis.WhatItTakes("W");
        Assert.That(w.CutOff!.Total, Is.EqualTo(60.0));
        Assert.That(w.Land!.RequiredArea!.Value, Is.EqualTo(400.0 / 60).Within(1e-12));
        Assert.That(analysis.EvaluateWithLandArea("W", w.Land.RequiredArea!.Value).Tier, Is.EqualTo(Tier.B));
        Assert.That(analysis.EvaluateWithLandArea("W", Math.BitIncrement(w.Land.RequiredArea!.Value)).Tier, Is.EqualTo(Tier.C));
    }

    [Test]
    public void WhatItTakesColumns_EqualEachFirmsOwnPath_OnEveryThread()
    {
        // The columns share a cut-off between firms of one scope, tier and override matches (and, for a firm tied with
        // others, its total): they must give what each firm's own search gives.
        var evaluation = new Evaluator(ProfileCatalog.Get("jingde-2022")).Evaluate(Sample.Value);
        var columns = WhatItTakesColumns.For(new WhatIfAnalysis(evaluation), 2);
        var cut = columns.Single(c => c.Header == "what_it_takes_cut_off").Values;
        for (var row = 0; row < evaluation.Table.Count; row += 7)
        {
            var own = new WhatIfAnalysis(evaluation).WhatItTakes(row);
            Assert.That(cut[row], Is.EqualTo(own.CutOff is { } c ? c.Total.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : null), evaluation.Table.Ids[row]);
        }
    }
}
