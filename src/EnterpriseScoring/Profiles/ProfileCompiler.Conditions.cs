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
            problems.Add(new ProfileProblem(e.Path is { Length: > 1 } p ? path + p[1..] : path, "is not a valid condition: " + e.Message.Split(" Path:", 2)[0],
                "keys of a profile condition: size_class, required_tags, any_tags, industry_prefixes, measure_greater_or_equal, measure_less_than … (docs/profile-format.md)"));
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
