namespace EnterpriseScoring.Parquet;

/// <summary>How the column chunks of results.parquet are compressed (<see cref="ResultsParquetWriterOptions.Compression"/>).</summary>
public enum ParquetCompression
{
    /// <summary>Snappy: fast, read by every Parquet reader (the default).</summary>
    Snappy = 0,

    /// <summary>Zstandard: smaller files, slower to write.</summary>
    Zstd = 1,

    /// <summary>Gzip: for readers that know nothing newer.</summary>
    Gzip = 2,

    /// <summary>No compression.</summary>
    None = 3,
}
