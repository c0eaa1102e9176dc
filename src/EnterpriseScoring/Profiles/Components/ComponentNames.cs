using System.Text.Json;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>How names are spelt in profiles (snake_case).</summary>
internal static class ComponentNames
{
    /// <summary>The snake_case form of a .NET name, e.g. <c>HonourDirections</c> → <c>honour_directions</c>.</summary>
    public static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
