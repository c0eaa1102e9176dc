using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using static EnterpriseScoring.Tests.Policies.PolicyFixtures;

namespace EnterpriseScoring.Tests.Policies;

/// <summary>Consequences under the profile's own schedule, with history from prior results files.</summary>
public class ProfileScheduleTests
{
    private static EvaluationProfile WithSchedule(ConsequenceSchedule? schedule)
    {
        var profile = Profile();
        return new EvaluationProfile { Name = profile.Name, EvaluationYear = profile.EvaluationYear, Pools = profile.Pools, Consequences = schedule };
    }

    [Test]
    public void ForEvaluation_ProfileSchedule_UsesConsecutiveYearsFromPriorResults()
    {
        var evaluation = new Evaluator(WithSchedule(KnownConsequenceSchedules.Shandong)).Evaluate(Table());
        var prior = new[] { Result(Year - 2, "F4", Tier.D), Result(Year - 1, "F4", Tier.D), Result(Year - 1, "F3", Tier.D) };

        var consequences = Consequences.ForEvaluation(evaluation, prior);

        Assert.Multiple(() =>
        {
            Assert.That(consequences.For("F4").Single().Amount, Is.EqualTo(0.15));
            Assert.That(consequences.For("F3"), Is.Empty);
            Assert.That(consequences.For("F1"), Is.Empty);
        });
    }

    [Test]
    public void ForEvaluation_NoSchedule_GivesNoLines()
    {
        var evaluation = new Evaluator(WithSchedule(null)).Evaluate(Table());

        Assert.That(Consequences.ForEvaluation(evaluation, []).All(lines => lines.Count == 0), Is.True);
    }

    [Test]
    public void ResultsFile_CarriesTheConsequences_AndReadsBackAsHistory()
    {
        var evaluator = new Evaluator(WithSchedule(KnownConsequenceSchedules.Shandong));
        var lastYear = new Evaluator(new EvaluationProfile { Name = "p", EvaluationYear = Year - 1, Pools = Profile().Pools }).Evaluate(Table());
        using var lastYearFile = new MemoryStream();
        ResultsCsvWriter.Write(lastYear, lastYearFile);
        lastYearFile.Position = 0;
        var prior = ResultsCsvReader.Read(lastYearFile);
        var evaluation = evaluator.Evaluate(Table());
        using var output = new MemoryStream();

        ResultsCsvWriter.Write(evaluation, output, new ResultsCsvWriterOptions { Consequences = Consequences.ForEvaluation(evaluation, prior) });

        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.That(text, Does.Contain("+0.10 元/kWh"));
    }
}
