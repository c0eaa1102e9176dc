using EnterpriseScoring.Platforms;
using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>scorecard.html (<see cref="ScorecardReport"/>): ranking, targets met and unmet, target gaps, bottom list, events; text escaped; deterministic.</summary>
public class ScorecardReportTests
{
    private static Scorecard WithEvents() => Scorecard.Evaluate(
        PlatformExample.Evaluate(PlatformExample.Firms),
        PlatformExample.Register,
        ScorecardExample.Profile,
        events: ScorecardEventsReader.Read(TestPaths.Seeds("data", "platform-example.events.csv"), ScorecardExample.Profile).Events);

    [Test]
    public void Report_HasTheRankingTargetsAndEvents_DerivedFromTheScorecard()
    {
        var card = WithEvents();
        var html = ScorecardReport.ToHtml(card);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.EndWith("</html>\n"));
            Assert.That(html, Does.Contain("<title>示例市2025年度平台考核 示例市重大平台考核 (教学示例)</title>"));
            Assert.That(html, Does.Not.Contain("<script"));
            foreach (var row in card.Rows)
            {
                Assert.That(html, Does.Contain($"<td>{row.Platform.Id}</td>").And.Contain(System.Net.WebUtility.HtmlEncode(row.Platform.Name)));
            }

            Assert.That(html, Does.Contain(">1/2</td><td>P1</td><td>示例经济技术开发区</td>"), "rank, id and name on one line");
            Assert.That(html, Does.Contain("转为创新型 (innovate)"));
            Assert.That(html, Does.Contain("目标完成情况 Targets met and unmet"));
            var met = card.Rows.Count(r => r.Cells[0].Met == true);
            var unmet = card.Rows.Count(r => r.Cells[0].Met == false);
            Assert.That(html, Does.Contain($"<td>规上工业亩均税收 (above_tax_per_mu)</td><td class=\"n\">30</td><td>capped_ratio 比值封顶</td><td class=\"n\">{met}</td><td class=\"n\">{unmet}</td>"));
            Assert.That(html, Does.Contain("事件与扣分 Events and deductions"));
            Assert.That(html, Does.Contain("<td>" + System.Net.WebUtility.HtmlEncode("2 × 2 = 4, 上限 cap 3 → 3") + "</td>"));
            Assert.That(html, Does.Contain("末位名单与一票否决 Bottom list and vetoes"));
            Assert.That(ScorecardReport.ToHtml(WithEvents()), Is.EqualTo(html), "deterministic");
        });
    }

    [Test]
    public void PlatformText_IsEscaped()
    {
        var register = PlatformRegister.Create(PlatformExample.Register.Platforms.Select(p => p.Id == "P1" ? p with { Name = "<script>alert(1)</script>&" } : p));
        var card = Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), register, ScorecardExample.Profile);
        var html = ScorecardReport.ToHtml(card);
        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;&amp;"));
        var noClasses = ScorecardReport.ToHtml(Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), register, ScorecardExample.Profile with { EventClasses = [] }));
        Assert.That(noClasses, Does.Not.Contain("事件与扣分"), "no events section without event classes");
    }
}
