using EnterpriseScoring.Policies;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Policies;

/// <summary><see cref="Consequences.ForEvaluation(Evaluation, TierHistory, ConsequenceSchedule)"/> shares lines between rows
/// and skips the history lookups when the year before has no results, with the lines of applying the schedule per row.</summary>
public class ConsequencesTests
{
    [TestCase(0)] // no prior results
    [TestCase(1)] // the year before: runs of 2 and 3 years
    [TestCase(2)] // only two years before: a gap, every run is the current year
    public void ForEvaluation_PriorYears_SameLinesAsApplyingPerRow(int yearsBack)
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 3000, Seed = 9 });
        var evaluation = new Evaluator(EnterpriseScoring.Profiles.ProfileCatalog.Get("changle-2023")).Evaluate(table);
        var year = evaluation.Profile.EvaluationYear;
        var prior = new List<PriorResult>();
        for (var row = 0; yearsBack > 0 && row < table.Count; row += 3)
        {
            prior.Add(new PriorResult { Year = year - yearsBack, Id = table.Ids[row], Status = FirmStatus.Rated, Tier = Tier.D });
            prior.Add(new PriorResult { Year = year - yearsBack - 1, Id = table.Ids[row], Status = FirmStatus.Rated, Tier = row % 2 == 0 ? Tier.D : Tier.C });
        }

        var history = TierHistory.Build(prior, evaluation);
        var schedule = KnownConsequenceSchedules.Shandong;

        var lines = Consequences.ForEvaluation(evaluation, history, schedule);

        var texts = lines.Select(Consequences.Join).ToList();
        var expected = Enumerable.Range(0, table.Count)
            .Select(row => evaluation.Results[row].Tier is { } t ? Consequences.Join(schedule.Apply(t, Math.Max(1, history.ConsecutiveYears(table.Ids[row], t)), year)) : string.Empty)
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(texts, Is.EqualTo(expected));
            Assert.That(texts.Any(t => t.Contains("连续第2年", StringComparison.Ordinal)), Is.EqualTo(yearsBack == 1));
        });
    }
}
