namespace EnterpriseScoring.Profiles;

/// <summary>A data file a profile names, as read by an <see cref="IProfileDataFileReader"/>.</summary>
/// <param name="Identity">The file relative to the resolver's root folder, symbolic links resolved (<c>tables/c26.csv</c>).</param>
/// <param name="Bytes">Its bytes.</param>
internal sealed record ProfileDataFile(string Identity, byte[] Bytes);
