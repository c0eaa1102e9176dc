using System.CommandLine;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli.Commands;

/// <summary><c>escore explain</c>: one firm's full computation (indicators, benchmarks, scores, weights, rank, tier and why).</summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var profile = ProfileOption.Create();
        var input = new InputOptions();
        var ids = new Option<string[]>("--id")
        {
            Description = Descriptions.FirmId,
            HelpName = "ID",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var prior = new Option<string[]>("--prior")
        {
            Description = Descriptions.PriorBenchmarks,
            HelpName = "RESULTS",
            AllowMultipleArgumentsPerToken = true,
        };
        var acceptMissing = AcceptMissingOption.Create();
        var whatItTakes = new Option<bool>("--what-it-takes")
        {
            Description = Descriptions.WhatItTakesExplain,
        };
        var decisions = new OfficialDecisions();
        var priorYear = new PriorYearInput();
        var command = new Command("explain", Descriptions.Explain) { profile, ids, prior, acceptMissing, whatItTakes };
        input.AddTo(command);
        decisions.AddTo(command);
        priorYear.AddTo(command);
        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var evaluationProfile = ProfileOption.Load(parseResult.GetRequiredValue(profile));
            var source = input.Resolve(parseResult);
            var readerOptions = input.ReaderOptions(parseResult, evaluationProfile); // the firms' file and --prior-input's
            var read = source.Read(context.Log, readerOptions);
            var evaluator = MissingMeasureCheck.Check(context.Log, evaluationProfile, parseResult.GetValue(acceptMissing) ?? [], read);
            var priorResults = PriorInput.Read(parseResult.GetValue(prior) ?? [], evaluationProfile.EvaluationYear, evaluationProfile.Tiers).Context(evaluationProfile, context.Log, parseResult.GetValue(priorYear.File) is not null);
            var (table, _) = decisions.ApplyCorrections(parseResult, context.Log, read);
            var (evaluationContext, _) = priorYear.Apply(parseResult, context.Log, readerOptions, evaluationProfile, priorResults, table);
            var (evaluation, _) = decisions.ApplyAdjustments(parseResult, context.Log, evaluator.Evaluate(table, evaluationContext));
            if (read.Columns.Where(c => c.IsAliased).ToList() is { Count: > 0 } aliased)
            {
                context.Output.WriteLine(Messages.AliasedColumns);
                foreach (var column in aliased)
                {
                    context.Output.WriteLine("  " + column);
                }

                context.Output.WriteLine();
            }

            var missing = 0;
            foreach (var id in parseResult.GetRequiredValue(ids))
            {
                if (evaluation.Find(id) is { } result)
                {
                    context.Output.WriteLine(parseResult.GetValue(whatItTakes) ? evaluation.Explain(id, true) : result.Explain());
                    context.Output.WriteLine();
                }
                else if (read.Rejections.Where(r => r.Id == id).ToList() is { Count: > 0 } issues)
                {
                    context.Output.WriteLine(Messages.RejectedOnInput(id));
                    foreach (var issue in issues)
                    {
                        context.Output.WriteLine("  " + Messages.IssueLine(issue));
                    }

                    context.Output.WriteLine();
                }
                else
                {
                    context.Log.Error(Messages.NoSuchFirm(id), ExitCodes.InputOrUsageError);
                    missing++;
                }
            }

            return missing > 0 ? ExitCodes.InputOrUsageError : ExitCodes.Success;
        });
        return command;
    }
}
