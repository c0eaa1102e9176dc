using System.Net;
using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>
/// The report section of issue 13's Outputs: the change on last year (from the scorecard of the year before, or "no
/// prior"), and each platform's firm tier mix and bottom-tier land, on the hand-checkable platform example
/// (seeds/README.md: P1 holds F01 A, F02 B, F03 D, and through its 分园 P1A F04 C and F05 A; P2 F06 B, F07 D and, merged
/// from P3, F08 C; D land P1 5 亩, P2 4 亩).
/// </summary>
public class ScorecardReportSectionTests
{
    private static Scorecard Card(ScorecardHistory? history = null) =>
        Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), PlatformExample.Register, ScorecardExample.Profile, history: history);

    [Test]
    public void TierMix_CountsEveryMemberFirmByTier_AndTheBottomTiersLand()
    {
        var card = Card();
        var p1 = card.Get("P1").TierMix!;
        var p2 = card.Get("P2").TierMix!;
        Assert.Multiple(() =>
        {
            Assert.That(p1.Codes.Take(4), Is.EqualTo(new[] { "A", "B", "C", "D" }), "the firm profile's tier set");
            Assert.That(new[] { "A", "B", "C", "D" }.Select(p1.FirmsIn), Is.EqualTo(new[] { 2, 1, 1, 1 }), "P1 with its 分园 P1A");
            Assert.That(new[] { "A", "B", "C", "D" }.Select(p2.FirmsIn), Is.EqualTo(new[] { 0, 1, 1, 1 }), "P2 with merged P3's F08");
            Assert.That((p1.BottomCode, p1.BottomTierLand, p2.BottomTierLand), Is.EqualTo(("D", 5.0, 4.0)));
            Assert.That(card.Get("P4").TierMix!.BottomTierLand, Is.Zero);
        });

        var html = ScorecardReport.ToHtml(card);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("企业等级构成与D类用地 Firm tier mix and D-tier (bottom) land"));
            Assert.That(html, Does.Contain("<th>A 类</th><th>B 类</th><th>C 类</th><th>D 类</th><th>无等级 no tier</th><th>D类用地 D-tier land (亩)</th>"));
            Assert.That(html, Does.Not.Contain("<th>T 类</th>"), "T and ungraded_as_b only when a platform has such firms");
            Assert.That(html, Does.Contain("<td>P1</td><td>示例经济技术开发区</td><td class=\"n\">5</td><td class=\"n\">2</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">5</td>"));
            Assert.That(html, Does.Contain("<td>P2</td><td>示例工业园区</td><td class=\"n\">3</td><td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">4</td>"));
        });
    }

    [Test]
    public void TierMix_NamesTheBottomTierOfTheFirmProfilesSet()
    {
        var evaluation = PlatformExample.Evaluate(PlatformExample.Firms);
        var card = Scorecard.Evaluate(evaluation, PlatformExample.Register, ScorecardExample.Profile);
        var set = evaluation.Profile.Tiers;
        Assert.That(card.Rows.Select(r => r.TierMix!.BottomCode).Distinct(), Is.EqualTo(new[] { set.CodeOf(set.Bottom) }));
        Assert.That(card.Rows.Select(r => r.TierMix!.Codes.Count), Is.All.EqualTo(set.AllTiers.Count));
    }

    [Test]
    public void WithoutPrior_TheReportSaysNoPrior()
    {
        var card = Card();
        var html = ScorecardReport.ToHtml(card);
        Assert.That(card.LastYear, Is.Empty);
        Assert.That(html, Does.Contain("无上年考核结果 no prior"));
        Assert.That(html, Does.Contain("<td>无上年 no prior</td>"));
        Assert.That(html, Does.Contain("<th>比上年 change on last year</th>"));
    }

    [Test]
    public void WithLastYearsScorecard_TotalsAndValuesShowTheirChange()
    {
        var current = Card();
        var p1 = current.Get("P1");
        var tax = p1.Cells[0].Value!.Value;
        var taxId = ScorecardExample.Profile.Indicators[0].Indicator.Id;
        var history = ScorecardHistory.Of([
            new ScorecardStanding(2024, "P1", p1.PeerGroup, 80, false) { Values = new Dictionary<string, double> { [taxId] = 15 } },
            new ScorecardStanding(2024, "P2", current.Get("P2").PeerGroup, 50, true),
            new ScorecardStanding(2023, "P4", current.Get("P4").PeerGroup, 10, false),
        ]);
        var card = Card(history);
        var html = ScorecardReport.ToHtml(card);
        Assert.Multiple(() =>
        {
            Assert.That(card.LastYear.Keys, Is.EquivalentTo(new[] { "P1", "P2" }), "the year before only");
            Assert.That(html, Does.Contain("against the scorecard of 2024 (2 platforms)"));
            Assert.That(html, Does.Contain(Signed(p1.Total - 80)), "P1's total against last year's 80");
            Assert.That(html, Does.Contain(WebUtility.HtmlEncode($"{Signed(card.Get("P2").Total - 50)} (上年一票否决 vetoed last year)")));
            Assert.That(html, Does.Contain("— 上年未考核 not scored last year"), "P4 has no row in 2024");
            Assert.That(html, Does.Contain($"<td>P1</td><td>示例经济技术开发区</td><td>{taxId}</td>"));
            Assert.That(html, Does.Contain($"<td class=\"n\">{Signed(tax - 15)}</td>").Or.Contain($"<td>{Signed(tax - 15)}</td>"), "the value's change");
        });
    }

    [Test]
    public void PriorScorecardCsv_RoundTripsTheIndicatorValues()
    {
        var card = Card();
        var path = Path.GetTempFileName();
        try
        {
            ScorecardCsvWriter.Write(card, path);
            using var stream = File.OpenRead(path);
            var standings = ScorecardHistory.ReadCsv(stream, "scorecard.csv");
            foreach (var row in card.Rows)
            {
                var standing = standings.Single(s => s.PlatformId == row.Platform.Id);
                for (var k = 0; k < row.Cells.Count; k++)
                {
                    var id = card.Profile.Indicators[k].Indicator.Id;
                    if (row.Cells[k].Value is { } value)
                    {
                        Assert.That(standing.Values[id], Is.EqualTo(value), $"{row.Platform.Id} {id}");
                    }
                    else
                    {
                        Assert.That(standing.Values.ContainsKey(id), Is.False, $"{row.Platform.Id} {id}: no value is absent, never 0");
                    }
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Signed(double value) => (value > 0 ? "+" : string.Empty) + Math.Round(value, 4).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
