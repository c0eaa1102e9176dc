namespace EnterpriseScoring.Corrections;

/// <summary>
/// One correction as applied to a firm's value (the audit trail of <see cref="FirmCorrections.ApplyTo(FirmTable)"/>):
/// which firm, which measure, the value before and after (in the measure's unit), and the official decision behind it.
/// </summary>
/// <param name="Line">The correction's line in the corrections file (header = line 1).</param>
/// <param name="Id">The firm's 统一社会信用代码.</param>
/// <param name="Column">The column as the correction named it (a measure id or an input header).</param>
/// <param name="MeasureId">The measure corrected.</param>
/// <param name="Unit">The measure's unit, in which <paramref name="OldValue"/> and <paramref name="NewValue"/> are given.</param>
/// <param name="OldValue">The value before the correction; null when it was missing.</param>
/// <param name="NewValue">The value after the correction; null when the correction marks it missing.</param>
/// <param name="ValueText">The new value as written in the corrections file (in its unit).</param>
/// <param name="Reason">Why the value was corrected.</param>
/// <param name="ApprovedBy">Who approved the correction.</param>
/// <param name="Date">The date of the decision.</param>
public sealed record AppliedCorrection(int Line, string Id, string Column, string MeasureId, string Unit, double? OldValue, double? NewValue, string ValueText, string Reason, string ApprovedBy, DateOnly Date)
{
    /// <summary>The correction in one line: <c>id measure: old → new unit (reason; approved by …, date)</c>.</summary>
    public override string ToString() =>
        $"{Id} {MeasureId}: {Format(OldValue)} → {Format(NewValue)}{(Unit.Length > 0 ? " " + Unit : string.Empty)} ({Reason}; approved by {ApprovedBy}, {Date:yyyy-MM-dd}, line {Line.ToString(System.Globalization.CultureInfo.InvariantCulture)})";

    /// <summary>A value in shortest round-trip form, <c>missing</c> for null.</summary>
    internal static string Format(double? value) => value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "missing";
}
