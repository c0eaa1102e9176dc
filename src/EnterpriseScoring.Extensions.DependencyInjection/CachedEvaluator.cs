namespace EnterpriseScoring.Extensions.DependencyInjection;

/// <summary>An evaluator of <see cref="EvaluatorCache"/>, with the profile it was compiled from.</summary>
/// <param name="ProfileName">The profile's name in the catalog.</param>
/// <param name="ProfileSha256">The hash of the profile's text the evaluator was compiled from (<see cref="CatalogProfile.Sha256"/>): record it with results to say which version of the profile made them.</param>
/// <param name="Evaluator">The evaluator (thread-safe; share it).</param>
public sealed record CachedEvaluator(string ProfileName, string ProfileSha256, Evaluator Evaluator);
