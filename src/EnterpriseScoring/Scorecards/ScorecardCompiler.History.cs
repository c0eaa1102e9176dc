using System.Text.Json.Nodes;

namespace EnterpriseScoring.Scorecards;

/// <summary>The scorecard profile's top and bottom lists and its <c>history</c> rules (docs/scorecard.md, "Scoring, ranking, flags").</summary>
internal sealed partial class ScorecardCompiler
{
    internal static readonly string[] HistoryKeys = ["id", "list", "size", "years", "of_last", "flag", "source"];

    private ScorecardHistoryRule? HistoryRule(JsonObject o, string path)
    {
        Keys(o, path, HistoryKeys);
        var id = Str(o, "id", path, required: true);
        var list = Enum(o, "list", path, Lists, required: true);
        var size = Int(o, "size", path, required: true);
        var years = Int(o, "years", path, required: true);
        var ofLast = Int(o, "of_last", path) ?? years;
        if (size is < 1)
        {
            Problem(path + ".size", $"{size} is not ≥ 1", "N of the list, e.g. 5 for 末位5名");
        }

        if (years is < 1)
        {
            Problem(path + ".years", $"{years} is not ≥ 1", "in how many years the platform must be on the list");
        }

        if (ofLast is < 1 or > 30 || (years is { } y && ofLast < y))
        {
            Problem(path + ".of_last", $"{ofLast} is not in [years, 30]", "the window of years, this year included (absent: equal to years, i.e. consecutive years)");
        }

        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            Problem(path + ".id", "is empty", "e.g. exit_watch");
        }

        if (id is null || list is null || size is null || years is null || ofLast is null)
        {
            return null;
        }

        return new ScorecardHistoryRule
        {
            Id = id,
            List = list.Value,
            Size = size.Value,
            Years = years.Value,
            OfLast = ofLast.Value,
            Flag = Str(o, "flag", path) ?? string.Empty,
            Source = Str(o, "source", path) ?? string.Empty,
        };
    }

    private int ListSize(JsonObject root, string key)
    {
        var size = Int(root, key, "$");
        if (size is < 0)
        {
            Problem("$." + key, $"{size} is negative", "the number of platforms listed per peer group (0 or absent: no list)");
        }

        return Math.Max(size ?? 0, 0);
    }
}
