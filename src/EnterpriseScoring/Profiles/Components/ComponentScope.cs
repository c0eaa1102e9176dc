namespace EnterpriseScoring.Profiles.Components;

/// <summary>What component readers of one profile share: the registry, the problem list, measure resolution and the data files read.</summary>
internal sealed class ComponentScope(ComponentRegistry registry, List<ProfileProblem> problems, Func<string, string, bool, Measure?> resolveMeasure)
{
    public ComponentRegistry Registry { get; } = registry;

    public List<ProfileProblem> Problems { get; } = problems;

    /// <summary>
    /// The data files the profile's texts name (<c>standard_table.file</c>), as the loader read them (their bytes are in the
    /// text, <c>file_base64</c>) or refused them; null when the profile is compiled without a loader.
    /// </summary>
    public ProfileDataFiles? DataFiles { get; init; }

    /// <summary>Resolves a measure id (built-in or declared custom), reporting an unknown one at the path; land allowed or not.</summary>
    public Measure? ResolveMeasure(string id, string path, bool allowLand) => resolveMeasure(id, path, allowLand);

    public bool Problem(string path, string message, string? hint = null)
    {
        Problems.Add(new ProfileProblem(path, message, hint));
        return false;
    }
}
