using System.Globalization;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;

namespace EnterpriseScoring.Tests.Analysis;

/// <summary>
/// The sensitivity draws rank and tier a pool ranked as one scope straight from the draw's totals and ranks
/// (<c>SensitivityPool.RankAndTier</c>); the general path gathers every scope's totals and ranks from the pool's columns
/// (<c>RankAndTierByScope</c>). On a random city with many tied totals, both must leave the same ranks, percentiles,
/// scheme tiers, final tiers, notes and overrides, draw by draw — under A–D and five-tier quota bands, overrides with
/// re-flow, dense ranks, and ranking scopes per region (which take the general path).
/// </summary>
public class SensitivityRankAndTierTests
{
    private static readonly TierSet FiveTiers = new(["A+", "A", "B", "C", "D"]);

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(TierSet.Standard, new QuotaBands(20, 40, 30, 10), RankingScope.Pool, TiePolicy.Competition, true, true).SetName("A-D, one scope, overrides and re-flow");
        yield return new TestCaseData(FiveTiers, new QuotaBands([10, 20, 40, 20, 10]), RankingScope.Pool, TiePolicy.Competition, false, true).SetName("five tiers, one scope");
        yield return new TestCaseData(TierSet.Standard, new QuotaBands(30, 30, 30, 10, ties: BoundaryTies.WorseTier), RankingScope.Pool, TiePolicy.Dense, false, true).SetName("A-D, one scope, dense ranks");
        yield return new TestCaseData(TierSet.Standard, new QuotaBands(20, 40, 30, 10), RankingScope.Region, TiePolicy.Competition, true, false).SetName("A-D, a scope per region");
        yield return new TestCaseData(FiveTiers, new QuotaBands([10, 20, 40, 20, 10]), RankingScope.Region, TiePolicy.Competition, false, false).SetName("five tiers, a scope per region");
    }

    [TestCaseSource(nameof(Cases))]
    public void OneScopePath_EqualsTheGeneralPath_DrawByDraw(TierSet tiers, QuotaBands bands, RankingScope scope, TiePolicy ties, bool overrides, bool oneScope)
    {
        var profile = new EvaluationProfile
        {
            Name = "fast-path",
            EvaluationYear = 2025,
            Tiers = tiers,
            ReflowOverriddenSlots = overrides,
            Overrides = overrides
                ? [new OverrideRule { Id = "cap", Action = OverrideAction.CapAtC, When = new FirmCondition { RequiredTags = [KnownTags.HighTech] } }]
                : [],
            Pools =
            [
                new PoolProfile
                {
                    Id = "all",
                    Tiering = bands,
                    Scope = scope,
                    Ties = ties,
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 60, Benchmark = KnownBenchmarks.Fixed(10) },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 40, Benchmark = KnownBenchmarks.Fixed(100) },
                    ],
                },
            ],
        };
        var baseline = new Evaluator(profile).Evaluate(RandomCity(7, 600));
        var held = new HeldEvaluation(baseline);
        var options = new SensitivityOptions { Draws = 25, Seed = 5, Weights = WeightPerturbation.Dirichlet(20), BenchmarkPercent = 10 };
        var pool = new SensitivityPool(held, 0);
        var fast = pool.NewWork();
        var general = pool.NewWork();
        Assert.That(pool.RanksAsOneScope, Is.EqualTo(oneScope), "the path the case is meant to take");
        Assert.That(pool.Rated, Has.Length.GreaterThan(500));
        var tied = 0;
        for (var d = 0; d < options.Draws; d++)
        {
            pool.Draw(options.Seed, d, options, fast);
            pool.Draw(options.Seed, d, options, general);
            pool.RankAndTierByScope(general);
            var (a, b) = (fast.Pool, general.Pool);
            var where = $"draw {d}";
            Assert.That(a.Ranks, Is.EqualTo(b.Ranks), where + ": ranks");
            Assert.That(a.Percentiles, Is.EqualTo(b.Percentiles), where + ": percentiles");
            Assert.That(a.ScopeSizes, Is.EqualTo(b.ScopeSizes), where + ": scope sizes");
            Assert.That(a.SchemeTiers, Is.EqualTo(b.SchemeTiers), where + ": scheme tiers");
            Assert.That(a.Tiers, Is.EqualTo(b.Tiers), where + ": tiers");
            var positions = Enumerable.Range(0, a.Ranks.Length).ToArray();
            Assert.That(positions.Select(k => a.TierNotes[k]), Is.EqualTo(positions.Select(k => b.TierNotes[k])), where + ": notes");
            Assert.That(positions.Select(k => a.Overrides[k]?.Count ?? -1), Is.EqualTo(positions.Select(k => b.Overrides[k]?.Count ?? -1)), where + ": overrides");
            if (pool.SharesRanks)
            {
                Assert.That(fast.Ranks, Is.EqualTo(general.Ranks), where + ": the ranks the correlations reuse");
            }

            tied += pool.Rated.Length - pool.Rated.Select(k => a.Totals[k]).Distinct().Count();
        }

        Assert.That(tied, Is.GreaterThan(0), "the draws have tied totals");
        if (overrides)
        {
            Assert.That(Enumerable.Range(0, fast.Pool.Ranks.Length).Count(k => fast.Pool.Overrides[k] is { Count: > 0 }), Is.GreaterThan(0), "overrides applied");
        }
    }

    /// <summary>Firms of equal land with few distinct tax and value-added figures: many tied totals in every draw.</summary>
    private static FirmTable RandomCity(int seed, int count)
    {
        var random = new Random(seed);
        string[] regions = ["南湖区", "秀洲区", "嘉善县"];
        var firms = new List<Firm>();
        for (var f = 0; f < count; f++)
        {
            var id = "F" + f.ToString("D4", CultureInfo.InvariantCulture);
            firms.Add(new Firm
            {
                Id = id,
                Name = id,
                Region = regions[random.Next(regions.Length)],
                IndustryCode = "C3484",
                SizeClass = SizeClass.AboveDesignatedSize,
                Tags = random.NextDouble() < 0.15 ? new HashSet<string> { KnownTags.HighTech } : new HashSet<string>(),
                Measures = new Dictionary<string, double> { ["land_area"] = 10, ["tax"] = random.Next(1, 20) * 5, ["value_added"] = random.Next(1, 10) * 50 },
            });
        }

        return FirmTable.FromFirms(firms);
    }
}
