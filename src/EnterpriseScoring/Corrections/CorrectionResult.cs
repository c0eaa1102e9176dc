using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Corrections;

/// <summary>
/// What <see cref="FirmCorrections.ApplyTo(FirmTable)"/> made: the corrected table, the audit trail of every correction
/// applied, and every correction that could not be applied with its line, column, value and reason.
/// </summary>
/// <remarks>
/// A correction is an official's decision: when <see cref="Problems"/> is not empty the decisions are not all in
/// <see cref="Table"/>, and the table must not be evaluated for publication (<c>escore score --corrections</c> then fails
/// with exit code 3). Immutable and thread-safe.
/// </remarks>
public sealed class CorrectionResult
{
    internal CorrectionResult(FirmTable table, IReadOnlyList<AppliedCorrection> applied, IReadOnlyList<RowIssue> problems)
    {
        Table = table;
        Applied = ReadOnlyCopy.List(applied);
        Problems = ReadOnlyCopy.List(problems);
    }

    /// <summary>The table with every applicable correction applied (<see cref="FirmTable.Corrections"/> lists them).</summary>
    public FirmTable Table { get; }

    /// <summary>The corrections applied, in file order: old value → new value, reason, approver, date.</summary>
    public IReadOnlyList<AppliedCorrection> Applied { get; }

    /// <summary>The corrections that could not be read or applied, in line order; empty when all were applied.</summary>
    public IReadOnlyList<RowIssue> Problems { get; }

    /// <summary>Whether every correction was applied.</summary>
    public bool IsComplete => Problems.Count == 0;
}
