using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Platforms;

/// <summary>A problem of one platform of a register: which platform, which field, what was there and why it is wrong.</summary>
/// <param name="Index">The platform's position in the list checked.</param>
/// <param name="Column">The field (canonical register column name: <c>parent</c>, <c>merged_into</c> …).</param>
/// <param name="Value">The offending value.</param>
/// <param name="Code">The kind of problem.</param>
/// <param name="Reason">Why it is a problem.</param>
internal sealed record PlatformRegisterProblem(int Index, string Column, string Value, RowIssueCode Code, string Reason);
