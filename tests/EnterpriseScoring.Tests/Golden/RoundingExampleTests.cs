using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/rounding.csv (30 firms, 亩均税收 1 … 30) under seeds/data/rounding.profile.json (seeds/README.md "Rounding per band").</summary>
public class RoundingExampleTests
{
    private static Evaluation Evaluate(string json)
    {
        var profile = ProfileLoader.Parse(json);
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "rounding.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        Assert.That(read.Rejections, Is.Empty);
        return new Evaluator(profile).Evaluate(read.Table);
    }

    private static string Json() => File.ReadAllText(TestPaths.Seeds("data", "rounding.profile.json"));

    /// <summary>The firms of each tier, as their 亩均税收 (firm k pays 10k 万元 on 10 亩).</summary>
    private static int[] Values(Evaluation evaluation, Tier tier) =>
        [.. evaluation.Results.Where(r => r.Tier == tier).Select(r => (int)Math.Round(r.Indicators[0].Value!.Value)).Order()];

    [TestCase("\"d_rounding\": \"floor\"", new[] { 1 })] // D = ⌊1.5⌋ = 1, the remainder up: C 2 … 12
    [TestCase("\"d_rounding\": \"ceiling\"", new[] { 1, 2 })] // D = ⌈1.5⌉ = 2
    public void OwnDRounding(string d, int[] expectedD)
    {
        var evaluation = Evaluate(Json().Replace("\"d_rounding\": \"floor\"", d, StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(Values(evaluation, Tier.A), Is.EqualTo(Enumerable.Range(25, 6))); // ⌊20 % × 30⌋ = 6
            Assert.That(Values(evaluation, Tier.B), Is.EqualTo(Enumerable.Range(13, 12))); // ⌊60 % × 30⌋ = 18
            Assert.That(Values(evaluation, Tier.D), Is.EqualTo(expectedD));
        });
    }

    [Test]
    public void FloorForAllCumulativeCounts_PutsTheRemainderInD_AMaximumTakesItBack()
    {
        var floorOnly = Json().Replace(", \"d_rounding\": \"floor\"", string.Empty, StringComparison.Ordinal);
        var limited = floorOnly.Replace("\"d\": 5, \"rounding\": \"floor\" }", "\"d\": 5, \"rounding\": \"floor\" },\n      \"limits\": { \"max_d_percent\": 5 }", StringComparison.Ordinal);
        Assert.That(limited, Does.Contain("max_d_percent"));

        var plain = Evaluate(floorOnly);
        var withMax = Evaluate(limited);

        Assert.Multiple(() =>
        {
            Assert.That(Values(plain, Tier.D), Is.EqualTo(new[] { 1, 2 })); // A+B+C ⌊28.5⌋ = 28
            Assert.That(Values(withMax, Tier.D), Is.EqualTo(new[] { 1 })); // at most ⌊5 % × 30⌋ = 1: firm 2 moves up to C
            Assert.That(withMax.Results.Single(r => r.Indicators[0].Value == 2).TierReason, Does.Contain("D ≤ 5%"));
        });
    }

    [Test]
    public void Explain_NamesTheOwnRounding() =>
        Assert.That(Evaluate(Json()).Explain("913401000072000138"), Does.Contain("quota bands 20/40/35/5 (floor; own rounding: D floor) over 30 rated firms: A ≤ 6, B ≤ 18, C ≤ 29"));
}
