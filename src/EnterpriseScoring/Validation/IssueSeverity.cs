namespace EnterpriseScoring.Validation;

/// <summary>How serious a <see cref="RowIssue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>The row is rejected: it is not loaded into the table.</summary>
    Error = 0,

    /// <summary>The row is loaded; the issue is reported for review (for example a legacy id under lenient id checking).</summary>
    Warning = 1,
}
