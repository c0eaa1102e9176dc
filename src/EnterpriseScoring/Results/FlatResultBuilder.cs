using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Results;

/// <summary>
/// Makes the <see cref="FlatResult"/> of a row of an evaluation straight from its columns, with the same rules as
/// results.csv (ResultsCsvWriterRows): the total, percentile, bonus and deduction when the firm is rated in its pool, rank
/// and scope size when its status is rated, the tier reason of T and ungraded-as-B firms their not-rated reason. Pool ids,
/// each pool's indicator map and benchmarks, status and tier texts are made once.
/// </summary>
internal sealed class FlatResultBuilder
{
    private readonly Evaluation evaluation;
    private readonly int indicatorCount;
    private readonly FlatIndicatorResult[] absent; // per indicator column: the entry of a firm whose pool does not use it
    private readonly int[][] columnOf; // per pool: the pool's position of each indicator column (−1: not in the pool)
    private readonly double?[][] benchmarks; // per pool and pool indicator
    private readonly string[] statusCodes;
    private readonly string?[] tierCodes;
    private readonly string?[] tierLabels;
    private readonly string[] sizeCodes;
    private readonly int? year;

    public FlatResultBuilder(Evaluation evaluation, IReadOnlyList<string> indicatorIds)
    {
        this.evaluation = evaluation;
        indicatorCount = indicatorIds.Count;
        absent = [.. indicatorIds.Select(id => new FlatIndicatorResult(id, null, null, null, null, null))];
        columnOf = new int[evaluation.PoolCount][];
        benchmarks = new double?[evaluation.PoolCount][];
        for (var pi = 0; pi < columnOf.Length; pi++)
        {
            var pool = evaluation.PoolColumnsAt(pi);
            var map = new int[indicatorCount];
            for (var i = 0; i < indicatorCount; i++)
            {
                map[i] = -1;
                for (var j = 0; j < pool.Indicators.Count && map[i] < 0; j++)
                {
                    map[i] = string.Equals(pool.Indicators[j].Profile.Indicator.Id, indicatorIds[i], StringComparison.Ordinal) ? j : -1;
                }
            }

            columnOf[pi] = map;
            benchmarks[pi] = [.. pool.Indicators.Select(c => Finite(c.Benchmark?.Value))];
        }

        statusCodes = new string[Enum.GetValues<FirmStatus>().Max(s => (int)s) + 1];
        foreach (var s in Enum.GetValues<FirmStatus>())
        {
            statusCodes[(int)s] = ResultsCsvFormat.StatusCode(s);
        }

        tierCodes = new string?[Enum.GetValues<Tier>().Max(t => (int)t) + 1];
        tierLabels = new string?[tierCodes.Length];
        foreach (var t in Enum.GetValues<Tier>())
        {
            tierCodes[(int)t] = evaluation.Profile.Tiers.CodeOf(t);
            tierLabels[(int)t] = evaluation.Profile.Labels.Of(t);
        }

        sizeCodes = new string[Enum.GetValues<SizeClass>().Max(s => (int)s) + 1];
        foreach (var s in Enum.GetValues<SizeClass>())
        {
            sizeCodes[(int)s] = SizeClassNames.ToCode(s);
        }

        year = evaluation.Profile.EvaluationYear > 0 ? evaluation.Profile.EvaluationYear : null;
    }

    /// <summary>The flat result of row <paramref name="row"/>.</summary>
    public FlatResult Row(int row)
    {
        var table = evaluation.Table;
        var pi = evaluation.PoolIndexOf(row);
        var pool = pi < 0 ? null : evaluation.PoolColumnsAt(pi);
        var k = evaluation.PositionOf(row);
        var status = evaluation.StatusOf(row);
        var figures = pool is not null && pool.Status[k] == FirmStatus.Rated;
        var rated = status == FirmStatus.Rated;
        var tier = evaluation.TierOf(row);
        var reason = rated ? null : evaluation.ReasonOf(row);
        return new FlatResult
        {
            Id = table.Ids[row],
            Name = table.Names[row],
            Region = table.Regions[row],
            Platform = table.Platforms[row],
            Industry = table.Industries[row],
            SizeClass = sizeCodes[(int)table.SizeClasses[row]],
            Pool = pool?.Profile.Id,
            Status = statusCodes[(int)status],
            Score = figures ? Finite(pool!.Totals[k]) : null,
            Rank = rated ? pool!.Ranks[k] : null,
            PoolSize = rated ? pool!.ScopeSizes[k] : null,
            Percentile = figures ? Finite(pool!.Percentiles[k]) : null,
            Tier = tier is { } t ? tierCodes[(int)t] : null,
            TierLabel = tier is { } l ? tierLabels[(int)l] : null,
            TierReason = status is FirmStatus.TClass or FirmStatus.UngradedAsB ? reason : tier is null ? null : evaluation.TierReasonOf(row),
            Indicators = Indicators(pool, pi, k),
            Bonus = figures ? Finite(pool!.Bonus[k]) : null,
            Deduction = figures ? Finite(pool!.Deduction[k]) : null,
            Year = year,
            StatusReason = reason,
            SharedParcel = evaluation.SharedParcelOf(row),
            InitialTier = evaluation.TierAdjustments.Count > 0 && evaluation.InitialTierOf(row) is { } initial ? tierCodes[(int)initial] : null,
        };
    }

    private IReadOnlyList<FlatIndicatorResult> Indicators(PoolColumns? pool, int pi, int k)
    {
        var list = new FlatIndicatorResult[indicatorCount];
        var map = pi < 0 ? null : columnOf[pi];
        var rated = pool is not null && pool.Status[k] == FirmStatus.Rated;
        for (var i = 0; i < list.Length; i++)
        {
            var j = map is null ? -1 : map[i];
            if (j < 0)
            {
                list[i] = absent[i];
                continue;
            }

            var c = pool!.Indicators[j];
            list[i] = new FlatIndicatorResult(
                c.Profile.Indicator.Id,
                c.Outcomes[k] == IndicatorOutcome.Computed ? Finite(c.Values[k]) : null,
                !c.BenchmarkVariesByFirm ? benchmarks[pi][j] : Finite(c.BenchmarkAt(k)?.Value),
                rated ? Finite(c.Scores[k]) : null,
                Finite(c.Numerators[k]),
                Finite(c.Denominators[k]));
        }

        return list.AsValueList();
    }

    /// <summary>A finite value, else null (results.csv writes an empty cell for NaN and infinities).</summary>
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
