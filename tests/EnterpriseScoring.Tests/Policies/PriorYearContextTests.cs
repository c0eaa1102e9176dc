using EnterpriseScoring.Policies;
using static EnterpriseScoring.Tests.Policies.PolicyFixtures;

namespace EnterpriseScoring.Tests.Policies;

public class PriorYearContextTests
{
    [Test]
    public void FromResults_RatedFirms_ValuesNumeratorsDenominatorsSortedById()
    {
        var prior = PriorResults.FromEvaluation(Evaluate(2023)).Reverse();

        var context = PriorYearContext.FromResults(prior);
        var values = context.GetPrior("all", "tax_per_mu");

        Assert.That(values, Is.Not.Null);
        Assert.Multiple(() =>
        {
            // F1..F4 rated (F5 rejected for zero land): 200/10, 300/20, 50/5, 80/40.
            Assert.That(values!.Values.ToArray(), Is.EqualTo(new[] { 20.0, 15.0, 10.0, 2.0 }));
            Assert.That(values.Numerators.ToArray(), Is.EqualTo(new[] { 200.0, 300.0, 50.0, 80.0 }));
            Assert.That(values.Denominators.ToArray(), Is.EqualTo(new[] { 10.0, 20.0, 5.0, 40.0 }));
        });
    }

    [Test]
    public void FromResults_SeveralYears_UsesTheLatestUnlessAYearIsGiven()
    {
        var results = PriorResults.FromEvaluation(Evaluate(2022)).Concat(
        [
            new PriorResult { Year = 2023, Id = "X", Pool = "all", Status = FirmStatus.Rated, Indicators = new Dictionary<string, PriorIndicator> { ["tax_per_mu"] = new(7, null, null, null, null) } },
        ]).ToList();

        Assert.Multiple(() =>
        {
            var latest = PriorYearContext.FromResults(results).GetPrior("all", "tax_per_mu")!;
            Assert.That(latest.Values.ToArray(), Is.EqualTo(new[] { 7.0 }));
            Assert.That(latest.Numerators.IsEmpty, Is.True);
            Assert.That(PriorYearContext.FromResults(results, 2022).GetPrior("all", "tax_per_mu")!.Values.Length, Is.EqualTo(4));
            Assert.That(PriorYearContext.FromResults([]).GetPrior("all", "tax_per_mu"), Is.Null);
        });
    }
}
