namespace EnterpriseScoring.Internal;

/// <summary>
/// Marks a collection that no one can change — it owns its items and exposes no mutator — so that
/// <see cref="ReadOnlyCopy"/> shares it instead of copying it.
/// </summary>
internal interface IOwnedCollection;
