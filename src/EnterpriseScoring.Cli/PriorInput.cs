using System.Globalization;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Cli;

/// <summary>
/// The <c>--prior RESULTS…</c> files of <c>score</c> and <c>explain</c>: read, checked for mistakes a user can make
/// (exit code 3 naming the file rather than an unexpected error), and turned into the prior-year context.
/// </summary>
internal sealed class PriorInput
{
    private readonly List<(string File, IReadOnlyList<PriorResult> Results, string Sha256)> files;

    private PriorInput(List<(string File, IReadOnlyList<PriorResult> Results, string Sha256)> files, int evaluationYear)
    {
        this.files = files;
        EvaluationYear = evaluationYear;
        Earlier = [.. files.SelectMany(f => f.Results).Where(r => r.Year < evaluationYear || r.Year == 0)];
        LatestYear = Earlier.Count == 0 ? null : Earlier.Max(r => r.Year);
        Latest = LatestYear is { } latest ? [.. Earlier.Where(r => r.Year == latest)] : [];
    }

    /// <summary>The year being evaluated.</summary>
    public int EvaluationYear { get; }

    /// <summary>The results of the years before <see cref="EvaluationYear"/> (and those without a year), in file order.</summary>
    public IReadOnlyList<PriorResult> Earlier { get; }

    /// <summary>The latest year of <see cref="Earlier"/>, or null when there is none.</summary>
    public int? LatestYear { get; }

    /// <summary>The results of <see cref="LatestYear"/>: the "from" side of the migration table.</summary>
    public IReadOnlyList<PriorResult> Latest { get; }

    /// <summary>What run.json records per file: path, SHA-256 (of the bytes read), firms, years.</summary>
    public IReadOnlyList<RunPriorFile> Records() => [.. files.Select(f => new RunPriorFile(f.File, f.Sha256, f.Results.Count, f.Results.Select(r => r.Year).Distinct().Order().ToArray()))];

    /// <summary>Reads the files and checks that they agree on every firm's tier per year.</summary>
    /// <param name="paths">The <c>--prior</c> files.</param>
    /// <param name="evaluationYear">The year being evaluated: every dated result must be of an earlier year.</param>
    /// <param name="tiers">The profile's tier set: the codes the files' tier columns hold.</param>
    /// <exception cref="CommandException">A file is missing or unreadable, holds results of the evaluation year or later, or two results of one year give a firm two tiers (exit code 3).</exception>
    public static PriorInput Read(IEnumerable<string> paths, int evaluationYear, TierSet tiers)
    {
        var files = new List<(string File, IReadOnlyList<PriorResult> Results, string Sha256)>();
        foreach (var file in paths)
        {
            if (!File.Exists(file))
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.PriorNotFound(file));
            }

            IReadOnlyList<PriorResult> results;
            string sha256;
            try
            {
                // Hashed while read (what run.json records is what was used); a file that changed meanwhile fails (IOException, exit 3).
                using var stream = InputFileStream.Open(file);
                results = ResultsCsvReader.Read(stream, tiers);
                sha256 = stream.Complete();
            }
            catch (UnknownTierCodeException ex)
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.PriorTierNotInSet(file, ex.Line, ex.Code, tiers.ToString()), ex);
            }
            catch (FormatException ex)
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotReadPrior(file, ex.Message), ex);
            }

            CheckEarlier(file, results, evaluationYear);
            files.Add((file, results, sha256));
        }

        var prior = new PriorInput(files, evaluationYear);
        prior.CheckTiersAgree(tiers);
        return prior;
    }

    /// <summary>
    /// Refuses a file with results of the evaluation year or a later one: they cannot be "prior", and ignoring them (as
    /// escore 0.1 did) hides a mistaken file — most often last night's results of the same year passed back in. Results
    /// without a year (an empty <c>year</c> cell) count as earlier, as before.
    /// </summary>
    /// <exception cref="CommandException">Exit code 3, naming the file, the years it holds and the evaluation year.</exception>
    private static void CheckEarlier(string file, IReadOnlyList<PriorResult> results, int evaluationYear)
    {
        var notEarlier = results.Where(r => r.Year != 0 && (r.Year >= evaluationYear || evaluationYear == 0)).ToList();
        if (notEarlier.Count == 0)
        {
            return;
        }

        var years = string.Join(", ", notEarlier.Select(r => r.Year).Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var message = evaluationYear == 0
            ? Messages.PriorWithoutYear(file, years)
            : Messages.PriorNotEarlier(file, years, notEarlier.Count, evaluationYear);
        throw new CommandException(ExitCodes.InputOrUsageError, message);
    }

    /// <summary>
    /// The prior-year context for <paramref name="profile"/>: the latest earlier year's values per pool and indicator.
    /// A prior-year ratio-of-sums benchmark needs the numerators and denominators too; when the results lack them (a
    /// results file without the <c>.numerator</c>/<c>.denominator</c> columns, or with empty cells), that benchmark falls
    /// back to the current year, and a warning says so.
    /// </summary>
    /// <param name="profile">The profile being evaluated.</param>
    /// <param name="log">Where the warning goes.</param>
    /// <param name="figuresFromInput">True when <c>--prior-input</c> gives the growth indicators' prior figures: the results' are not used.</param>
    public EvaluationContext Context(EvaluationProfile profile, CliLog log, bool figuresFromInput = false)
    {
        if (Earlier.Count == 0)
        {
            return EvaluationContext.Empty;
        }

        var all = PriorYearContext.FromResults(Latest, LatestYear);
        var context = EvaluationContext.Empty;
        var lacking = new SortedSet<string>(StringComparer.Ordinal);
        var pools = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pool in profile.Pools)
        {
            foreach (var indicator in pool.Indicators)
            {
                if (all.GetPrior(pool.Id, indicator.Indicator.Id) is not { } values)
                {
                    continue;
                }

                if (NeedsNumerators(indicator.Benchmark) && values.Values.Length > 0 && values.Numerators.IsEmpty)
                {
                    lacking.Add(indicator.Indicator.Id);
                    pools.Add(pool.Id);
                    continue;
                }

                context = context.WithPrior(pool.Id, indicator.Indicator.Id, values);
            }
        }

        var lackingBases = new List<string>();
        foreach (var indicator in figuresFromInput ? [] : PriorYearContext.GrowthBases(profile))
        {
            // Growth indicators: each firm's own figure of the latest earlier year.
            if (all.GetPriorFigures(indicator.Id) is { } figures)
            {
                context = context.WithPriorFigures(indicator.Id, figures);
            }
            else
            {
                lackingBases.Add(indicator.Id);
            }
        }

        if (lackingBases.Count > 0)
        {
            var growth = profile.Pools.SelectMany(p => p.Indicators).Select(i => i.Indicator).OfType<Indicators.GrowthIndicator>()
                .Where(g => lackingBases.Contains(g.Base.Id)).Select(g => g.Id).Distinct();
            var sources = string.Join(", ", files.Where(f => f.Results.Any(r => r.Year == LatestYear)).Select(f => $"'{f.File}'"));
            log.Warn(Messages.PriorLacksGrowthBase(sources, LatestYear, string.Join(", ", lackingBases), string.Join(", ", growth)), ("year", LatestYear), ("indicators", string.Join(",", lackingBases)));
        }

        if (lacking.Count > 0)
        {
            var columns = string.Join(", ", lacking.Select(i => $"{i}.numerator/{i}.denominator"));
            var sources = string.Join(", ", files.Where(f => f.Results.Any(r => r.Year == LatestYear)).Select(f => $"'{f.File}'"));
            log.Warn(
                Messages.PriorLacksColumns(sources, LatestYear, columns, string.Join(", ", pools)),
                ("year", LatestYear),
                ("indicators", string.Join(",", lacking)));
        }

        return context;
    }

    /// <summary>Whether a benchmark needs the prior year's numerators and denominators (a prior-year ratio of sums).</summary>
    internal static bool NeedsNumerators(IBenchmark? benchmark) => benchmark?.ReadsPriorNumerators == true;

    /// <summary>
    /// The rule of <c>PriorResults.ById</c>, checked up front so a conflict names the files: within one year a result with
    /// a tier wins over results without one, and two different tiers for one firm are a mistake.
    /// </summary>
    /// <param name="tiers">The profile's tier set: the codes the message shows.</param>
    private void CheckTiersAgree(TierSet tiers)
    {
        var seen = new Dictionary<(int Year, string Id), (Tier Tier, string File)>();
        foreach (var (file, results, _) in files)
        {
            foreach (var r in results)
            {
                if ((r.Year >= EvaluationYear && r.Year != 0) || r.Tier is not { } tier)
                {
                    continue;
                }

                if (!seen.TryGetValue((r.Year, r.Id), out var first))
                {
                    seen[(r.Year, r.Id)] = (tier, file);
                }
                else if (first.Tier != tier)
                {
                    throw new CommandException(ExitCodes.InputOrUsageError, Messages.PriorTiersDisagree(first.File, file, r.Id, r.Year, tiers.CodeOf(first.Tier), tiers.CodeOf(tier)));
                }
            }
        }
    }
}
