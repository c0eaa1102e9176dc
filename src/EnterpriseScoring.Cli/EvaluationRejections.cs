using System.Globalization;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Cli;

/// <summary>
/// The firms the evaluation rejected (<see cref="FirmStatus.Rejected"/>: land missing or ≤ 0 for a per-mu indicator, a
/// negative value under the reject policy) as rejected rows, so they count like rows rejected on input: in rejects.csv,
/// in the exit code and against <c>--max-rejects</c>. Excluded firms (a missing value under the exclude policy) are not
/// data errors and are not listed.
/// </summary>
internal static class EvaluationRejections
{
    /// <summary>One issue per rejected firm, in table order: line = the firm's source line; column = the land column or the indicator; value; reason.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="columns">How the input's columns were mapped (to name the land column as the input wrote it).</param>
    public static IReadOnlyList<RowIssue> Of(Evaluation evaluation, IReadOnlyList<ColumnMapping> columns)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(columns);
        if (evaluation.StatusCounts[FirmStatus.Rejected] == 0)
        {
            return []; // the common case: no result per firm to look at
        }

        var landColumn = columns.FirstOrDefault(c => c.Role == ColumnRole.Measure && c.Target == KnownMeasures.LandArea.Id)?.Header ?? KnownMeasures.LandArea.Id;
        var pools = evaluation.Profile.Pools.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var lines = evaluation.Table.SourceLines;
        var issues = new List<RowIssue>();
        foreach (var result in evaluation.Results)
        {
            if (result.Status != FirmStatus.Rejected)
            {
                continue;
            }

            var (column, value, code) = (string.Empty, string.Empty, RowIssueCode.NegativeValue);
            var indicators = result.Indicators;
            var profiles = result.PoolId is { } poolId && pools.TryGetValue(poolId, out var pool) ? pool.Indicators : [];
            for (var j = 0; j < indicators.Count; j++)
            {
                // The engine's order (PoolEvaluator.ApplyDataPolicies): the first indicator that rejects the firm.
                var indicator = indicators[j];
                if (indicator.Outcome == IndicatorOutcome.InvalidLand)
                {
                    (column, value) = (landColumn, Number(result.LandArea));
                    break;
                }

                if (indicator.Outcome == IndicatorOutcome.Computed && indicator.Value < 0 && j < profiles.Count && profiles[j].Negative == NegativeValuePolicy.Reject)
                {
                    (column, value) = (indicator.IndicatorId, Number(indicator.Value));
                    break;
                }
            }

            // The code is not written to rejects.csv; NegativeValue is the closest existing kind for both causes.
            issues.Add(new RowIssue(result.Row < lines.Length ? lines[result.Row] : 0, result.Id, column, value, code, result.Reason ?? "rejected by the evaluation", IssueSeverity.Error));
        }

        return issues;
    }

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
