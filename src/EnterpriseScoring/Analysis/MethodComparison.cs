using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Analysis;

/// <summary>
/// One table evaluated under several profiles or methods (fixed vs entropy weights, weighted sum vs TOPSIS, another
/// county's profile): per pool of the first profile the Spearman and Kendall τ-b matrices of the totals, and per pair of
/// profiles the tier agreement (share with the same tier, Cohen's κ), the migration matrix and the firms that move most.
/// </summary>
/// <remarks>Firms are matched by row: every evaluation must be of the same table. Tiers are compared by level of each
/// profile's tier set (level 1 = its best tier), so profiles with different sets (A / B / C / D against 乐清's A+ / A / B / C)
/// are compared best with best; T and ungraded count as no tier. docs/analysis.md explains the figures.</remarks>
[Reporting.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))]
public sealed class MethodComparison
{
    /// <summary>The most firms listed per pair in <see cref="ComparisonPair.LargestMoves"/>.</summary>
    public const int MovesPerPair = 20;

    private MethodComparison(IReadOnlyList<Evaluation> evaluations, IReadOnlyList<ComparisonPool> pools, IReadOnlyList<ComparisonPair> pairs)
    {
        Evaluations = evaluations;
        Pools = pools;
        Pairs = pairs;
    }

    /// <summary>The evaluations compared, in the order given.</summary>
    public IReadOnlyList<Evaluation> Evaluations { get; }

    /// <summary>The profiles' names, in the order given.</summary>
    public IReadOnlyList<string> Profiles => Evaluations.Select(e => e.Profile.Name).ToArray();

    /// <summary>Per pool of the first profile (profile order), the rank correlations.</summary>
    public IReadOnlyList<ComparisonPool> Pools { get; }

    /// <summary>Every pair of profiles (i &lt; j), in order.</summary>
    public IReadOnlyList<ComparisonPair> Pairs { get; }

    /// <summary>Evaluates <paramref name="table"/> with each evaluator and compares the results.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="evaluators">At least two evaluators (profiles).</param>
    /// <param name="context">Prior-year data for every evaluation; none when null.</param>
    /// <exception cref="ArgumentException">Fewer than two evaluators.</exception>
    public static MethodComparison Of(FirmTable table, IReadOnlyList<Evaluator> evaluators, EvaluationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(evaluators);
        return Of(evaluators.Select(e => e.Evaluate(table, context)).ToArray());
    }

    /// <summary>Compares evaluations of one table.</summary>
    /// <param name="evaluations">At least two evaluations of the same table (the same rows in the same order).</param>
    /// <exception cref="ArgumentException">Fewer than two evaluations, or evaluations of different tables.</exception>
    public static MethodComparison Of(IReadOnlyList<Evaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        if (evaluations.Count < 2)
        {
            throw new ArgumentException("A comparison needs at least two evaluations.", nameof(evaluations));
        }

        var table = evaluations[0].Table;
        if (evaluations.Any(e => e.Table.Count != table.Count || !e.Table.Ids.SequenceEqual(table.Ids, StringComparer.Ordinal)))
        {
            throw new ArgumentException("The evaluations are of different tables: a comparison matches firms by row.", nameof(evaluations));
        }

        var results = evaluations.Select(e => e.Results.ToArray()).ToArray();
        var pools = new List<ComparisonPool>();
        foreach (var pool in evaluations[0].Profile.Pools)
        {
            var rows = Enumerable.Range(0, table.Count)
                .Where(r => results[0][r].PoolId == pool.Id && results.All(e => e[r].Status == FirmStatus.Rated)).ToArray();
            var totals = results.Select(e => rows.Select(r => e[r].Total!.Value).ToArray()).ToArray();
            pools.Add(new ComparisonPool
            {
                PoolId = pool.Id,
                RatedUnderAll = rows.Length,
                Spearman = Matrix(totals, RankCorrelation.Spearman),
                Kendall = Matrix(totals, RankCorrelation.KendallTauB),
            });
        }

        var pairs = new List<ComparisonPair>();
        for (var i = 0; i < evaluations.Count; i++)
        {
            for (var j = i + 1; j < evaluations.Count; j++)
            {
                pairs.Add(Pair(evaluations, results, i, j));
            }
        }

        return new MethodComparison(evaluations, pools, pairs);
    }

    private static double[][] Matrix(double[][] totals, Func<ReadOnlySpan<double>, ReadOnlySpan<double>, double> correlation)
    {
        var k = totals.Length;
        var matrix = new double[k][];
        for (var i = 0; i < k; i++)
        {
            matrix[i] = new double[k];
        }

        for (var i = 0; i < k; i++)
        {
            matrix[i][i] = totals[i].Length < 2 ? double.NaN : 1;
            for (var j = i + 1; j < k; j++)
            {
                matrix[i][j] = matrix[j][i] = correlation(totals[i], totals[j]);
            }
        }

        return matrix;
    }

    private static ComparisonPair Pair(IReadOnlyList<Evaluation> evaluations, FirmResult[][] results, int i, int j)
    {
        var (first, second) = (evaluations[i].Profile.Tiers, evaluations[j].Profile.Tiers);
        var a = results[i].Select(r => Graded(r.Tier, first)).ToArray();
        var b = results[j].Select(r => Graded(r.Tier, second)).ToArray();
        var migration = new int[first.Count + 1][];
        for (var t = 0; t < migration.Length; t++)
        {
            migration[t] = new int[second.Count + 1];
        }

        for (var r = 0; r < a.Length; r++)
        {
            migration[a[r] is { } x ? TierSet.LevelOf(x) - 1 : first.Count][b[r] is { } y ? TierSet.LevelOf(y) - 1 : second.Count]++;
        }

        // A firm tiered under one profile only moves further than any two levels apart.
        var untiered = Math.Max(first.Count, second.Count);
        var moves = Enumerable.Range(0, a.Length)
            .Where(r => a[r] != b[r] || results[i][r].Percentile != results[j][r].Percentile)
            .Select(r => (Row: r, Tiers: a[r] is { } x && b[r] is { } y ? Math.Abs(TierSet.LevelOf(x) - TierSet.LevelOf(y)) : a[r] == b[r] ? 0 : untiered, Points: Math.Abs((results[i][r].Percentile ?? 0) - (results[j][r].Percentile ?? 0))))
            .OrderByDescending(m => m.Tiers).ThenByDescending(m => m.Points).ThenBy(m => results[i][m.Row].Id, StringComparer.Ordinal)
            .Take(MovesPerPair)
            .Select(m => new FirmMove(results[i][m.Row].Id, results[i][m.Row].Name, a[m.Row], b[m.Row], results[i][m.Row].Percentile, results[j][m.Row].Percentile))
            .ToArray();
        return new ComparisonPair
        {
            First = i,
            Second = j,
            TieredUnderBoth = a.Zip(b).Count(p => p.First is not null && p.Second is not null),
            SameTierShare = TierAgreement.SameTierShare(a, b),
            Kappa = TierAgreement.CohenKappa(a, b),
            Migration = migration,
            LargestMoves = moves,
        };
    }

    /// <summary>A level of the profile's tier set (A–D, E, F), or null (no tier, T, ungraded).</summary>
    private static Tier? Graded(Tier? tier, TierSet tiers) => tier is { } t && tiers.Contains(t) ? t : null;

    /// <summary>As an HTML fragment for a notebook cell (text escaped): the agreement of each pair of profiles and the Spearman matrix per pool; <see cref="MethodComparisonReport.ToHtml"/> is the full page.</summary>
    public string ToHtml() => Reporting.NotebookViews.Of(this).ToHtml();

    /// <summary>The same as <see cref="ToHtml"/> in Markdown.</summary>
    public string ToMarkdown() => Reporting.NotebookViews.Of(this).ToMarkdown();
}
