namespace EnterpriseScoring.Policies;

/// <summary>A free-form policy line for firms in one tier, e.g. A: 优先保障用地、用能 / priority for land and energy.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Tier">The tier.</param>
/// <param name="Chinese">The line in Chinese.</param>
/// <param name="English">The line in English.</param>
public sealed record PolicyNote(string Id, Tier Tier, string Chinese, string English);
