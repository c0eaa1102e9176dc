namespace EnterpriseScoring.Profiles;

/// <summary>
/// A <see cref="ProfileResolver.Directory"/> resolver that also notes the files it read: the bases and data files of one
/// profile file, for <see cref="ProfileLoader.ResolveFile(string, out IReadOnlyList{string})"/>.
/// </summary>
/// <param name="inner">The directory resolver of the profile's folder.</param>
/// <param name="realRoot">That folder with symbolic links resolved: the directory resolver's identities are relative to it.</param>
internal sealed class RecordingResolver(IProfileResolver inner, string realRoot) : IProfileResolver, IProfileDataFileReader
{
    private readonly List<string> files = [];

    /// <summary>The base files and data files read, full paths, in the order they were read.</summary>
    public IReadOnlyList<string> Files => files;

    public ResolvedProfile Resolve(string reference, ResolvedProfile? from)
    {
        var resolved = inner.Resolve(reference, from);
        if (resolved.Location is not null)
        {
            files.Add(Path.GetFullPath(Path.Join(realRoot, resolved.Identity)));
        }

        return resolved;
    }

    public ProfileDataFile ReadDataFile(string reference, ResolvedProfile? from)
    {
        if (inner is not IProfileDataFileReader reader)
        {
            throw BuiltInProfileResolver.Refused($"'{reference}' is a file, and this profile is loaded without access to files", "give the rows inline");
        }

        var file = reader.ReadDataFile(reference, from);
        files.Add(Path.GetFullPath(Path.Join(realRoot, file.Identity)));
        return file;
    }
}
