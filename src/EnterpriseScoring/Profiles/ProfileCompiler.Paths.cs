using System.Globalization;
using System.Text.Json.Nodes;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

/// <summary>Whether an assumption's JSON path points at something in the profile (or at a known key left at its default).</summary>
internal sealed partial class ProfileCompiler
{
    /// <summary>Every key of the format's objects: the DTOs' (walked from the root through the serializer's metadata) and the built-in components'.</summary>
    private static readonly Lazy<HashSet<string>> KnownKeys = new(() =>
    {
        var keys = ProfileJson.DtoTypes.SelectMany(t => ProfileJson.Options.GetTypeInfo(t).Properties.Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, catalog) in ComponentCatalogs.All)
        {
            keys.UnionWith(catalog.AllKeys(null));
        }

        return keys;
    });

    private bool PathExists(JsonNode root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return false;
        }

        JsonNode? node = root;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not '.' and not '[')
                {
                    end++;
                }

                var key = path[(i + 1)..end];
                if (node is not JsonObject obj)
                {
                    return false;
                }

                if (!obj.TryGetPropertyValue(key, out node))
                {
                    // A known key left out (its default applies) is a valid target: canonical output omits defaults.
                    return end == path.Length && (KnownKeys.Value.Contains(key) || ComponentCatalogs.All.Any(c => c.Catalog.AllKeys(registry).Contains(key)));
                }

                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    return false;
                }

                var inside = path[(i + 1)..end];
                if (inside.StartsWith('\'') && inside.EndsWith('\'') && inside.Length >= 2)
                {
                    if (node is not JsonObject obj || !obj.TryGetPropertyValue(inside[1..^1], out node))
                    {
                        return false;
                    }
                }
                else if (!int.TryParse(inside, NumberStyles.None, F, out var index) || node is not JsonArray array || index >= array.Count)
                {
                    return false;
                }
                else
                {
                    node = array[index];
                }

                i = end + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
