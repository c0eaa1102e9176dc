namespace EnterpriseScoring.Parquet;

/// <summary>Options of <see cref="ResultsParquetWriter"/>.</summary>
public sealed record ResultsParquetWriterOptions
{
    /// <summary>The defaults: Snappy, row groups of 1,048,576 rows.</summary>
    public static ResultsParquetWriterOptions Default { get; } = new();

    /// <summary>How the columns are compressed. <value>The default value is <see cref="ParquetCompression.Snappy"/>.</value></summary>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>
    /// The most rows in one row group (readers such as DuckDB read row groups in parallel; memory while writing is one row
    /// group's columns). <value>The default value is 1,048,576.</value>
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int RowGroupSize
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A row group holds at least one row.");
    } = 1 << 20;
}
