namespace EnterpriseScoring.Results;

/// <summary>The profile of an <see cref="EvaluationDocument"/>.</summary>
/// <param name="Name">The profile's name.</param>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="EvaluationYear">The evaluation year (0 when the profile has none).</param>
/// <param name="Sha256">SHA-256 (lower-case hex) of the profile's canonical JSON, as run.json records it (<see cref="Profiles.ProfileWriter.Sha256"/>); null when the profile holds custom components that cannot be written.</param>
public sealed record EvaluationDocumentProfile(string Name, string Jurisdiction, int EvaluationYear, string? Sha256);
