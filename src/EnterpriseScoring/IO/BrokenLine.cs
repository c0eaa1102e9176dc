using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>A line (or record) that could not be read as a row: it is rejected as a whole.</summary>
/// <param name="Id">The id as far as it can be told from the line, or empty.</param>
/// <param name="Column">The header of the field where the problem starts, or empty.</param>
/// <param name="Value">The offending text (shortened).</param>
/// <param name="Reason">Why the line is rejected.</param>
/// <param name="Code">The kind of problem (<see cref="RowIssueCode.UnbalancedQuote"/>, <see cref="RowIssueCode.FieldTooLong"/> …).</param>
internal sealed record BrokenLine(string Id, string Column, string Value, string Reason, RowIssueCode Code);
