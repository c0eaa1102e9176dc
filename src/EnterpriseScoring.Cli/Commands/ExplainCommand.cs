using System.CommandLine;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;

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
            Description = "The firm's id (统一社会信用代码); repeat for several firms.",
            HelpName = "ID",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var prior = new Option<string[]>("--prior")
        {
            Description = "Earlier results.csv files, for prior-year benchmarks (as in score).",
            HelpName = "RESULTS",
            AllowMultipleArgumentsPerToken = true,
        };
        var acceptMissing = AcceptMissingOption.Create();
        var whatItTakes = new Option<bool>("--what-it-takes")
        {
            Description = "Add what it takes to move up a tier (提升路径): the cut-off, per indicator the change of one measure that alone would do it, the uniform improvement (docs/analysis.md).",
        };
        var command = new Command("explain", "Explain how one firm's score, rank and tier were computed.") { profile, ids, prior, acceptMissing, whatItTakes };
        input.AddTo(command);
        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var evaluationProfile = ProfileOption.Load(parseResult.GetRequiredValue(profile));
            var source = input.Resolve(parseResult);
            var read = source.Read(context.Log, input.ReaderOptions(parseResult, evaluationProfile));
            var evaluator = MissingMeasureCheck.Check(context.Log, evaluationProfile, parseResult.GetValue(acceptMissing) ?? [], read);
            var evaluationContext = PriorInput.Read(parseResult.GetValue(prior) ?? [], evaluationProfile.EvaluationYear).Context(evaluationProfile, context.Log);
            var evaluation = evaluator.Evaluate(read.Table, evaluationContext);
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
                    context.Output.WriteLine($"{id}: rejected on input:");
                    foreach (var issue in issues)
                    {
                        context.Output.WriteLine("  " + issue);
                    }

                    context.Output.WriteLine();
                }
                else
                {
                    context.Log.Error($"no firm with id '{id}' in the input", ExitCodes.InputOrUsageError);
                    missing++;
                }
            }

            return missing > 0 ? ExitCodes.InputOrUsageError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads a results file for --prior (exit code 3 when it cannot be read).</summary>
    internal static IReadOnlyList<PriorResult> ReadPrior(string file)
    {
        if (!File.Exists(file))
        {
            throw new CommandException(ExitCodes.InputOrUsageError, $"results file '{file}' not found");
        }

        try
        {
            return ResultsCsvReader.Read(file);
        }
        catch (FormatException ex)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, $"cannot read results '{file}': {ex.Message}", ex);
        }
    }
}
