namespace EnterpriseScoring.IO;

/// <summary>The limit a skipped record is over.</summary>
internal enum SplitLimit
{
    /// <summary><see cref="CsvLimits.MaxFieldLength"/>.</summary>
    FieldLength,

    /// <summary><see cref="CsvLimits.MaxRecordLength"/>.</summary>
    RecordLength,

    /// <summary><see cref="CsvLimits.MaxColumns"/>.</summary>
    Columns,

    /// <summary><see cref="CsvLimits.MaxRecordLines"/> (only inside a quoted field).</summary>
    Lines,
}
