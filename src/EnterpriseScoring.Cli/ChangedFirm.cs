using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Cli;

/// <summary>A firm whose status, score, rank or tier differs between two results files (<see cref="ChangeReasons.Firms"/>).</summary>
/// <param name="Id">The firm's id.</param>
/// <param name="Before">Its row in the earlier file; null when it is only in the later.</param>
/// <param name="After">Its row in the later file; null when it is only in the earlier.</param>
/// <param name="Changes">What changed, in the CLI's language (e.g. <c>score 80 → 78.5, tier B → C</c>).</param>
/// <param name="Reason">Why, in the CLI's language, from what each run's run.json records.</param>
internal sealed record ChangedFirm(string Id, PriorResult? Before, PriorResult? After, string Changes, string Reason)
{
    /// <summary>The firm's name: the later file's, else the earlier's.</summary>
    public string Name => After?.Name is { Length: > 0 } name ? name : Before?.Name ?? string.Empty;

    /// <summary>The firm's pool: the later file's, else the earlier's.</summary>
    public string Pool => After?.Pool is { Length: > 0 } pool ? pool : Before?.Pool ?? string.Empty;
}
