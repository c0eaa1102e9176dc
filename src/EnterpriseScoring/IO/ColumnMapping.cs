namespace EnterpriseScoring.IO;

/// <summary>How one input column was understood.</summary>
/// <param name="Index">The 0-based column index.</param>
/// <param name="Header">The header as written.</param>
/// <param name="Role">What the column became.</param>
/// <param name="Target">The field name, measure id or tag (empty for <see cref="ColumnRole.Ignored"/>).</param>
public sealed record ColumnMapping(int Index, string Header, ColumnRole Role, string Target);
