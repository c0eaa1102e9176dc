using System.Text.Json.Nodes;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>An indicator's <c>targets</c>: kind, value, bounds, base, year and the platforms or levels each is for (docs/scorecard.md, "A target").</summary>
internal sealed partial class ScorecardCompiler
{
    internal static readonly string[] TargetKeys = ["kind", "value", "upper", "base", "from_year", "year", "platforms", "levels", "source"];

    internal static readonly Dictionary<string, TargetKind> TargetKinds = new(StringComparer.Ordinal)
    {
        ["floor"] = TargetKind.Floor,
        ["ceiling"] = TargetKind.Ceiling,
        ["band"] = TargetKind.Band,
        ["cumulative"] = TargetKind.Cumulative,
    };

    internal static readonly Dictionary<string, PlatformLevel> Levels = new(StringComparer.Ordinal)
    {
        ["national"] = PlatformLevel.National,
        ["provincial"] = PlatformLevel.Provincial,
        ["municipal"] = PlatformLevel.Municipal,
        ["town"] = PlatformLevel.Town,
    };

    private ScorecardTarget? Target(JsonObject o, string path)
    {
        Keys(o, path, TargetKeys);
        var kind = Enum(o, "kind", path, TargetKinds) ?? TargetKind.Floor;
        var value = Num(o, "value", path, required: true);
        var upper = Num(o, "upper", path);
        if (kind == TargetKind.Band && upper is null)
        {
            Problem(path + ".upper", "is missing", "a band needs its upper bound");
        }
        else if (kind != TargetKind.Band && upper is not null)
        {
            Problem(path + ".upper", "is only for a band", "remove it, or say \"kind\": \"band\"");
        }
        else if (upper < value)
        {
            Problem(path + ".upper", $"{N(upper!.Value)} is below the lower bound {N(value!.Value)}");
        }

        var from = Int(o, "from_year", path);
        if (kind == TargetKind.Cumulative && from is null)
        {
            Problem(path + ".from_year", "is missing", "a cumulative target counts from its first year");
        }
        else if (kind != TargetKind.Cumulative && from is not null)
        {
            Problem(path + ".from_year", "is only for a cumulative target");
        }

        var levels = new List<PlatformLevel>();
        foreach (var (level, i) in Strings(o, "levels", path).Select((l, i) => (l, i)))
        {
            if (Levels.TryGetValue(level, out var l))
            {
                levels.Add(l);
            }
            else
            {
                UnknownName<object>($"{path}.levels[{i}]", level, Levels.Keys, "level");
            }
        }

        var platforms = Strings(o, "platforms", path);
        if (platforms.Count > 0 && levels.Count > 0)
        {
            Problem(path, "names both platforms and levels", "a target is for named platforms, or for levels, or (neither) the default");
        }

        return value is null ? null : new ScorecardTarget
        {
            Kind = kind,
            Value = value.Value,
            Upper = upper,
            Base = Num(o, "base", path),
            FromYear = from,
            Year = Int(o, "year", path),
            Platforms = platforms,
            Levels = levels,
            Source = Str(o, "source", path) ?? string.Empty,
        };
    }

    private static bool Overlap(ScorecardTarget a, ScorecardTarget b) =>
        a.Year == b.Year
        && a.Platforms.Count > 0 == b.Platforms.Count > 0
        && a.Levels.Count > 0 == b.Levels.Count > 0
        && (a.Platforms.Count == 0 || a.Platforms.Intersect(b.Platforms, StringComparer.Ordinal).Any())
        && (a.Platforms.Count > 0 || a.Levels.Count == 0 || a.Levels.Intersect(b.Levels).Any());
}
