using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Engine;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Performance;

/// <summary>The fast kernels of the evaluate path against obviously-correct naive versions on the same data.</summary>
public class KernelEqualityTests
{
    private static double[] RandomValues(int n, int seed, bool withZerosAndNegatives)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = Math.Round(Math.Exp(random.NextDouble() * 12) - 1, 2);
            if (withZerosAndNegatives)
            {
                values[i] = (i % 13) switch
                {
                    0 => 0.0,
                    1 => -0.0,
                    2 => -values[i],
                    3 => values[i - 3 >= 0 ? i - 3 : 0],
                    _ => values[i],
                };
            }
        }

        return values;
    }

    [TestCase(0, false)]
    [TestCase(1, false)]
    [TestCase(300, true)]
    [TestCase(5_000, false)]
    [TestCase(5_000, true)]
    [TestCase(100_000, true)]
    public void SortedNeumaier_BitIdenticalToComparisonSortSums(int n, bool withZerosAndNegatives)
    {
        var values = RandomValues(n, n + 1, withZerosAndNegatives);
        var expected = BitConverter.DoubleToInt64Bits(NaiveSums.SortedNeumaier(values));
        Assert.Multiple(() =>
        {
            Assert.That(BitConverter.DoubleToInt64Bits(SortedNeumaier.Sum(values)), Is.EqualTo(expected));
            Assert.That(BitConverter.DoubleToInt64Bits(CompensatedSum.SortedSum(values)), Is.EqualTo(expected));
        });
    }

    [TestCase(1_000)]
    [TestCase(70_000)]
    public void SortedNeumaierSort_AscendingSameMultiset(int n)
    {
        var values = RandomValues(n, 3, withZerosAndNegatives: true);
        var sorted = (double[])values.Clone();
        SortedNeumaier.Sort(sorted);
        var expected = values.Order().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(sorted, Is.EqualTo(expected), "equal as numbers (±0 compare equal)");
            Assert.That(sorted.Select(BitConverter.DoubleToInt64Bits).Order(), Is.EqualTo(values.Select(BitConverter.DoubleToInt64Bits).Order()), "same bits");
            Assert.That(sorted.Zip(sorted.Skip(1)).All(p => p.First <= p.Second), Is.True);
        });
    }

    private static IEnumerable<TestCaseData> ValueFreeMethods()
    {
        foreach (var direction in new[] { Direction.HigherIsBetter, Direction.LowerIsBetter })
        {
            yield return new TestCaseData(KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2), direction);
            yield return new TestCaseData(KnownScoringMethods.RatioToBenchmarkWith(cap: 2, floor: 0.3), direction);
        }

        yield return new TestCaseData(KnownScoringMethods.InverseBenchmark, Direction.LowerIsBetter);

        yield return new TestCaseData(KnownScoringMethods.RatioToBenchmark, Direction.HigherIsBetter);
    }

    [TestCaseSource(nameof(ValueFreeMethods))]
    public void FitShortcut_ValueFreeMethods_SameScoresAndExplanations(IScoringMethod method, Direction direction)
    {
        Assert.That(PoolEvaluator.FitIgnoresValues(method), Is.True);
        var values = RandomValues(2_000, 9, withZerosAndNegatives: false);
        var full = method.Fit(values, 40, direction);
        var empty = method.Fit([], 40, direction);
        var fromFull = new double[values.Length];
        var fromEmpty = new double[values.Length];
        method.NormaliseAll(values, full, fromFull);
        method.NormaliseAll(values, empty, fromEmpty);
        Assert.Multiple(() =>
        {
            Assert.That(fromEmpty.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(fromFull.Select(BitConverter.DoubleToInt64Bits)));
            for (var i = 0; i < 50; i++)
            {
                Assert.That(method.Explain(values[i], 30, empty), Is.EqualTo(method.Explain(values[i], 30, full)));
                Assert.That(method.Normalise(values[i], empty), Is.EqualTo(method.Normalise(values[i], full)));
            }
        });
    }

    [Test]
    public void FitShortcut_MethodsThatReadTheValues_NotShortcut()
    {
        IScoringMethod[] methods = [KnownScoringMethods.MinMax, KnownScoringMethods.ZScore, KnownScoringMethods.Vector, KnownScoringMethods.PercentileRank, KnownScoringMethods.Rank];
        Assert.That(methods.Where(PoolEvaluator.FitIgnoresValues), Is.Empty);
    }

    [TestCase(10_000)]
    public void EntropyWeightedSumRank_MatchesNaiveLinq(int n)
    {
        var random = new Random(20251231);
        var columns = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 2, 3)).ToArray()).ToArray();
        var ids = Enumerable.Range(0, n).Select(i => i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // Naive: the textbook formulas with LINQ.
        var divergence = columns.Select(c =>
        {
            var sum = c.Sum();
            var e = -c.Select(x => x / sum).Where(p => p > 0).Sum(p => p * Math.Log(p)) / Math.Log(n);
            return 1 - e;
        }).ToArray();
        var naiveWeights = divergence.Select(d => d / divergence.Sum()).ToArray();

        var weights = KnownWeightingMethods.Entropy.ComputeWeights(new DecisionMatrix(columns)).Weights;
        var points = weights.Select(w => 100 * w).ToArray();
        var totals = new double[n];
        KnownAggregationMethods.WeightedSum.Aggregate(new DecisionMatrix(columns), points, totals);
        var naiveTotals = Enumerable.Range(0, n).Select(i => columns.Select((c, j) => points[j] * c[i]).Sum()).ToArray();
        var ranks = Ranking.Rank(totals, ids);
        var order = Enumerable.Range(0, n).OrderByDescending(i => totals[i]).ToArray();
        var naiveRanks = new int[n];
        for (var k = 0; k < n; k++)
        {
            naiveRanks[order[k]] = k > 0 && totals[order[k]] == totals[order[k - 1]] ? naiveRanks[order[k - 1]] : k + 1;
        }

        Assert.Multiple(() =>
        {
            Assert.That(weights, Is.EqualTo(naiveWeights).Within(1e-9), "entropy weights (vectorised log vs Math.Log)");
            Assert.That(totals.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(naiveTotals.Select(BitConverter.DoubleToInt64Bits)), "weighted sum, same order of operations");
            Assert.That(ranks, Is.EqualTo(naiveRanks), "competition ranks");
        });
    }

    [Test]
    public void RatioIndicator_MatchesNaiveFormulaOnEveryRow()
    {
        var table = EnterpriseScoring.Samples.SyntheticCity.Generate(new EnterpriseScoring.Samples.SyntheticCityOptions { FirmCount = 5_000, Seed = 3, MissingRate = 0.05 });
        var land = new double[table.Count];
        EnterpriseScoring.Land.KnownLandAreaStrategies.Certificate.Compute(table, land);
        var rows = Enumerable.Range(0, table.Count).Where(r => r % 3 != 0).ToArray();
        foreach (var indicator in new[] { KnownIndicators.TaxPerMu, KnownIndicators.ValueAddedPerEmission, KnownIndicators.ValueAddedPerPollutionEquivalentStatutory })
        {
            var values = new double[rows.Length];
            var outcomes = new IndicatorOutcome[rows.Length];
            indicator.Compute(new IndicatorInput(table, land, rows), new double[rows.Length], new double[rows.Length], values, outcomes);
            for (var k = 0; k < rows.Length; k++)
            {
                var row = rows[k];
                double Term(IndicatorTerm t) => t.IsLand ? land[row] : table.GetMeasure(t.Measure!).Values[row];
                var top = indicator.Numerator.Sum(t => t.Coefficient * Term(t));
                var bottom = indicator.Denominator.Sum(t => t.Coefficient * Term(t));
                var ok = !double.IsNaN(top) && !double.IsNaN(bottom) && indicator.Denominator.All(t => !t.IsLand || land[row] > 0) && bottom != 0;
                Assert.That(outcomes[k] == IndicatorOutcome.Computed, Is.EqualTo(ok), $"{indicator.Id} row {row}");
                if (ok)
                {
                    Assert.That(values[k], Is.EqualTo(top * indicator.Scale / bottom), $"{indicator.Id} row {row}");
                }
            }
        }
    }

    [TestCase(100)]
    [TestCase(3_000)]
    public void TierPositions_MatchNaiveCounts(int n)
    {
        var random = new Random(n);
        var totals = Enumerable.Range(0, n).Select(i => i % 17 == 0 ? (i % 2 == 0 ? 0.0 : -0.0) : Math.Round((random.NextDouble() * 200) - 20, 1)).ToArray();
        var best = new int[n];
        var worst = new int[n];
        TierPositions.Compute(totals, best, worst);
        var naiveBest = totals.Select(x => 1 + totals.Count(t => t > x)).ToArray();
        var naiveWorst = totals.Select(x => totals.Count(t => t >= x)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(best, Is.EqualTo(naiveBest));
            Assert.That(worst, Is.EqualTo(naiveWorst));
        });
    }

    [TestCase(3, Direction.HigherIsBetter, 0.0)]
    [TestCase(1_001, Direction.HigherIsBetter, 0.0)]
    [TestCase(1_001, Direction.LowerIsBetter, 0.0)]
    [TestCase(1_003, Direction.HigherIsBetter, 0.2)]
    [TestCase(1_003, Direction.LowerIsBetter, 0.2)]
    public void MinMaxNormaliseAll_VectorLanes_SameBitsAsTheScalarKernelAndTheFormula(int n, Direction direction, double floor)
    {
        // Fitted on a middle slice, so that values below the minimum and above the maximum are clamped; zeros of both signs.
        var values = RandomValues(n, 11, withZerosAndNegatives: true);
        var method = new MinMaxScoring(new MinMaxOptions { Floor = floor });
        var fit = method.Fit(values.AsSpan(n / 4, Math.Max(1, n / 2)), double.NaN, direction);
        var all = new double[n];
        method.NormaliseAll(values, fit, all);
        for (var i = 0; i < n; i++)
        {
            var t = direction == Direction.LowerIsBetter ? (fit.Max - values[i]) / (fit.Max - fit.Min) : (values[i] - fit.Min) / (fit.Max - fit.Min);
            var naive = fit.Max == fit.Min ? 1 : floor + ((1 - floor) * Math.Clamp(t, 0, 1));
            Assert.That(BitConverter.DoubleToInt64Bits(all[i]), Is.EqualTo(BitConverter.DoubleToInt64Bits(method.Normalise(values[i], fit))), $"value {i} ({values[i]}): lanes and scalar kernel");
            Assert.That(all[i], Is.EqualTo(naive), $"value {i} ({values[i]}): the formula");
        }
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void ColumnMinMax_SaysWhetherEveryValueIsFinite_WhereverTheValueIs(double bad)
    {
        var values = RandomValues(37, 5, withZerosAndNegatives: true);
        Assert.That(EnterpriseScoring.Internal.ColumnKernels.MinMax(values, out var min, out var max), Is.True);
        Assert.That((min, max), Is.EqualTo((values.Min(), values.Max())));
        foreach (var at in new[] { 0, 5, 31, 32, 36 }) // vector lanes and the scalar tail
        {
            var copy = (double[])values.Clone();
            copy[at] = bad;
            Assert.That(EnterpriseScoring.Internal.ColumnKernels.MinMax(copy, out _, out _), Is.False, $"at {at}");
            Assert.That(() => new ScoringFit(copy, double.NaN, Direction.HigherIsBetter), Throws.ArgumentException.With.Message.Contains($"Element {at} is"), $"at {at}");
        }
    }
}
