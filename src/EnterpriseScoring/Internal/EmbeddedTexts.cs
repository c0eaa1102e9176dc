using System.Collections.Frozen;
using System.Reflection;

namespace EnterpriseScoring.Internal;

/// <summary>Reads the embedded <c>.json</c> resources under a prefix (built-in profiles and scorecards), keyed by name.</summary>
internal static class EmbeddedTexts
{
    /// <summary>Every resource <c>{prefix}{name}.json</c> of <paramref name="assembly"/>, as name → text.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="prefix">The resource name prefix, e.g. <c>EnterpriseScoring.Profiles.BuiltIn.</c>.</param>
    public static FrozenDictionary<string, string> Json(Assembly assembly, string prefix)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            texts[resource[prefix.Length..^".json".Length]] = reader.ReadToEnd();
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
