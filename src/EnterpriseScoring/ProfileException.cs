namespace EnterpriseScoring;

/// <summary>
/// A profile is invalid. The message lists every problem at once, each with its path in the profile
/// (e.g. <c>pools[0].indicators[2].weight</c>) and a hint.
/// </summary>
public sealed class ProfileException : Exception
{
    /// <summary>Creates the exception from a list of problems.</summary>
    /// <param name="problems">The problems (at least one).</param>
    public ProfileException(IReadOnlyList<ProfileProblem> problems)
        : base(Describe(problems))
    {
        Problems = ReadOnlyCopy.List(problems);
    }

    /// <summary>Creates an exception with one message (no structured problems).</summary>
    public ProfileException()
        : this([new ProfileProblem("$", "invalid profile")])
    {
    }

    /// <summary>Creates an exception with one message.</summary>
    /// <param name="message">The message.</param>
    public ProfileException(string message)
        : this([new ProfileProblem("$", message)])
    {
    }

    /// <summary>Creates an exception with one message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ProfileProblem("$", message)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ProfileProblem> Problems { get; } = [];

    private static string Describe(IReadOnlyList<ProfileProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The profile has {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}:" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
    }
}
