using System.Text.Json.Nodes;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>The scorecard profile's <c>types</c>, <c>default_type</c> and <c>quotas</c>, and the conditions of their rules (docs/scorecard.md, "Platform types (127号) and quotas").</summary>
internal sealed partial class ScorecardCompiler
{
    internal static readonly string[] TypeKeys = ["id", "label", "when", "source"];
    internal static readonly string[] QuotaKeys = ["type", "at_least_percent", "per", "rounding", "protected", "source"];
    internal static readonly string[] ConditionKeys = ["total_at_least", "total_below", "rank_at_most", "rank_from_bottom_at_most", "rank_percent_at_most", "rank_percent_above", "list", "history", "vetoed", "registered", "sub_platform", "levels", "counties", "events", "indicator", "any", "not"];
    internal static readonly string[] IndicatorTestKeys = ["id", "attained_at_least", "attained_below", "met", "value_at_least", "value_below"];
    internal static readonly Dictionary<string, QuotaGroup> QuotaGroups = new(StringComparer.Ordinal) { ["county"] = QuotaGroup.County, ["peer_group"] = QuotaGroup.PeerGroup };
    internal static readonly Dictionary<string, QuotaRounding> Roundings = new(StringComparer.Ordinal) { ["ceil"] = QuotaRounding.Ceiling, ["floor"] = QuotaRounding.Floor, ["round"] = QuotaRounding.Nearest };
    internal static readonly Dictionary<string, ScorecardList> Lists = new(StringComparer.Ordinal) { ["top"] = ScorecardList.Top, ["bottom"] = ScorecardList.Bottom };

    /// <summary>Reads <c>types</c>, <c>default_type</c> and <c>quotas</c>; conditions may name the profile's indicators and history rules only.</summary>
    private (List<ScorecardType> Types, string DefaultType, List<ScorecardQuota> Quotas) Types(JsonObject root, HashSet<string> indicatorIds, HashSet<string> historyIds)
    {
        ScorecardCondition? When(JsonObject o, string key, string path) =>
            o[key] is JsonNode node ? Condition(node, Child(path, key), indicatorIds, historyIds) : null;

        var types = Each(root, "types", "$", (o, p) =>
        {
            Keys(o, p, TypeKeys);
            var id = Str(o, "id", p, required: true);
            if (id is not null && !IsId(id))
            {
                Problem(p + ".id", $"'{id}' is not a valid type id", "lower-case ASCII letters, digits and _, e.g. exit");
            }

            var when = When(o, "when", p);
            return id is null ? null : new ScorecardType { Id = id, Label = Str(o, "label", p) ?? id, When = when, Source = Str(o, "source", p) ?? string.Empty };
        });
        var typeIds = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < types.Count; t++)
        {
            if (!typeIds.Add(types[t].Id))
            {
                Problem($"$.types[{t}].id", $"'{types[t].Id}' is used twice", "give each type its own id");
            }
        }

        void CheckType(string? id, string path)
        {
            if (id is not null && !typeIds.Contains(id))
            {
                UnknownName<object>(path, id, typeIds.Count > 0 ? typeIds : ["(no types: add \"types\")"], "type");
            }
        }

        var defaultType = Str(root, "default_type", "$");
        if (root["types"] is JsonArray { Count: 0 })
        {
            Problem("$.types", "no types", "list the types, or remove the key");
        }

        if (root["types"] is not null && defaultType is null)
        {
            Problem("$.default_type", "is missing", "the id of the type a platform takes when no rule matches (every platform gets exactly one type)");
        }

        CheckType(defaultType, "$.default_type");
        var quotas = Each(root, "quotas", "$", (o, p) =>
        {
            Keys(o, p, QuotaKeys);
            var type = Str(o, "type", p, required: true);
            CheckType(type, p + ".type");
            var percent = Num(o, "at_least_percent", p, required: true);
            if (percent is <= 0 or > 100)
            {
                Problem(p + ".at_least_percent", $"{N(percent.Value)} is not in (0, 100]", "a share of the group's platforms in %, e.g. 30");
            }

            var per = Enum(o, "per", p, QuotaGroups) ?? QuotaGroup.County;
            var rounding = Enum(o, "rounding", p, Roundings) ?? QuotaRounding.Ceiling;
            var protectedWhen = When(o, "protected", p);
            return type is null || percent is null ? null : new ScorecardQuota
            {
                Type = type,
                AtLeastPercent = percent.Value,
                Per = per,
                Rounding = rounding,
                Protected = protectedWhen,
                Source = Str(o, "source", p) ?? string.Empty,
            };
        });
        return (types, defaultType ?? string.Empty, quotas);
    }

    private ScorecardCondition? Condition(JsonNode node, string path, HashSet<string> indicatorIds, HashSet<string> historyIds)
    {
        if (node is not JsonObject o)
        {
            Problem(path, "is not an object", "e.g. {\"total_below\": 60} or {\"list\": \"bottom\"}");
            return null;
        }

        Keys(o, path, ConditionKeys);
        if (o.Count == 0)
        {
            Problem(path, "is empty", "a rule that always holds: make its type the default_type instead");
        }

        var count = problems.Count;
        int? RankNumber(string key)
        {
            var n = Int(o, key, path);
            if (n is < 1)
            {
                Problem(Child(path, key), $"{n} is not ≥ 1");
            }

            return n;
        }

        double? Percent(string key)
        {
            var d = Num(o, key, path);
            if (d is < 0 or > 100)
            {
                Problem(Child(path, key), $"{N(d.Value)} is not in [0, 100]", "a rank percentage: rank / ranked platforms × 100");
            }

            return d;
        }

        var history = Str(o, "history", path);
        if (history is not null && !historyIds.Contains(history))
        {
            UnknownName<object>(path + ".history", history, historyIds.Count > 0 ? historyIds : ["(no history rules: add \"history\")"], "history rule");
        }

        var levels = new List<PlatformLevel>();
        foreach (var (level, i) in Strings(o, "levels", path).Select((l, i) => (l, i)))
        {
            if (level == "unspecified")
            {
                levels.Add(PlatformLevel.Unspecified);
            }
            else if (Levels.TryGetValue(level, out var l))
            {
                levels.Add(l);
            }
            else
            {
                UnknownName<object>($"{path}.levels[{i}]", level, [.. Levels.Keys, "unspecified"], "level");
            }
        }

        var events = Strings(o, "events", path);
        for (var i = 0; i < events.Count; i++)
        {
            if (!eventClassIds.Contains(events[i]))
            {
                UnknownName<object>($"{path}.events[{i}]", events[i], eventClassIds.Count > 0 ? eventClassIds : ["(no event classes: add \"event_classes\")"], "event class");
            }
        }

        if (o["events"] is JsonArray { Count: 0 })
        {
            Problem(path + ".events", "is empty", "the ids of the event classes, e.g. [\"env_safety_hazard\"]");
        }

        ScorecardIndicatorTest? indicator = null;
        if (o["indicator"] is JsonNode indicatorNode)
        {
            var at = path + ".indicator";
            if (indicatorNode is not JsonObject io)
            {
                Problem(at, "is not an object", "e.g. {\"id\": \"above_tax_per_mu\", \"attained_below\": 60}");
            }
            else
            {
                Keys(io, at, IndicatorTestKeys);
                var id = Str(io, "id", at, required: true);
                if (id is not null && !indicatorIds.Contains(id))
                {
                    UnknownName<object>(at + ".id", id, indicatorIds, "indicator of this scorecard");
                }

                if (io.Count == 1 && id is not null)
                {
                    Problem(at, "tests nothing", "add attained_at_least, attained_below, met, value_at_least or value_below");
                }

                indicator = id is null ? null : new ScorecardIndicatorTest
                {
                    Id = id,
                    AttainedAtLeast = Num(io, "attained_at_least", at),
                    AttainedBelow = Num(io, "attained_below", at),
                    Met = Bool(io, "met", at),
                    ValueAtLeast = Num(io, "value_at_least", at),
                    ValueBelow = Num(io, "value_below", at),
                };
            }
        }

        var any = new List<ScorecardCondition>();
        switch (o["any"])
        {
            case null:
                break;
            case JsonArray { Count: 0 }:
                Problem(path + ".any", "is empty", "at least one condition");
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonNode item && Condition(item, $"{path}.any[{i}]", indicatorIds, historyIds) is { } c)
                    {
                        any.Add(c);
                    }
                    else if (a[i] is null)
                    {
                        Problem($"{path}.any[{i}]", "is null");
                    }
                }

                break;
            default:
                Problem(path + ".any", "is not an array of conditions");
                break;
        }

        var not = o["not"] is JsonNode notNode ? Condition(notNode, path + ".not", indicatorIds, historyIds) : null;
        var condition = new ScorecardCondition
        {
            TotalAtLeast = Num(o, "total_at_least", path),
            TotalBelow = Num(o, "total_below", path),
            RankAtMost = RankNumber("rank_at_most"),
            RankFromBottomAtMost = RankNumber("rank_from_bottom_at_most"),
            RankPercentAtMost = Percent("rank_percent_at_most"),
            RankPercentAbove = Percent("rank_percent_above"),
            OnList = Enum(o, "list", path, Lists),
            HistoryRule = history,
            Vetoed = Bool(o, "vetoed", path),
            Registered = Bool(o, "registered", path),
            SubPlatform = Bool(o, "sub_platform", path),
            Levels = levels,
            Counties = Strings(o, "counties", path),
            Events = events,
            Indicator = indicator,
            Any = any,
            Not = not,
        };
        return problems.Count == count ? condition : null;
    }
}
