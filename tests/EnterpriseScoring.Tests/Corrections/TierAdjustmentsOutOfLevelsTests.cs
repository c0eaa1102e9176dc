using System.Text;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;
using EnterpriseScoring.Results;

namespace EnterpriseScoring.Tests.Corrections;

/// <summary>
/// Manual tier decisions (调档) that take a rated firm out of the graded levels — to T (不适合评价类) or to ungraded,
/// managed as B (不定等级，参照B类管理) — over the hand-checkable example: accepted under their codes, 类 forms and labels,
/// shown everywhere other decisions are, counted consistently, and moving no other firm (issue 18).
/// </summary>
public class TierAdjustmentsOutOfLevelsTests
{
    private const string Header = "统一社会信用代码,档次,原因,审批人,日期\n";

    private static Evaluation Evaluation { get; } = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "hand-checkable.profile.json")))
        .Evaluate(FirmCsvReader.Read(TestPaths.Seeds("data", "hand-checkable.csv")).Table);

    private static FirmResult RatedB => Evaluation.Results.First(r => r.Status == FirmStatus.Rated && r.Tier is Tier.B);

    private static TierAdjustmentResult Apply(string tier) =>
        TierAdjustments.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(Header + $"{RatedB.Id},{tier},搬迁过渡期,区政府,2025-03-20\n"))).ApplyTo(Evaluation);

    [TestCase("T", Tier.T)]
    [TestCase("t", Tier.T)]
    [TestCase("T类", Tier.T)]
    [TestCase("不适合评价类", Tier.T)]
    [TestCase("ungraded_as_b", Tier.UngradedAsB)]
    [TestCase("参照B类", Tier.UngradedAsB)]
    [TestCase("不定等级", Tier.UngradedAsB)]
    [TestCase("不定等级（参照B类管理）", Tier.UngradedAsB)]
    public void Decision_ToTOrUngraded_IsRead(string text, Tier expected)
    {
        var result = Apply(text);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Applied.Single().Tier, Is.EqualTo(expected));
    }

    [TestCase(Tier.T, "T")]
    [TestCase(Tier.UngradedAsB, "ungraded_as_b")]
    public void Decision_OutOfTheLevels_KeepsScoreAndRank_IsShownAndCounted_MovesNoOtherFirm(Tier tier, string code)
    {
        var firm = RatedB;

        var adjusted = Apply(code).Evaluation;

        var after = adjusted.Find(firm.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((after.Status, after.Total, after.Rank, after.InitialTier, after.Tier), Is.EqualTo((FirmStatus.Rated, firm.Total, firm.Rank, (Tier?)Tier.B, (Tier?)tier)));
            Assert.That(after.TierLabel, Is.EqualTo(adjusted.Profile.Labels.Of(tier)));
            Assert.That(after.TierReason, Does.EndWith($"初评 initial tier B → 调档 manual adjustment to {code} by 区政府, 2025-03-20: 搬迁过渡期"));
            Assert.That(after.Explain(), Does.Contain("调档 Manual adjustment: B → " + tier));
            Assert.That(adjusted.TierCounts[tier], Is.EqualTo(Evaluation.TierCounts[tier] + 1));
            Assert.That(adjusted.TierCounts[Tier.B], Is.EqualTo(Evaluation.TierCounts[Tier.B] - 1));
            Assert.That(adjusted.StatusCounts, Is.EqualTo(Evaluation.StatusCounts), "the firm stays rated");
            Assert.That(adjusted.Results.Where(r => r.Id != firm.Id).Select(r => (r.Tier, r.TierReason, r.Rank)),
                Is.EqualTo(Evaluation.Results.Where(r => r.Id != firm.Id).Select(r => (r.Tier, r.TierReason, r.Rank))), "applied after the quotas: no other firm moves");

            var flat = adjusted.ToFlatResults().Single(r => r.Id == firm.Id);
            Assert.That((flat.Tier, flat.InitialTier, flat.Status), Is.EqualTo((code, "B", "rated")));
            Assert.That(FirmCorrectionsTests.Csv(adjusted), Does.Contain($"调档 manual adjustment to {code} by 区政府"));

            // Every count agrees: the pool summary, the total, the JSON document.
            var total = GroupSummary.By(adjusted, GroupKey.Pool).Total;
            Assert.That(total.TierCounts[tier], Is.EqualTo(adjusted.TierCounts[tier]));
            Assert.That(total.Untiered, Is.EqualTo(adjusted.Table.Count - adjusted.TierCounts.Values.Sum()));
            var document = EvaluationJson.ToDocument(adjusted);
            Assert.That(document.Summary.TierCounts[code], Is.EqualTo(adjusted.TierCounts[tier]));
            Assert.That(document.Groups.Single(g => g.By == "pool").Total.TierCounts[code], Is.EqualTo(adjusted.TierCounts[tier]));
        });
    }
}
