using System.CommandLine;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Cli;

/// <summary>
/// <c>--prior-input FILE</c> of <c>score</c> and <c>explain</c>: the prior year's input, read with the same reader options
/// and profile as <c>--input</c>, from which each firm's prior-year figures for the profile's growth indicators are computed
/// (<see cref="PriorYearContext.FromInput"/>). Also the warnings every run with growth indicators gets: no prior-year data at
/// all, and prior figures of firms absent this year (ignored).
/// </summary>
internal sealed class PriorYearInput
{
    /// <summary>The <c>--prior-input FILE</c> option.</summary>
    public Option<string?> File { get; } = new("--prior-input")
    {
        Description = Descriptions.PriorInputFile,
        HelpName = "FILE",
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(File);

    /// <summary>The file given, for the check that none lies inside <c>--out</c>.</summary>
    public IEnumerable<(string What, string Path)> Files(ParseResult parseResult)
    {
        if (parseResult.GetValue(File) is { } path)
        {
            yield return ("--prior-input", path);
        }
    }

    /// <summary>
    /// Adds the prior-year figures of <c>--prior-input</c> to <paramref name="context"/> (replacing those of <c>--prior</c>
    /// results for the same indicators) and warns about growth indicators without prior data and about prior figures of
    /// firms that are not in <paramref name="table"/>.
    /// </summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="log">Where the notes and warnings go.</param>
    /// <param name="options">The reader options of <c>--input</c>.</param>
    /// <param name="profile">The profile of the run.</param>
    /// <param name="context">The context from <c>--prior</c> results.</param>
    /// <param name="table">This year's firms.</param>
    /// <param name="cancellation">Stops the read.</param>
    /// <returns>The context and what run.json records of the file (null when none was given).</returns>
    /// <exception cref="CommandException">The file does not exist or cannot be read (exit code 3).</exception>
    public (EvaluationContext Context, RunPriorInput? Record) Apply(ParseResult parseResult, CliLog log, FirmCsvReaderOptions options, EvaluationProfile profile, EvaluationContext context, FirmTable table, CancellationToken cancellation = default)
    {
        var growth = profile.Pools.SelectMany(p => p.Indicators).Select(i => i.Indicator).OfType<Indicators.GrowthIndicator>().ToList();
        RunPriorInput? record = null;
        if (parseResult.GetValue(File) is { } path)
        {
            var year = profile.EvaluationYear > 0 ? profile.EvaluationYear - 1 : 0;
            var read = FirmSource.File(path, FirmInput.FormatOf(path), null).Read(log, options, cancellation);
            if (read.RejectedRowCount > 0)
            {
                log.Warn(Messages.PriorInputRejected(path, read.RejectedRowCount, read.RowsRead), ("rejected", read.RejectedRowCount));
            }

            context = PriorYearContext.FromInput(profile, read.Table, year, context);
            var figures = string.Join(", ", PriorYearContext.GrowthBases(profile).Select(b => $"{b.Id} {context.GetPriorFigures(b.Id)?.ByFirmId.Count ?? 0}"));
            log.Info(Messages.PriorInputRead(path, read.Table.Count, year, figures.Length == 0 ? "—" : figures));
            record = new RunPriorInput(path, read.Sha256.Length > 0 ? read.Sha256 : null, year, read.RowsRead, read.Table.Count, read.RejectedRowCount);
        }

        var without = growth.Where(g => context.GetPriorFigures(g.Base.Id) is null).Select(g => g.Id).Distinct().ToList();
        if (without.Count > 0 && record is null)
        {
            log.Warn(Messages.GrowthWithoutPrior(string.Join(", ", without)), ("indicators", string.Join(",", without)));
        }

        var absent = PriorYearContext.AbsentPriorFirms(context, profile, table);
        if (absent.Count > 0)
        {
            log.Warn(Messages.PriorFirmsAbsent(absent.Count, string.Join(", ", absent.Take(3))), ("absent", absent.Count));
        }

        return (context, record);
    }
}
