using System.Text.Json.Nodes;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using Microsoft.Extensions.Logging;

namespace EnterpriseScoring.Tests.Analysis;

/// <summary>
/// What it takes (提升路径) and the evaluation log under a tier set of five tiers A+ / A / B / C / D (levels 1–5, the
/// bottom one <see cref="Tier.E"/>): seeds/data/rounding.csv (firm k: 亩均税收 k) with bands 10/20/40/20/10 over 30 firms:
/// A+ ranks 1–3 (k 28–30), A 4–9 (k 22–27), B 10–21 (k 10–21), C 22–27 (k 4–9), D 28–30 (k 1–3).
/// </summary>
public class FiveTierAnalysisTests
{
    private static EvaluationProfile Profile()
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.Seeds("data", "tiers.profile.json")))!.AsObject();
        root["tier_set"] = JsonNode.Parse("""[{"code": "A+"}, {"code": "A"}, {"code": "B"}, {"code": "C"}, {"code": "D"}]""");
        root["pools"]![0]!["tiering"]!["percents"] = JsonNode.Parse("[10, 20, 40, 20, 10]");
        root.Remove("overrides");
        return ProfileLoader.Parse(root.ToJsonString());
    }

    private static Evaluation Evaluate(EvaluatorOptions? options = null)
    {
        var profile = Profile();
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "rounding.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        return new Evaluator(profile, options ?? EvaluatorOptions.Default).Evaluate(read.Table);
    }

    private static string IdOf(Evaluation evaluation, int k) => evaluation.Results.Single(r => r.Indicators[0].Value == k).Id;

    [Test]
    public void NextTierUp_FromTheBottom_AndFromLevelFour_NamedByCode()
    {
        var evaluation = Evaluate();
        var analysis = new WhatIfAnalysis(evaluation);
        var bottom = analysis.WhatItTakes(IdOf(evaluation, 2));
        var fourth = analysis.WhatItTakes(IdOf(evaluation, 5));
        var columns = WhatItTakesColumns.For(analysis, 1).Single(c => c.Header == "what_it_takes_next_tier");
        var row = evaluation.Find(IdOf(evaluation, 2))!.Row;

        Assert.Multiple(() =>
        {
            Assert.That(bottom.CurrentTier, Is.EqualTo(Tier.E));
            Assert.That(bottom.Outcome, Is.EqualTo(PromotionOutcome.Possible));
            Assert.That(bottom.CutOff!.Target, Is.EqualTo(Tier.D)); // level 4, shown as C
            Assert.That(bottom.CutOff.FirmId, Is.EqualTo(IdOf(evaluation, 4))); // the last firm inside C
            Assert.That(fourth.CutOff!.Target, Is.EqualTo(Tier.C)); // level 3, shown as B
            Assert.That(fourth.CutOff.FirmId, Is.EqualTo(IdOf(evaluation, 10)));
            Assert.That(columns.Values[row], Is.EqualTo("C"));
            Assert.That(evaluation.Explain(IdOf(evaluation, 2), whatItTakes: true), Does.Contain("Today: tier D, total").And.Contain("next tier C: cut-off"));
            Assert.That(bottom.Notes, Has.Some.Contain("cut-off for C:"));
        });
    }

    [Test]
    public void TopTier_IsLevelOne()
    {
        var evaluation = Evaluate();
        var analysis = new WhatIfAnalysis(evaluation);

        Assert.Multiple(() =>
        {
            Assert.That(analysis.WhatItTakes(IdOf(evaluation, 28)).Outcome, Is.EqualTo(PromotionOutcome.TopTier));
            Assert.That(analysis.WhatItTakes(IdOf(evaluation, 27)).CutOff!.Target, Is.EqualTo(Tier.A));
        });
    }

    [Test]
    public void WhatIf_ToTheCutOff_ReachesTheNextTier()
    {
        var evaluation = Evaluate();
        var analysis = new WhatIfAnalysis(evaluation);
        var id = IdOf(evaluation, 2);
        var lever = analysis.WhatItTakes(id).Levers.Single();
        var moved = analysis.Evaluate(id, [new MeasureChange(lever.Measure!, lever.RequiredValue!.Value)]);

        Assert.That(moved.Tier, Is.EqualTo(Tier.D));
    }

    [Test]
    public void EvaluationLog_CountsEveryTierByCode()
    {
        var logger = new ListLogger();

        Evaluate(new EvaluatorOptions { Logger = logger });

        Assert.That(logger.Messages, Has.Some.Matches<(int Id, string Text)>(m => m.Id == 10 && m.Text.Contains("tiers A+ 3, A 6, B 12, C 6, D 3")));
    }

    private sealed class ListLogger : ILogger
    {
        public List<(int Id, string Text)> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
            {
                Messages.Add((eventId.Id, formatter(state, exception)));
            }
        }
    }
}
