namespace EnterpriseScoring.Corrections;

/// <summary>One row of a corrections file (更正): a new value for one measure of one firm, with the decision behind it.</summary>
/// <param name="Line">The row's line in the file (header = line 1).</param>
/// <param name="Id">The firm's 统一社会信用代码.</param>
/// <param name="Column">The column to correct as written: a measure id, or any header the firm reader reads as that measure (Chinese included), optionally with a unit in brackets (<c>营业收入(亿元)</c>).</param>
/// <param name="ValueText">The new value as written: a number, or a missing-value mark (<c>—</c>, <c>无</c>, <c>N/A</c>) to mark the value missing.</param>
/// <param name="Value">The new value as a number in the unit of the column (see <see cref="FirmCorrections"/>); null for a missing-value mark.</param>
/// <param name="Reason">Why the value is corrected.</param>
/// <param name="ApprovedBy">Who approved the correction.</param>
/// <param name="Date">The date of the decision.</param>
public sealed record FirmCorrection(int Line, string Id, string Column, string ValueText, double? Value, string Reason, string ApprovedBy, DateOnly Date);
