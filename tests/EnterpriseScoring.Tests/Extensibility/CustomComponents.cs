using System.Globalization;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Extensibility;

// Implementations of every extension interface written as a user of the package would: only the public API, no
// InternalsVisibleTo access (nothing here names an internal type). Each is small but does real work, so a test can tell
// whether the engine called it and what it did with the answer.

/// <summary>Land: the certificate area less a fixed reduction (e.g. a road set-back), unknown when nothing is left.</summary>
internal sealed class FixedReductionLand(double reductionMu) : ILandAreaStrategy
{
    public string Name => "fixed_reduction";

    public IReadOnlyList<Measure> Measures => [KnownMeasures.LandArea];

    public void Compute(FirmTable table, Span<double> area)
    {
        var land = table.GetMeasure(KnownMeasures.LandArea);
        for (var row = 0; row < table.Count; row++)
        {
            area[row] = land.TryGet(row, out var a) && a > reductionMu ? a - reductionMu : double.NaN;
        }
    }

    public string Explain(FirmTable table, int row) =>
        table.GetMeasure(KnownMeasures.LandArea).TryGet(row, out var a)
            ? Invariant($"certificate {a} − set-back {reductionMu} = {a - reductionMu} 亩")
            : "no certificate area";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Indicator: tax as a percentage of value added (税收占增加值比重), a ratio that does not use land.</summary>
internal sealed class TaxShareIndicator : IIndicator
{
    public string Id => "tax_share";

    public string ChineseName => "税收占增加值比重";

    public string EnglishName => "Tax share of value added";

    public string Unit => "%";

    public Direction Direction => Direction.HigherIsBetter;

    public bool UsesLand => false;

    public IReadOnlyList<Measure> Measures => [KnownMeasures.Tax, KnownMeasures.ValueAdded];

    public string Formula => "tax × 100 / value_added";

    public double Scale => 100;

    public void Compute(in IndicatorInput input, Span<double> numerators, Span<double> denominators, Span<double> values, Span<IndicatorOutcome> outcomes)
    {
        var tax = input.Table.GetMeasure(KnownMeasures.Tax);
        var valueAdded = input.Table.GetMeasure(KnownMeasures.ValueAdded);
        for (var k = 0; k < input.Rows.Length; k++)
        {
            var row = input.Rows[k];
            if (!tax.TryGet(row, out var t) || !valueAdded.TryGet(row, out var v))
            {
                (numerators[k], denominators[k], values[k], outcomes[k]) = (double.NaN, double.NaN, double.NaN, IndicatorOutcome.MissingMeasure);
            }
            else if (v <= 0)
            {
                (numerators[k], denominators[k], values[k], outcomes[k]) = (t, v, double.NaN, v == 0 ? IndicatorOutcome.ZeroDenominator : IndicatorOutcome.NegativeDenominator);
            }
            else
            {
                (numerators[k], denominators[k], values[k], outcomes[k]) = (t, v, t * 100 / v, IndicatorOutcome.Computed);
            }
        }
    }
}

/// <summary>Benchmark: the mean of the pool's values without the smallest and the largest (a trimmed mean).</summary>
internal sealed class TrimmedMeanBenchmark : IBenchmark
{
    public string Name => "trimmed_mean";

    public BenchmarkValue Compute(in BenchmarkInput input)
    {
        var sorted = input.Values.ToArray();
        Array.Sort(sorted);
        var kept = sorted.Length > 2 ? sorted[1..^1] : sorted;
        var mean = kept.Length == 0 ? 0 : kept.Sum() / kept.Length;
        return new BenchmarkValue(mean, string.Create(CultureInfo.InvariantCulture, $"trimmed mean of {kept.Length} of {sorted.Length} values = {mean}"));
    }
}

/// <summary>A benchmark that needs the prior year's numerators (as a prior-year ratio of sums does): the CLI must read them.</summary>
internal sealed class PriorRatioBenchmark : IBenchmark
{
    public string Name => "prior_ratio";

    public bool ReadsPriorNumerators => true;

    public BenchmarkValue Compute(in BenchmarkInput input) => new(1, "1");
}

/// <summary>
/// Scoring: 1 + ln(x / B), floored at 0 — a log ratio to the benchmark. It needs B alone, so it says
/// <see cref="IScoringMethod.FitReadsValues"/> is false and records how many values the engine passed to <see cref="Fit"/>.
/// </summary>
internal sealed class LogRatioScoring(bool readsValues = false) : IScoringMethod
{
    private int largestFit = -1;

    public string Name => readsValues ? "log_ratio_reading" : "log_ratio";

    public bool RequiresBenchmark => true;

    public bool FitReadsValues => readsValues;

    /// <summary>The most values any call of <see cref="Fit"/> received (−1 before the first call).</summary>
    public int LargestFit => Volatile.Read(ref largestFit);

    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction)
    {
        var count = values.Length;
        int seen;
        while ((seen = Volatile.Read(ref largestFit)) < count && Interlocked.CompareExchange(ref largestFit, count, seen) != seen)
        {
        }

        return new ScoringFit(values, benchmark, direction);
    }

    public double Normalise(double value, ScoringFit fit) => value <= 0 ? 0 : Math.Max(0, 1 + Math.Log(value / fit.Benchmark));

    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = Normalise(values[i], fit);
        }
    }

    public string Explain(double value, double weight, ScoringFit fit) =>
        string.Create(CultureInfo.InvariantCulture, $"max(0, 1 + ln({value} / {fit.Benchmark})) × {weight} = {Normalise(value, fit) * weight}");
}

/// <summary>Weighting: each criterion in proportion to its relative range (max − min) / mean over the firms.</summary>
internal sealed class RelativeRangeWeighting : IWeightingMethod
{
    public string Name => "relative_range";

    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        var raw = new double[matrix.ColumnCount];
        for (var j = 0; j < raw.Length; j++)
        {
            var column = matrix.Column(j).ToArray();
            raw[j] = (column.Max() - column.Min()) / column.Average();
        }

        var sum = raw.Sum();
        return new WeightingResult(Name, [.. raw.Select(r => r / sum)]);
    }
}

/// <summary>
/// Aggregation: a weighted rank sum — on each indicator a firm gets (n − rank) / (n − 1) of the weight, rank 1 being the
/// highest normalised value and tied firms sharing the better rank.
/// </summary>
internal sealed class RankSumAggregation : IAggregationMethod
{
    public string Name => "rank_sum";

    public void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals)
    {
        var n = normalised.RowCount;
        totals.Clear();
        for (var j = 0; j < normalised.ColumnCount; j++)
        {
            var column = normalised.Column(j);
            for (var i = 0; i < n; i++)
            {
                var rank = 1;
                foreach (var other in column)
                {
                    rank += other > column[i] ? 1 : 0;
                }

                totals[i] += n == 1 ? weights[j] : weights[j] * (n - rank) / (n - 1);
            }
        }
    }
}

/// <summary>Aggregation that says its totals are the sum of the indicator scores: the engine must not call <see cref="Aggregate"/>.</summary>
internal sealed class DeclaredSumAggregation : IAggregationMethod
{
    public string Name => "declared_sum";

    public bool SumsIndicatorScores => true;

    public void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals) =>
        throw new InvalidOperationException("the engine sums the scores itself when SumsIndicatorScores is true");
}

/// <summary>
/// Tier scheme: the best <c>k</c> ranks A, the next <c>k</c> B, the worst <c>k</c> D, the rest C. With
/// <paramref name="quotas"/> it reports those head counts (<see cref="ITierScheme.QuotasFor"/>), so overrides re-flow.
/// </summary>
internal sealed class TopKTiers(int k, bool quotas) : ITierScheme
{
    public string Name => quotas ? "top_k" : "top_k_fixed";

    public void Assign(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, Span<Tier> tiers)
    {
        var n = ranks.Length;
        for (var i = 0; i < n; i++)
        {
            tiers[i] = ranks[i] <= k ? Tier.A : ranks[i] <= 2 * k ? Tier.B : ranks[i] > n - k ? Tier.D : Tier.C;
        }
    }

    public string Explain(double total, int rank, int count, Tier tier) =>
        string.Create(CultureInfo.InvariantCulture, $"top-{k}: rank {rank} of {count} → {tier}");

    public TierQuotas? QuotasFor(int count)
    {
        if (!quotas)
        {
            return null;
        }

        var a = Math.Min(k, count);
        var d = Math.Min(k, count - a);
        var b = Math.Min(k, count - a - d);
        return new TierQuotas(a, b, count - a - b - d, d, BoundaryTies.BetterTier);
    }
}

/// <summary>A scheme whose quotas do not add up to the scope: the engine refuses to re-flow from them.</summary>
internal sealed class BadQuotaTiers : ITierScheme
{
    public string Name => "bad_quotas";

    public void Assign(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, Span<Tier> tiers) => tiers.Fill(Tier.B);

    public string Explain(double total, int rank, int count, Tier tier) => "all B";

    public TierQuotas? QuotasFor(int count) => new TierQuotas(count, count, 0, 0, BoundaryTies.Majority);
}

/// <summary>Adjustment: one bonus point per full 10 亩 of certificate land, at most 3 (a made-up rule for the test).</summary>
internal sealed class LandBonusRule : IAdjustmentRule
{
    public string Id => "land_bonus";

    public string Label => "用地规模加分";

    public string? Category => null;

    public IReadOnlyList<Measure> Measures => [KnownMeasures.LandArea];

    public string MissingMeasureEffect => "no firm gets the land bonus";

    public double Evaluate(FirmTable table, int row, out string detail)
    {
        if (!table.GetMeasure(KnownMeasures.LandArea).TryGet(row, out var land) || land < 10)
        {
            detail = string.Empty;
            return 0;
        }

        var points = Math.Min(3, Math.Floor(land / 10));
        detail = string.Create(CultureInfo.InvariantCulture, $"{land} 亩 → +{points}");
        return points;
    }
}
