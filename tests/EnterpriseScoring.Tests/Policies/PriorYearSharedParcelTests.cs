using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Policies;

/// <summary>The firms of one shared parcel carry the same figures; in prior-year benchmarks the parcel counts once.</summary>
public class PriorYearSharedParcelTests
{
    [Test]
    public void FromResults_CountsEachSharedParcelOnce()
    {
        var table = FirmCsvReader.Read(TestPaths.Seeds("data", "shared-parcel.csv")).Table;
        var evaluation = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "shared-parcel.profile.json"))).Evaluate(table);

        var prior = PriorResults.FromEvaluation(evaluation);
        var context = PriorYearContext.FromResults(prior);
        var tax = context.GetPrior("above", "tax_per_mu")!;

        Assert.Multiple(() =>
        {
            Assert.That(prior, Has.Count.EqualTo(9));
            Assert.That(prior.Count(p => p.SharedParcel == "330402-001"), Is.EqualTo(3));
            Assert.That(tax.Values.Length, Is.EqualTo(6), "six evaluated units, not nine firms");
            Assert.That(tax.Numerators.ToArray().Sum() / tax.Denominators.ToArray().Sum(), Is.EqualTo(6), "the ratio of sums is this year's benchmark again: 750 / 125");
        });
    }
}
