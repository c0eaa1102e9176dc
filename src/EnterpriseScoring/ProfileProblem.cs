namespace EnterpriseScoring;

/// <summary>One problem in a profile.</summary>
/// <param name="Path">Where, e.g. <c>pools[0].indicators[2].weight</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it, when known.</param>
public sealed record ProfileProblem(string Path, string Message, string? Hint = null)
{
    /// <inheritdoc />
    public override string ToString() => Hint is null ? $"{Path}: {Message}" : $"{Path}: {Message} (hint: {Hint})";
}
