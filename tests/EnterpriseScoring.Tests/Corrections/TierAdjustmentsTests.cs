using System.Text;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.Corrections;

/// <summary>Manual tier decisions (调档) over the hand-checkable example: applied after every rule and quota, shown everywhere, and refused when they cannot apply.</summary>
public class TierAdjustmentsTests
{
    private const string Header = "统一社会信用代码,档次,原因,审批人,日期\n";

    private static Evaluation Evaluation { get; } = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "hand-checkable.profile.json")))
        .Evaluate(FirmCsvReader.Read(TestPaths.Seeds("data", "hand-checkable.csv")).Table);

    private static TierAdjustments Adjustments(string csv) => TierAdjustments.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    /// <summary>A rated firm whose tier is not A, and the exempt, rejected and not-pooled firms, found from the evaluation.</summary>
    private static FirmResult RatedBelowA => Evaluation.Results.First(r => r.Status == FirmStatus.Rated && r.Tier is Tier.B);

    [Test]
    public void Decision_MovesTheTier_KeepsTheInitialTier_AndIsShownEverywhere()
    {
        var firm = RatedBelowA;

        var result = Adjustments(Header + $"{firm.Id},A类,列入重大项目,区政府,2025-03-20\n").ApplyTo(Evaluation);

        Assert.That(result.Problems, Is.Empty);
        var adjusted = result.Evaluation.Find(firm.Id)!;
        Assert.That((adjusted.InitialTier, adjusted.Tier, adjusted.Total, adjusted.Rank), Is.EqualTo(((Tier?)Tier.B, (Tier?)Tier.A, firm.Total, firm.Rank)));
        Assert.That(adjusted.TierReason, Does.StartWith(firm.TierReason!).And.EndWith("初评 initial tier B → 调档 manual adjustment to A by 区政府, 2025-03-20: 列入重大项目"));
        Assert.That(adjusted.Explain(), Does.Contain("初评 Initial tier: B").And.Contain("调档 Manual adjustment: B → A by 区政府, 2025-03-20: 列入重大项目"));
        Assert.That(result.Evaluation.TierCounts[Tier.A], Is.EqualTo(Evaluation.TierCounts[Tier.A] + 1));
        Assert.That(result.Evaluation.TierCounts[Tier.B], Is.EqualTo(Evaluation.TierCounts[Tier.B] - 1));
        Assert.That(result.Evaluation.TierAdjustments.Single().InitialTier, Is.EqualTo(Tier.B));
        Assert.That(result.Evaluation.ToFlatResults().Single(r => r.Id == firm.Id).Tier, Is.EqualTo("A"));
        Assert.That(FirmCorrectionsTests.Csv(result.Evaluation), Does.Contain("调档 manual adjustment to A by 区政府"));
        Assert.That(Evaluation.Find(firm.Id)!.Tier, Is.EqualTo(Tier.B), "the evaluation adjusted is unchanged");
        Assert.That(result.Evaluation.Results.Where(r => r.Id != firm.Id).Select(r => (r.Tier, r.TierReason)), Is.EqualTo(Evaluation.Results.Where(r => r.Id != firm.Id).Select(r => (r.Tier, r.TierReason))));
    }

    [Test]
    public void Decision_ByTheProfilesLabel_WithoutADate_IsRead()
    {
        var firm = RatedBelowA;
        var label = Evaluation.Profile.Labels.Of(Tier.D);

        var result = Adjustments($"id,tier,reason,approver\n{firm.Id},{label},r,a\n").ApplyTo(Evaluation);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Applied.Single().Decision, Is.EqualTo(new TierAdjustment(2, firm.Id, Tier.D, "r", "a", null)));
    }

    [TestCase("unknown", "B", "no firm of the evaluation has this id")]
    [TestCase("exempt", "B", "not rated in a tier (status exempt")]
    [TestCase("rejected", "B", "not rated in a tier (status rejected")]
    [TestCase("not_pooled", "B", "not rated in a tier (status not_pooled")]
    [TestCase("rated", "E", "not a tier")]
    [TestCase("rated", "X", "not a tier")]
    [TestCase("rated", "类", "not a tier")]
    [TestCase("rated", "TT", "T (不适合评价类 not graded) or ungraded_as_b (参照B类")]
    public void BadDecision_IsAProblem(string which, string tier, string reason)
    {
        var id = which switch
        {
            "unknown" => "99999999999999999X",
            "rated" => RatedBelowA.Id,
            _ => Evaluation.Results.First(r => ResultsCsvFormat.StatusCode(r.Status) == which).Id,
        };

        var result = Adjustments(Header + $"{id},{tier},r,a,2025-03-20\n").ApplyTo(Evaluation);

        var problem = result.Problems.Single();
        Assert.That((problem.Line, problem.Id, problem.Severity), Is.EqualTo((2, id, IssueSeverity.Error)));
        Assert.That(problem.Reason, Does.Contain(reason));
        Assert.That(result.Evaluation.TierAdjustments, Is.Empty);
    }

    [TestCase(",A,r,a,2025-03-20", "缺少企业代码")]
    [TestCase("{0},A,,a,2025-03-20", "no reason")]
    [TestCase("{0},A,r,,2025-03-20", "no approver")]
    [TestCase("{0},A,r,a,20-3-2025", "not a date")]
    public void IncompleteDecision_IsAProblem(string row, string reason)
    {
        var result = Adjustments(Header + string.Format(System.Globalization.CultureInfo.InvariantCulture, row, RatedBelowA.Id) + "\n").ApplyTo(Evaluation);

        Assert.That(result.Problems.Single().Reason, Does.Contain(reason));
    }

    [Test]
    public void TwoDecisionsForOneFirm_AreADuplicate()
    {
        var firm = RatedBelowA;

        var result = Adjustments(Header + $"{firm.Id},A,r,a,2025-03-20\n{firm.Id},C,r,a,2025-03-21\n").ApplyTo(Evaluation);

        var problem = result.Problems.Single();
        Assert.That((problem.Line, problem.Code), Is.EqualTo((3, RowIssueCode.DuplicateId)));
        Assert.That(result.Evaluation.Find(firm.Id)!.Tier, Is.EqualTo(Tier.A));
    }
}
