using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// What <see cref="PlatformRegisterReader"/> read: the register of accepted rows, every rejected row with its line,
/// column, value and reason, and warnings. <see cref="RowsRead"/> = platforms in the register + <see cref="RejectedRowCount"/>, always.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlatformRegisterReadResult
{
    internal PlatformRegisterReadResult(PlatformRegister register, IReadOnlyList<RowIssue> rejections, IReadOnlyList<RowIssue> warnings, int rowsRead, int blankRowsSkipped, IReadOnlyList<string> ignoredColumns, string sha256)
    {
        Register = register;
        Rejections = ReadOnlyCopy.List(rejections);
        RejectedRowCount = rejections.Select(r => r.Line).Distinct().Count();
        Warnings = ReadOnlyCopy.List(warnings);
        RowsRead = rowsRead;
        BlankRowsSkipped = blankRowsSkipped;
        IgnoredColumns = ReadOnlyCopy.List(ignoredColumns);
        Sha256 = sha256;
    }

    /// <summary>The accepted platforms.</summary>
    public PlatformRegister Register { get; }

    /// <summary>The errors of rejected rows, in line order; a rejected row may have several.</summary>
    public IReadOnlyList<RowIssue> Rejections { get; }

    /// <summary>The number of rejected rows (distinct lines in <see cref="Rejections"/>).</summary>
    public int RejectedRowCount { get; }

    /// <summary>Warnings: ignored columns, text that could not be decoded.</summary>
    public IReadOnlyList<RowIssue> Warnings { get; }

    /// <summary>The number of data rows read (blank rows are not rows).</summary>
    public int RowsRead { get; }

    /// <summary>The number of blank rows skipped.</summary>
    public int BlankRowsSkipped { get; }

    /// <summary>The headers of the columns that were ignored, in file order.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>The SHA-256 of the bytes read, lower-case hex; empty when read from a stream that was not hashed.</summary>
    public string Sha256 { get; }
}
