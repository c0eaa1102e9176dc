namespace EnterpriseScoring.Profiles;

/// <summary>
/// A resolver that may also read the data files a profile names (<c>standard_table.file</c>), confined as its base
/// profiles are. A profile loaded through a resolver without it (<see cref="ProfileResolver.BuiltIn"/>, a user's own
/// <see cref="IProfileResolver"/>) refuses every data file.
/// </summary>
internal interface IProfileDataFileReader
{
    /// <summary>Reads one data file.</summary>
    /// <param name="reference">The path as written, relative to the folder of the profile naming it.</param>
    /// <param name="from">The profile that names it: null for the text handed to the loader, otherwise a profile this resolver returned.</param>
    /// <returns>The file's identity and bytes.</returns>
    /// <exception cref="ProfileException">The file may not be read, or cannot be; the problem says why, never quoting the file.</exception>
    ProfileDataFile ReadDataFile(string reference, ResolvedProfile? from);
}
