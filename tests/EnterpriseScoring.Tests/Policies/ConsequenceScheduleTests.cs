using EnterpriseScoring.Policies;
using static EnterpriseScoring.Tests.Policies.PolicyFixtures;

namespace EnterpriseScoring.Tests.Policies;

public class ConsequenceScheduleTests
{
    [TestCase(1, 0.05)]
    [TestCase(2, 0.10)]
    [TestCase(3, 0.15)]
    [TestCase(7, 0.15)]
    public void Apply_ShandongDByConsecutiveYears_GivesStepAmount(int years, double expected)
    {
        var lines = KnownConsequenceSchedules.Shandong.Apply(Tier.D, years, 2024);

        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(lines[0].Kind, Is.EqualTo(ConsequenceKind.ElectricitySurcharge));
            Assert.That(lines[0].Amount, Is.EqualTo(expected));
            Assert.That(lines[0].Unit, Is.EqualTo("元/kWh"));
            Assert.That(lines[0].RuleId, Is.EqualTo("shandong_d_surcharge"));
            Assert.That(lines[0].Text, Does.Contain("电价加价").And.Contain("electricity surcharge"));
        });
    }

    [TestCase(2018, null)]
    [TestCase(2019, 0.10)]
    [TestCase(2020, 0.20)]
    [TestCase(2021, 0.30)]
    [TestCase(2030, 0.30)]
    public void Apply_JiangsuCalendarYear_GivesYearAmountWhateverTheRun(int year, double? expected)
    {
        var lines = KnownConsequenceSchedules.JiangsuCalendar.Apply(Tier.D, 1, year);

        Assert.That(lines.SingleOrDefault()?.Amount, Is.EqualTo(expected));
    }

    [TestCase(1, 0.3)]
    [TestCase(3, 0.3)]
    [TestCase(4, 0.4)]
    [TestCase(10, 0.4)]
    public void Apply_ZhejiangCountyDraft_RisesAfterThreeConsecutiveYears(int years, double expected)
    {
        Assert.That(KnownConsequenceSchedules.ZhejiangCountyDraft.Apply(Tier.D, years, 2025).Single().Amount, Is.EqualTo(expected));
    }

    [TestCase(Tier.A)]
    [TestCase(Tier.C)]
    [TestCase(Tier.T)]
    public void Apply_NotD_NoSurcharge(Tier tier)
    {
        Assert.That(KnownConsequenceSchedules.Shandong.Apply(tier, 3, 2024), Is.Empty);
    }

    [Test]
    public void Apply_NullTier_Empty()
    {
        Assert.That(KnownConsequenceSchedules.Shandong.Apply(null, 0, 2024), Is.Empty);
    }

    [Test]
    public void Apply_TierWithZeroConsecutiveYears_Throws()
    {
        Assert.That(() => KnownConsequenceSchedules.Shandong.Apply(Tier.D, 0, 2024), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Apply_TwoSurchargeRulesApply_OnlyTheHighestNotStacked()
    {
        var schedule = new ConsequenceSchedule(
            "both",
            surcharges:
            [
                SurchargeRule.ByConsecutiveYears("by_run", Tier.D, [0.05, 0.10, 0.15]),
                SurchargeRule.ByCalendarYear("by_year", Tier.D, [(2019, 0.10), (2020, 0.20), (2021, 0.30)]),
            ]);

        var in2020 = schedule.Apply(Tier.D, 3, 2020);
        var early = schedule.Apply(Tier.D, 3, 2018);

        Assert.Multiple(() =>
        {
            Assert.That(in2020, Has.Count.EqualTo(1));
            Assert.That(in2020[0].Amount, Is.EqualTo(0.20));
            Assert.That(in2020[0].RuleId, Is.EqualTo("by_year"));
            Assert.That(in2020[0].Text, Does.Contain("not stacked").And.Contain("不叠加"));
            Assert.That(early.Single().RuleId, Is.EqualTo("by_run"));
            Assert.That(early.Single().Amount, Is.EqualTo(0.15));
        });
    }

    [Test]
    public void Apply_EqualSurcharges_FirstRuleWins()
    {
        var schedule = new ConsequenceSchedule(
            "equal",
            surcharges: [SurchargeRule.ByConsecutiveYears("first", Tier.D, [0.1]), SurchargeRule.ByConsecutiveYears("second", Tier.D, [0.1])]);

        Assert.That(schedule.Apply(Tier.D, 1, 2024).Single().RuleId, Is.EqualTo("first"));
    }

    [Test]
    public void Apply_QuotaCuts_LargestCutOfTheTierApplies()
    {
        var schedule = new ConsequenceSchedule(
            "quota",
            quotaCuts: [new QuotaCutRule("c_cut", Tier.C, 10), new QuotaCutRule("d_cut", Tier.D, 20), new QuotaCutRule("d_cut_hard", Tier.D, 30)]);

        var c = schedule.Apply(Tier.C, 1, 2024);
        var d = schedule.Apply(Tier.D, 1, 2024);

        Assert.Multiple(() =>
        {
            Assert.That(c.Single().Amount, Is.EqualTo(10));
            Assert.That(c.Single().Kind, Is.EqualTo(ConsequenceKind.EnergyQuotaCut));
            Assert.That(c.Single().Unit, Is.EqualTo("%"));
            Assert.That(d.Single().RuleId, Is.EqualTo("d_cut_hard"));
            Assert.That(schedule.Apply(Tier.B, 1, 2024), Is.Empty);
        });
    }

    [Test]
    public void Apply_PolicyNotes_AllNotesOfTheTierAfterSurchargeAndCut()
    {
        var schedule = new ConsequenceSchedule(
            "notes",
            surcharges: [SurchargeRule.ByConsecutiveYears("s", Tier.D, [0.05])],
            quotaCuts: [new QuotaCutRule("q", Tier.D, 20)],
            notes:
            [
                new PolicyNote("a_land", Tier.A, "优先保障用地、用能", "priority for land and energy"),
                new PolicyNote("b_note", Tier.B, "正常保障", "normal supply"),
                new PolicyNote("d_credit", Tier.D, "限制新增授信", "no new credit"),
            ]);

        var d = schedule.Apply(Tier.D, 1, 2024);
        var a = schedule.Apply(Tier.A, 5, 2024);
        var ungraded = schedule.Apply(Tier.UngradedAsB, 1, 2024);

        Assert.Multiple(() =>
        {
            Assert.That(d.Select(l => l.Kind), Is.EqualTo(new[] { ConsequenceKind.ElectricitySurcharge, ConsequenceKind.EnergyQuotaCut, ConsequenceKind.PolicyNote }));
            Assert.That(a.Single().Text, Does.StartWith("优先保障用地、用能 / priority for land and energy"));
            Assert.That(a.Single().Amount, Is.Null);
            Assert.That(ungraded.Single().RuleId, Is.EqualTo("b_note"));
        });
    }

    [Test]
    public void Constructor_DuplicateRuleIds_Throws()
    {
        Assert.That(() => new ConsequenceSchedule("x", quotaCuts: [new QuotaCutRule("r", Tier.C, 5), new QuotaCutRule("r", Tier.D, 5)]), Throws.ArgumentException);
    }

    [Test]
    public void ByCalendarYear_YearsNotIncreasing_Throws()
    {
        Assert.That(() => SurchargeRule.ByCalendarYear("x", Tier.D, [(2020, 0.1), (2020, 0.2)]), Throws.ArgumentException);
    }

    [Test]
    public void ByConsecutiveYears_NegativeOrNaNAmount_Throws()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => SurchargeRule.ByConsecutiveYears("x", Tier.D, [-0.1]), Throws.ArgumentException);
            Assert.That(() => SurchargeRule.ByConsecutiveYears("x", Tier.D, [double.NaN]), Throws.ArgumentException);
            Assert.That(() => SurchargeRule.ByConsecutiveYears("x", Tier.D, []), Throws.ArgumentException);
        });
    }

    [Test]
    public void ForEvaluation_DFirmThirdYearInD_GetsThirdYearSurcharge()
    {
        var evaluation = Evaluate();
        var history = TierHistory.Build([Result(2022, "F4", Tier.D), Result(2023, "F4", Tier.D), Result(2023, "F1", Tier.D)], evaluation);

        var consequences = Consequences.ForEvaluation(evaluation, history, KnownConsequenceSchedules.Shandong);

        Assert.Multiple(() =>
        {
            Assert.That(consequences, Has.Count.EqualTo(evaluation.Table.Count));
            Assert.That(consequences.For("F4").Single().Amount, Is.EqualTo(0.15));
            Assert.That(consequences.For("F1"), Is.Empty);
            Assert.That(consequences.For("F5"), Is.Empty);
            Assert.That(Consequences.Join(consequences.For("F4")), Does.Contain("+0.15"));
        });
    }

    [Test]
    public void ForEvaluation_HistoryOfAnotherYear_Throws()
    {
        var evaluation = Evaluate();
        var history = TierHistory.FromResults([], 2023);

        Assert.That(() => Consequences.ForEvaluation(evaluation, history, KnownConsequenceSchedules.Shandong), Throws.ArgumentException);
    }

    [Test]
    public void KnownSchedules_TryGet_FindsEachById()
    {
        foreach (var schedule in KnownConsequenceSchedules.All)
        {
            Assert.That(KnownConsequenceSchedules.TryGet(schedule.Id, out var found) && ReferenceEquals(found, schedule), Is.True, schedule.Id);
        }
    }
}
