using System.Text;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Analysis;

/// <summary>Tier stability (<see cref="SensitivityAnalysis"/>): zero spread, an analytic case, reproducibility, vetoes, the generator.</summary>
public class SensitivityTests
{
    private static readonly Lazy<FirmTable> SampleTable = new(() => FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv")).Table);

    private static FirmTable Sample => SampleTable.Value;

    [TestCase("zhejiang-six-indicators")]
    [TestCase("changle-2023")]
    public void ZeroSpread_EveryDrawIsTheBaseline(string profile)
    {
        var evaluator = new Evaluator(ProfileCatalog.Get(profile));
        var baseline = evaluator.Evaluate(Sample);
        var result = SensitivityAnalysis.Run(baseline, new SensitivityOptions { Draws = 4, Seed = 3, Weights = WeightPerturbation.Uniform(0), BenchmarkPercent = 0 });
        AssertBaseline(baseline, result);
    }

    [Test]
    public void ZeroSpread_OfTheData_EvaluatesAgainAndGivesTheBaseline()
    {
        var evaluator = new Evaluator(ProfileCatalog.Get("changle-2023"));
        var baseline = evaluator.Evaluate(Sample);
        var result = SensitivityAnalysis.Run(baseline, new SensitivityOptions { Draws = 2, Data = [new DataPerturbation(KnownMeasures.Tax, 0), new DataPerturbation(KnownMeasures.LandArea, 0)], Weights = WeightPerturbation.Uniform(0) }, evaluator);
        AssertBaseline(baseline, result);
    }

    private static void AssertBaseline(Evaluation baseline, SensitivityResult result)
    {
        Assert.That(result.Firms, Has.Count.EqualTo(baseline.Table.Count));
        for (var row = 0; row < baseline.Table.Count; row++)
        {
            var firm = result.Firms[row];
            var expected = baseline.Results[row];
            Assert.That(firm.Probability(expected.Tier), Is.EqualTo(1), firm.Id);
            Assert.That(firm.IsStable, Is.True, firm.Id);
            if (expected.Status == FirmStatus.Rated)
            {
                Assert.That((firm.RankP5, firm.RankP50, firm.RankP95), Is.EqualTo((expected.Rank, expected.Rank, expected.Rank)), firm.Id);
                Assert.That(firm.RankedDraws, Is.EqualTo(result.Options.Draws));
            }
            else
            {
                Assert.That(firm.RankedDraws, Is.Zero);
            }
        }

        foreach (var pool in result.Pools)
        {
            Assert.That(pool.StableShare, Is.EqualTo(1), pool.PoolId);
            Assert.That(pool.MeanSpearman, Is.EqualTo(1), pool.PoolId);
            Assert.That(pool.MeanKendall, Is.EqualTo(1).Within(1e-15), pool.PoolId + ": τ-b divides by two square roots (as scipy), 1 up to rounding");
        }
    }

    /// <summary>
    /// Two firms, two indicators scored x / B against fixed benchmarks, weights 60 and 40, uniform ± 50 % weight noise:
    /// X has normalised values (1, 0) and Y (0, 1), so X ranks first (A under 50/50 bands) iff 60(1 + s) &gt; 40(1 + t) with
    /// s, t independent uniform on [−0.5, 0.5), i.e. t &lt; 0.5 + 1.5 s. For s ≥ 0 every t qualifies (area 0.5); for
    /// s ∈ [−0.5, 0) the qualifying t run from −0.5 to 0.5 + 1.5 s, length 1 + 1.5 s, whose integral is
    /// [s + 0.75 s²] from −0.5 to 0 = 0.3125. P(X in A) = 0.8125 (the square has area 1).
    /// </summary>
    [Test]
    public void TwoFirmsTwoIndicators_UniformWeightNoise_MatchesTheClosedForm()
    {
        var profile = new EvaluationProfile
        {
            Name = "two",
            EvaluationYear = 2025,
            Pools =
            [
                new PoolProfile
                {
                    Id = "all",
                    Tiering = new QuotaBands(50, 50, 0, 0),
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 60, Benchmark = KnownBenchmarks.Fixed(10) },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 40, Benchmark = KnownBenchmarks.Fixed(100) },
                    ],
                },
            ],
        };
        var table = FirmTable.FromFirms(
        [
            new Firm { Id = "X", Measures = new Dictionary<string, double> { ["land_area"] = 10, ["tax"] = 100, ["value_added"] = 0 } },
            new Firm { Id = "Y", Measures = new Dictionary<string, double> { ["land_area"] = 10, ["tax"] = 0, ["value_added"] = 1000 } },
        ]);
        const int Draws = 40_000;
        var result = SensitivityAnalysis.Run(new Evaluator(profile), table, new SensitivityOptions { Draws = Draws, Seed = 11, Weights = WeightPerturbation.Uniform(50) });
        var x = result.Firms[0];
        var y = result.Firms[1];
        var standardError = Math.Sqrt(0.8125 * 0.1875 / Draws); // ≈ 0.002
        Assert.Multiple(() =>
        {
            Assert.That((x.BaselineTier, y.BaselineTier), Is.EqualTo(((Tier?)Tier.A, (Tier?)Tier.B)));
            Assert.That(x.Probability(Tier.A), Is.EqualTo(0.8125).Within(4 * standardError));
            Assert.That(x.Probability(Tier.A) + x.Probability(Tier.B), Is.EqualTo(1));
            Assert.That(y.Probability(Tier.A), Is.EqualTo(x.Probability(Tier.B)), "exactly one firm is A in every draw");
            Assert.That((x.RankP5, x.RankP95), Is.EqualTo(((int?)1, (int?)2)));
            Assert.That(x.IsStable, Is.False, "0.81 < 0.9");
        });
    }

    [Test]
    public void SameSeed_IsBitIdenticalAtEveryDegree_AndAnotherSeedDiffers()
    {
        var evaluator = new Evaluator(ProfileCatalog.Get("changle-2023"));
        var baseline = evaluator.Evaluate(Sample);
        var options = new SensitivityOptions { Draws = 40, Seed = 42, Weights = WeightPerturbation.Dirichlet(50), BenchmarkPercent = 10 };
        string Output(SensitivityOptions o)
        {
            var result = SensitivityAnalysis.Run(baseline, o);
            using var firms = new MemoryStream();
            using var pools = new MemoryStream();
            SensitivityReport.WriteFirms(result, firms);
            SensitivityReport.WritePools(result, pools);
            return Encoding.UTF8.GetString(firms.ToArray()) + Encoding.UTF8.GetString(pools.ToArray()) + SensitivityReport.ToHtml(result);
        }

        var one = Output(options with { MaxDegreeOfParallelism = 1 });
        Assert.That(Output(options with { MaxDegreeOfParallelism = 2 }), Is.EqualTo(one));
        Assert.That(Output(options with { MaxDegreeOfParallelism = -1 }), Is.EqualTo(one));
        Assert.That(Output(options with { Seed = 43, MaxDegreeOfParallelism = 2 }), Is.Not.EqualTo(one));
        Assert.That(one, Does.Contain(",false"), "some firm is unstable under these draws");
    }

    [Test]
    public void DataDraws_AreBitIdenticalAtEveryDegree_AndMoveSomeFirms()
    {
        var evaluator = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators"));
        var baseline = evaluator.Evaluate(Sample);
        var options = new SensitivityOptions { Draws = 6, Seed = 5, Data = [new DataPerturbation(KnownMeasures.Tax, 20)] };
        var one = SensitivityAnalysis.Run(baseline, options with { MaxDegreeOfParallelism = 1 }, evaluator);
        var two = SensitivityAnalysis.Run(baseline, options with { MaxDegreeOfParallelism = 2 }, evaluator);
        Assert.That(two.Firms, Is.EqualTo(one.Firms).Using<FirmStability>((a, b) => a.Id == b.Id && a.TierDraws.SequenceEqual(b.TierDraws) && a.RankP5 == b.RankP5 && a.RankP95 == b.RankP95));
        Assert.That(two.Pools.Select(p => (p.MeanSpearman, p.MeanKendall)), Is.EqualTo(one.Pools.Select(p => (p.MeanSpearman, p.MeanKendall))));
        Assert.That(one.Firms.Count(f => !f.IsStable), Is.GreaterThan(0));
        Assert.That(one.Pools.All(p => p.MeanSpearman is > 0.5 and < 1), Is.True);
    }

    [Test]
    public void ForcedToD_ByAVeto_NeverMoves()
    {
        var evaluator = new Evaluator(ProfileCatalog.Get("changle-2023"));
        var baseline = evaluator.Evaluate(Sample);
        var result = SensitivityAnalysis.Run(baseline, new SensitivityOptions { Draws = 30, Seed = 9, Weights = WeightPerturbation.Dirichlet(2), BenchmarkPercent = 40 });
        var forced = Enumerable.Range(0, baseline.Table.Count)
            .Where(row => baseline.Results[row].Overrides.Any(o => o.Action == OverrideAction.ForceD))
            .ToArray();
        Assert.That(forced, Is.Not.Empty, "the sample has firms forced to D");
        foreach (var row in forced)
        {
            Assert.That(result.Firms[row].Probability(Tier.D), Is.EqualTo(1), result.Firms[row].Id);
            Assert.That(result.Firms[row].HeldByOverride, Is.True);
            Assert.That(result.Firms[row].CutMargin, Is.Null);
        }

        Assert.That(result.Firms.Count(f => !f.IsStable), Is.GreaterThan(0), "Dirichlet K = 2 moves free firms");
    }

    [Test]
    public void BaselineRanking_GivesRankCorrelationsResults_BitForBit()
    {
        var random = new Random(3);
        var scratch = new BaselineRanking.Scratch();
        for (var s = 0; s < 20; s++)
        {
            var n = 2 + (s * 37);
            var x = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3 + s)).ToArray(); // many ties
            var ranking = new BaselineRanking(x);
            for (var t = 0; t < 3; t++)
            {
                var y = x.Select(v => v + random.Next(-2, 3) + (t == 2 ? -0.0 : 0)).ToArray();
                var (rho, tau) = ranking.Compare(y, scratch);
                Assert.That(rho, Is.EqualTo(RankCorrelation.Spearman(x, y)), $"n {n}");
                Assert.That(tau, Is.EqualTo(RankCorrelation.KendallTauB(x, y)), $"n {n}");
                Assert.That(ranking.Compare(y, EnterpriseScoring.Classification.Ranking.Rank(y), scratch), Is.EqualTo((rho, tau)), "with the competition ranks given");
            }
        }
    }

    [Test]
    public void Dirichlet_HasTheMeanAndVarianceOfItsParameters_IncludingShapesBelowOne()
    {
        double[] w = [0.5, 0.3, 0.15, 0.05];
        const double K = 8; // α = 4, 2.4, 1.2, 0.4
        const int N = 40_000;
        var sums = new double[w.Length];
        var squares = new double[w.Length];
        for (var d = 0; d < N; d++)
        {
            var random = new DrawRandom(1, d, 0);
            var g = w.Select(x => random.NextGamma(K * x)).ToArray();
            var total = g.Sum();
            for (var j = 0; j < w.Length; j++)
            {
                sums[j] += g[j] / total;
                squares[j] += g[j] / total * (g[j] / total);
            }
        }

        for (var j = 0; j < w.Length; j++)
        {
            var mean = sums[j] / N;
            var variance = (squares[j] / N) - (mean * mean);
            var expected = w[j] * (1 - w[j]) / (K + 1);
            Assert.That(mean, Is.EqualTo(w[j]).Within(5 * Math.Sqrt(expected / N)), $"mean {j}");
            Assert.That(variance, Is.EqualTo(expected).Within(0.05 * expected), $"variance {j}");
        }
    }

    [Test]
    public void DrawRandom_IsACounterBasedSplitMix64()
    {
        // SplitMix64 from state 0 gives 0xE220A8397B1DCDAF first (Vigna's reference implementation).
        Assert.That(DrawRandom.Mix(DrawRandom.Gamma), Is.EqualTo(0xE220A8397B1DCDAFUL));
        var a = new DrawRandom(7, 12, 1);
        var b = new DrawRandom(7, 12, 1);
        var c = new DrawRandom(7, 13, 1);
        Assert.That(a.NextUInt64(), Is.EqualTo(b.NextUInt64()));
        Assert.That(a.NextUInt64(), Is.Not.EqualTo(c.NextUInt64()));
        Assert.That(Enumerable.Range(0, 1000).Select(_ => a.NextDouble()).All(u => u is >= 0 and < 1), Is.True);
    }

    /// <summary>
    /// The fast path (held normalised values re-weighted, ranked and tiered per draw) against a naive one: each draw's
    /// weights put into the profile and the whole table evaluated again by the engine. The hand-checkable example has a
    /// tie, a bonus, a veto and two pools, so every stage of the tiering is in play.
    /// </summary>
    [Test]
    public void FastDraws_EqualANaiveReEvaluationWithEachDrawsWeights()
    {
        var table = FirmCsvReader.Read(TestPaths.Seeds("data", "hand-checkable.csv")).Table;
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "hand-checkable.profile.json"));
        var baseline = new Evaluator(profile).Evaluate(table);
        var options = new SensitivityOptions { Draws = 30, Seed = 8, Weights = WeightPerturbation.Dirichlet(3), MaxDegreeOfParallelism = 2 };
        var result = SensitivityAnalysis.Run(baseline, options);

        var held = new HeldEvaluation(baseline);
        var pools = Enumerable.Range(0, baseline.PoolCount).Select(p => new SensitivityPool(held, p)).ToArray();
        var n = table.Count;
        var tierCounts = new int[n, 9];
        var ranks = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var d = 0; d < options.Draws; d++)
        {
            var drawn = profile with
            {
                Pools = profile.Pools.Select((pool, p) =>
                {
                    var w = new double[pool.Indicators.Count];
                    pools[p].DrawWeights(options.Seed, d, options.Weights, w);
                    return pool with { Indicators = pool.Indicators.Select((x, j) => x with { Weight = w[j] }).ToArray() };
                }).ToArray(),
            };
            var evaluation = new Evaluator(drawn).Evaluate(table);
            for (var row = 0; row < n; row++)
            {
                var r = evaluation.Results[row];
                tierCounts[row, r.Tier is { } t ? (int)t : 0]++;
                if (r.Status == FirmStatus.Rated && r.Rank is { } rank)
                {
                    ranks[row].Add(rank);
                }
            }
        }

        var moved = 0;
        for (var row = 0; row < n; row++)
        {
            var firm = result.Firms[row];
            Assert.That(firm.TierDraws, Is.EqualTo(Enumerable.Range(0, 9).Select(t => tierCounts[row, t]).ToArray()), firm.Id);
            var sorted = ranks[row].Order().ToArray();
            Assert.That(
                (firm.RankedDraws, firm.RankP5, firm.RankP50, firm.RankP95),
                Is.EqualTo((sorted.Length, SensitivityAnalysis.NearestRank(sorted, 5), SensitivityAnalysis.NearestRank(sorted, 50), SensitivityAnalysis.NearestRank(sorted, 95))),
                firm.Id);
            moved += firm.IsStable ? 0 : 1;
        }

        Assert.That(moved, Is.GreaterThan(0), "Dirichlet K = 3 moves some firm");
    }

    [Test]
    public void RankQuantiles_CountedOrSorted_AreTheNearestRanks()
    {
        var random = new Random(17);
        var histogram = Array.Empty<int>();
        foreach (var (count, width) in new[] { (1, 1), (7, 3), (100, 40), (1000, 900), (1000, 100_000), (20, 5000), (500, 2) })
        {
            for (var trial = 0; trial < 20; trial++)
            {
                var ranks = Enumerable.Range(0, count).Select(_ => 1 + random.Next(width) + (trial * 1000)).ToArray();
                var sorted = ranks.Order().ToArray();
                var expected = (SensitivityAnalysis.NearestRank(sorted, 5), SensitivityAnalysis.NearestRank(sorted, 50), SensitivityAnalysis.NearestRank(sorted, 95));
                Assert.That(SensitivityAnalysis.RankQuantiles(ranks, ref histogram), Is.EqualTo(expected), $"{count} ranks over {width}");
                Assert.That(histogram, Is.All.Zero, "left cleared");
            }
        }

        Assert.That(SensitivityAnalysis.RankQuantiles([], ref histogram), Is.EqualTo(((int?)null, (int?)null, (int?)null)));
    }

    [TestCase(65_535)]
    [TestCase(65_536)]
    public void DrawRanks_KeepEveryRank_In16Or32Bits(int maxRank)
    {
        var ranks = new DrawRanks(3, 5, maxRank);
        Assert.That(ranks.IsNarrow, Is.EqualTo(maxRank <= ushort.MaxValue));
        int[][] drawn = [[0, 1, maxRank, 7, 2], [maxRank, 0, 0, 1, 3], [5, 4, 3, 2, 1]];
        for (var d = 0; d < 3; d++)
        {
            ranks.Store(d, drawn[d]);
        }

        var buffer = new int[3 * 3];
        ranks.Gather(1, 4, 3, buffer);
        Assert.That(buffer, Is.EqualTo(new[] { 1, 0, 4, maxRank, 0, 3, 7, 1, 2 }));
    }

    [TestCase(65_535, 37)] // two whole tiles of 16 draws and a part
    [TestCase(70_000, 37)]
    [TestCase(65_535, 16)]
    [TestCase(100, 1)]
    public void DrawRanks_Gather_EqualsTheNaiveTranspose_AcrossTiles(int maxRank, int draws)
    {
        const int rows = 300;
        var random = new Random(draws);
        var drawn = new int[draws][];
        var ranks = new DrawRanks(draws, rows, maxRank);
        for (var d = 0; d < draws; d++)
        {
            drawn[d] = [.. Enumerable.Range(0, rows).Select(_ => random.Next(0, maxRank + 1))];
            ranks.Store(d, drawn[d]);
        }

        foreach (var (from, to) in new[] { (0, rows), (17, 273), (299, 300) })
        {
            var buffer = new int[(to - from) * draws];
            ranks.Gather(from, to, draws, buffer);
            var naive = new int[buffer.Length];
            for (var row = from; row < to; row++)
            {
                for (var d = 0; d < draws; d++)
                {
                    naive[((row - from) * draws) + d] = drawn[d][row];
                }
            }

            Assert.That(buffer, Is.EqualTo(naive), $"rows {from}…{to - 1}");
        }
    }

    [Test]
    public void NearestRank_IsTheCeilingOfPTimesNthSmallest()
    {
        int[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
        Assert.That(SensitivityAnalysis.NearestRank(sorted, 5), Is.EqualTo(1)); // ⌈1⌉ = 1st
        Assert.That(SensitivityAnalysis.NearestRank(sorted, 50), Is.EqualTo(10));
        Assert.That(SensitivityAnalysis.NearestRank(sorted, 95), Is.EqualTo(19));
        Assert.That(SensitivityAnalysis.NearestRank(sorted.AsSpan(0, 3), 50), Is.EqualTo(2)); // ⌈1.5⌉ = 2nd
        Assert.That(SensitivityAnalysis.NearestRank([], 50), Is.Null);
    }

    [Test]
    public void BadOptions_AreListedTogether()
    {
        var ex = Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Run(
            new Evaluator(ProfileCatalog.Get("changle-2023")),
            Sample,
            new SensitivityOptions { Draws = 0, Weights = WeightPerturbation.Dirichlet(-1), BenchmarkPercent = 100, Data = [new DataPerturbation(new Measure("nonesuch", "无", "None such", "吨"), 5)], StableShare = 0 }));
        Assert.That(ex!.Message, Does.Contain("draws must be 1 to 1,000,000, got 0").And.Contain("Dirichlet concentration").And.Contain("benchmark spread").And.Contain("no column for measure 'nonesuch'").And.Contain("stable share"));
    }
}
