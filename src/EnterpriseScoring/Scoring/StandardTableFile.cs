namespace EnterpriseScoring.Scoring;

/// <summary>
/// The CSV file a <see cref="StandardValueTable"/>'s rows were read from (<c>standard_table.file</c>): what run.json records
/// beside the profile's digest, so that a changed table can be told from the file alone.
/// </summary>
/// <param name="Path">
/// The file relative to the folder of the profile file the load started from (the one given to
/// <see cref="Profiles.ProfileLoader.Load"/> or <see cref="Profiles.ProfileLoader.ResolveFile(string)"/>), symbolic links
/// resolved, <c>/</c>-separated: a base profile in <c>bases/</c> that names <c>c26.csv</c> (from its own folder) gives
/// <c>bases/c26.csv</c>. Two tables read from the same file have the same path. For a resolved text given to
/// <see cref="Profiles.ProfileLoader.Parse(string, Profiles.IProfileResolver?, Profiles.ComponentRegistry?)"/>, the
/// <c>file</c> the text names beside its bytes (a plain relative <c>*.csv</c> path, checked; the digest is of those bytes).
/// </param>
/// <param name="Sha256">The SHA-256 of the file's bytes (lower-case hex).</param>
/// <param name="Bytes">The file's length in bytes.</param>
public sealed record StandardTableFile(string Path, string Sha256, long Bytes);
