using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

/// <summary>A firm condition read on its own, for other formats that embed the profile format's conditions (scorecard profiles).</summary>
internal sealed partial class ProfileCompiler
{
    /// <summary>
    /// Reads <paramref name="node"/> as a profile condition (<c>size_class</c>, <c>required_tags</c>,
    /// <c>measure_greater_or_equal</c> …) and compiles it; every problem goes to <paramref name="problems"/> with its path.
    /// </summary>
    /// <param name="node">The JSON object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The condition; null when it has problems.</returns>
    internal static FirmCondition? CompileCondition(JsonNode node, string path, List<ProfileProblem> problems)
    {
        ConditionDto? dto;
        try
        {
            dto = node.Deserialize(ProfileJson.Options.TypeInfo<ConditionDto>());
        }
        catch (JsonException e)
        {
            // The serializer's message names .NET types: say what is wrong in the profile's terms instead.
            const string Keys = "keys of a profile condition: size_class, required_tags, any_tags, industry_prefixes, measure_greater_or_equal, measure_less_than … (docs/profile-format.md)";
            var at = e.Path is { Length: > 1 } p ? path + p[1..] : path;
            var key = e.Path is { Length: > 2 } k && k.StartsWith("$.", StringComparison.Ordinal) && !k.AsSpan(2).ContainsAny('.', '[') ? k[2..] : null;
            var known = ProfileJson.Options.TypeInfo<ConditionDto>().Properties.Select(property => property.Name).ToArray();
            problems.Add(key is not null && !known.Contains(key, StringComparer.Ordinal)
                ? new ProfileProblem(at, "unknown key", Suggest.Hint(key, known, Keys))
                : new ProfileProblem(at, "is not a valid condition: a value has the wrong JSON kind (e.g. text where a number or a list is expected)", Keys));
            return null;
        }

        if (dto is null)
        {
            problems.Add(new ProfileProblem(path, "is null", "an object, e.g. {\"size_class\": \"above_designated_size\"}"));
            return null;
        }

        var count = problems.Count;
        var condition = new ProfileCompiler(null, problems).Condition(dto, path);
        return problems.Count == count ? condition : null;
    }
}
