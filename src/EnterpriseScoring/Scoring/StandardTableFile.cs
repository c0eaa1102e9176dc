namespace EnterpriseScoring.Scoring;

/// <summary>
/// The CSV file a <see cref="StandardValueTable"/>'s rows were read from (<c>standard_table.file</c>): what run.json records
/// beside the profile's digest, so that a changed table can be told from the file alone.
/// </summary>
/// <param name="Path">The path as the profile names it, relative to the folder of the profile file that names it.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes (lower-case hex).</param>
/// <param name="Bytes">The file's length in bytes.</param>
public sealed record StandardTableFile(string Path, string Sha256, long Bytes);
