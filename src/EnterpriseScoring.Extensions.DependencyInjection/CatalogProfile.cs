namespace EnterpriseScoring.Extensions.DependencyInjection;

/// <summary>A profile of <see cref="ConfiguredProfileCatalog"/> as it reads now, before it is compiled.</summary>
/// <param name="Name">The name it is found by.</param>
/// <param name="Source"><c>built-in</c>, or the path of its file.</param>
/// <param name="Json">Its JSON with <c>extends</c> resolved (the bases merged in) and the CSV files of its standard-value tables in it (<c>file_base64</c>).</param>
/// <param name="Sha256">The SHA-256 of <paramref name="Json"/> (UTF-8), lower-case hex: it changes when the file, one of its bases or one of their CSV files changes.</param>
public sealed record CatalogProfile(string Name, string Source, string Json, string Sha256);
