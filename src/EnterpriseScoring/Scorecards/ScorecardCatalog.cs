using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace EnterpriseScoring.Scorecards;

/// <summary>The built-in scorecard profiles (embedded JSON, <c>Scorecards/BuiltIn</c>), by name.</summary>
public static class ScorecardCatalog
{
    private const string Prefix = "EnterpriseScoring.Scorecards.BuiltIn.";

    private static readonly Lazy<FrozenDictionary<string, string>> Texts = new(ReadAll);

    /// <summary>The names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => [.. Texts.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The JSON text of the built-in scorecard <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="json">The text, when found.</param>
    public static bool TryGetJson(string name, [NotNullWhen(true)] out string? json)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Texts.Value.TryGetValue(name, out json);
    }

    private static FrozenDictionary<string, string> ReadAll() => Internal.EmbeddedTexts.Json(typeof(ScorecardCatalog).Assembly, Prefix);
}
