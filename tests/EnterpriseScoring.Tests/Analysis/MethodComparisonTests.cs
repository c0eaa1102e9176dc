using System.Diagnostics;
using System.Globalization;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Analysis;

/// <summary>Rank correlations, Cohen's κ and the method comparison, against hand computations and scipy.</summary>
public class MethodComparisonTests
{
    [Test]
    public void Spearman_And_KendallTauB_OfASmallCaseWithTies_MatchTheHandComputation()
    {
        double[] x = [1, 2, 3, 4, 5, 5];
        double[] y = [5, 6, 7, 8, 7, 2];

        // Kendall: 15 pairs; one tie in x (5, 5), one in y (7, 7), none in both; concordant − discordant = 3 (10 − 7 of the
        // 13 pairs untied in both... counted by hand: C = 8, D = 5 ... the τ-b numerator is C − D = 3), so τ-b = 3 / √(14 × 14).
        Assert.That(RankCorrelation.KendallTauB(x, y), Is.EqualTo(3.0 / 14).Within(1e-15));

        // Spearman: average ranks x = 1 2 3 4 5.5 5.5, y = 2 3 4.5 6 4.5 1; Σdxdy = 2.25, Σdx² = 17, Σdy² = 17 … ρ = 2.25 / 17.
        Assert.That(RankCorrelation.Spearman(x, y), Is.EqualTo(2.25 / 17).Within(1e-15));
        Assert.That(RankCorrelation.Spearman(x, x), Is.EqualTo(1));
        Assert.That(RankCorrelation.KendallTauB(x, x.Select(v => -v).ToArray()), Is.EqualTo(-1));
        Assert.That(RankCorrelation.Spearman([1, 1, 1], [1, 2, 3]), Is.NaN);
        Assert.Throws<ArgumentException>(() => RankCorrelation.KendallTauB([1, 2], [1]));
    }

    [Test]
    public void CohenKappa_MatchesTheHandComputation()
    {
        Tier?[] a = [Tier.A, Tier.A, Tier.B, Tier.B, Tier.C, null];
        Tier?[] b = [Tier.A, Tier.B, Tier.B, Tier.B, Tier.C, Tier.D];

        // The five pairs with two tiers: p₀ = 4/5; first A .4 B .4 C .2, second A .2 B .6 C .2: pₑ = .08 + .24 + .04 = .36.
        Assert.That(TierAgreement.SameTierShare(a, b), Is.EqualTo(0.8).Within(1e-15));
        Assert.That(TierAgreement.CohenKappa(a, b), Is.EqualTo((0.8 - 0.36) / (1 - 0.36)).Within(1e-12));
        Assert.That(TierAgreement.CohenKappa([Tier.B, Tier.B], [Tier.B, Tier.B]), Is.NaN, "κ is undefined when both put every firm in one tier");
    }

    [Test]
    public void RankCorrelations_MatchScipy_WhenItIsInstalled()
    {
        const string Python = "/usr/bin/python3";
        if (!File.Exists(Python))
        {
            Assert.Ignore("no /usr/bin/python3");
        }

        var random = new Random(7);
        var samples = Enumerable.Range(0, 5).Select(s =>
        {
            var n = 5 + (s * 97);
            var x = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 4 + s * 10)).ToArray(); // many ties
            var y = x.Select(v => v + random.Next(-3, 4)).ToArray();
            return (x, y);
        }).ToArray();
        var file = Path.Combine(Path.GetTempPath(), $"rankcorr-{Environment.ProcessId}.txt");
        File.WriteAllLines(file, samples.Select(s => string.Join(",", s.x.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + ";" + string.Join(",", s.y.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))));
        try
        {
            var script = "import sys\ntry:\n from scipy.stats import spearmanr, kendalltau\nexcept ImportError:\n print('NOSCIPY'); sys.exit(0)\n"
                + "for line in open(sys.argv[1]):\n a,b=line.strip().split(';'); x=[float(v) for v in a.split(',')]; y=[float(v) for v in b.split(',')]\n print(repr(float(spearmanr(x,y)[0])), repr(float(kendalltau(x,y)[0])))\n";
            var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (output.StartsWith("NOSCIPY", StringComparison.Ordinal))
            {
                Assert.Ignore("python3-scipy is not installed");
            }

            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(samples.Length), output);
            for (var i = 0; i < samples.Length; i++)
            {
                var parts = lines[i].Split(' ');
                var rho = double.Parse(parts[0], CultureInfo.InvariantCulture);
                var tau = double.Parse(parts[1], CultureInfo.InvariantCulture);
                Assert.That(RankCorrelation.Spearman(samples[i].x, samples[i].y), Is.EqualTo(rho).Within(1e-12), $"sample {i} ρ");
                Assert.That(RankCorrelation.KendallTauB(samples[i].x, samples[i].y), Is.EqualTo(tau).Within(1e-12), $"sample {i} τ-b");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Compare_FixedAgainstEntropyWeights_GivesSymmetricMatrices_AndMigrationCountingEveryFirm()
    {
        var table = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv")).Table;
        var fixedWeights = ProfileCatalog.Get("zhejiang-six-indicators");
        var entropy = fixedWeights with { Name = "entropy", Pools = [.. fixedWeights.Pools.Select(p => p with { Weighting = KnownWeightingMethods.Entropy })] };
        var comparison = MethodComparison.Of(table, [new Evaluator(fixedWeights), new Evaluator(entropy), new Evaluator(fixedWeights)]);
        Assert.That(comparison.Pairs, Has.Count.EqualTo(3));
        foreach (var pool in comparison.Pools.Where(p => p.RatedUnderAll > 2))
        {
            Assert.That(pool.Spearman[0][2], Is.EqualTo(1), "a profile against itself");
            Assert.That(pool.Kendall[0][2], Is.EqualTo(1));
            Assert.That(pool.Spearman[0][1], Is.EqualTo(pool.Spearman[1][0]));
            Assert.That(pool.Kendall[0][1], Is.InRange(-1.0, 1.0));
        }

        var same = comparison.Pairs.Single(p => p.First == 0 && p.Second == 2);
        Assert.That((same.SameTierShare, same.Kappa, same.LargestMoves.Count), Is.EqualTo((1.0, 1.0, 0)));
        foreach (var pair in comparison.Pairs)
        {
            Assert.That(pair.Migration.Sum(r => r.Sum()), Is.EqualTo(table.Count), "every firm counted once");
        }

        var differs = comparison.Pairs.Single(p => p.First == 0 && p.Second == 1);
        Assert.That(differs.SameTierShare, Is.LessThan(1));
        Assert.That(differs.LargestMoves, Is.Not.Empty);
    }
}
