using System.Text.Json.Nodes;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Builds the JSON Schema of scorecard profiles from the scorecard compiler's own tables (the keys each object may have,
/// the names of methods, kinds, levels …), so the schema cannot drift from what <see cref="ScorecardLoader"/> accepts: a
/// key the compiler reads without a description here is an error when the schema is generated.
/// </summary>
internal static class ScorecardSchemaGenerator
{
    /// <summary>The schema, indented, LF line endings, ending with a newline.</summary>
    public static string Schema()
    {
        var root = Object(
            "An EnterpriseScoring scorecard profile: the targets, methods, ranking, types and events by which one jurisdiction scores its industrial platforms for one year (docs/scorecard.md).",
            [.. ScorecardCompiler.RootKeys, "extends"], ["kind", "id", "year", "firm_profile", "indicators"], RootProperty);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "EnterpriseScoring scorecard profile",
        };
        foreach (var (key, value) in root.ToArray())
        {
            root.Remove(key);
            schema[key] = value;
        }

        schema["$defs"] = new JsonObject
        {
            ["indicator"] = Object("A scored indicator: a built-in platform indicator by id, or one given a definition here.", ScorecardCompiler.IndicatorKeys, ["id", "weight"], IndicatorProperty),
            ["definition"] = Object("The definition of an indicator the profile defines itself.", ScorecardCompiler.DefinitionKeys, ["kind"], DefinitionProperty),
            ["method"] = new JsonObject
            {
                ["description"] = "The attainment method: a name, or an object with its options (default capped_ratio).",
                ["oneOf"] = new JsonArray(Names("A method name.", ScorecardCompiler.Methods.Keys), Object("A method with options.", ScorecardCompiler.MethodKeys, ["kind"], MethodProperty)),
            },
            ["target"] = Object("A target: the platforms or levels it is for (neither: the default), the year (absent: every year) and the source.", ScorecardCompiler.TargetKeys, ["value"], TargetProperty),
            ["history_rule"] = Object("A rule over this and earlier years' top or bottom lists.", ScorecardCompiler.HistoryKeys, ["id", "list", "size", "years"], HistoryProperty),
            ["type"] = Object("A platform type, given by the first rule that holds.", ScorecardCompiler.TypeKeys, ["id"], TypeProperty),
            ["quota"] = Object("A quota: at least a share of each group's platforms in a type.", ScorecardCompiler.QuotaKeys, ["type", "at_least_percent"], QuotaProperty),
            ["condition"] = Object("A condition over a scorecard row: every test given must hold.", ScorecardCompiler.ConditionKeys, [], ConditionProperty),
            ["indicator_test"] = Object("A test of one of the scorecard's indicators.", ScorecardCompiler.IndicatorTestKeys, ["id"], IndicatorTestProperty),
            ["event_class"] = Object("A class of events: points deducted per event (with a cap), disqualification (一票否决), or both.", ScorecardCompiler.EventClassKeys, ["id"], EventClassProperty),
            ["source"] = Object("A document the profile takes something from.", ScorecardCompiler.SourceKeys, ["document"], SourceProperty),
            ["assumption"] = Object("A number or choice that is not published policy, with the JSON path it concerns.", ScorecardCompiler.AssumptionKeys, ["path", "note"], AssumptionProperty),
            ["firm_condition"] = new JsonObject
            {
                ["description"] = "A firm-profile condition (size_class, required_tags, any_tags, industry_prefixes, measure_greater_or_equal …; docs/profile-format.md), checked as there.",
                ["type"] = "object",
            },
        };
        return schema.ToJsonString(ProfileJson.Options).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject RootProperty(string key) => key switch
    {
        "$schema" => Text("Optional URL or path of docs/scorecard.schema.json, for editors; ignored."),
        "extends" => Text("A built-in scorecard name, or a relative path of a scorecard file to extend inside this file's folder (no absolute paths, no '..' out of it). Objects merge key by key, arrays of objects with an id (indicators, history, types, event_classes) merge by id ({\"id\": x, \"remove\": true} removes one), other values replace, null deletes a key."),
        "kind" => Names("Always scorecard.", ["scorecard"]),
        "id" => Text("The scorecard's id, e.g. jiaxing-platforms-2020."),
        "name" => Text("Its name."),
        "description" => Text("What it is."),
        "jurisdiction" => Text("The jurisdiction (e.g. 嘉兴市)."),
        "year" => Whole("The scorecard's year: the membership in force at its end, and the targets of that year.", 1990, 2200),
        "firm_profile" => Text("The firm profile the firms are evaluated with: a built-in name, or a file relative to the folder of the scorecard file that gives it (a base scorecard's own folder for a base's)."),
        "scope" => Names("main_platforms (default: 分区分园 inside their 主平台) or all_platforms (分区分园 scored too).", ScorecardCompiler.Scopes.Keys),
        "peer_group" => Names("The group platforms are ranked within (default all).", ScorecardCompiler.PeerGroups.Keys),
        "top_list" => Whole("The size of the top list per peer group (前N名); 0 or absent: no list.", 0, null),
        "bottom_list" => Whole("The size of the bottom list per peer group (末位N名); 0 or absent: no list.", 0, null),
        "history" => Array("Rules over this and earlier years' standings.", Ref("history_rule")),
        "types" => Array("Platform types by rules over the scorecard row, in order: a platform takes the first whose rule holds.", Ref("type")),
        "default_type" => Text("The type a platform takes when no rule matches (required with types)."),
        "quotas" => Array("Quota rules, applied in order after the types' rules.", Ref("quota")),
        "event_classes" => Array("The event classes an events file may name.", Ref("event_class")),
        "sources" => Array("The documents the profile takes its targets and rules from.", Ref("source")),
        "assumptions" => Array("Every number or choice that is not published policy, with its JSON path.", Ref("assumption")),
        "notes" => Array("Notes.", new JsonObject { ["type"] = "string" }),
        "indicators" => Array("The scored indicators, in order; each id at most once.", Ref("indicator"), minItems: 1),
        _ => Unknown("the root", key),
    };

    private static JsonObject IndicatorProperty(string key) => key switch
    {
        "id" => Text("A built-in platform indicator id (docs/scorecard.md), or the id of the indicator defined here (lower-case ASCII)."),
        "name" => Text("The name of an indicator defined here."),
        "unit" => Text("The unit of an indicator defined here."),
        "weight" => Number("The weight W ≥ 0.", 0),
        "method" => Ref("method"),
        "definition" => Ref("definition"),
        "targets" => Array("The targets; a platform takes the most specific one.", Ref("target")),
        _ => Unknown("an indicator", key),
    };

    private static JsonObject DefinitionProperty(string key) => key switch
    {
        "kind" => Names("The kind of indicator.", ScorecardCompiler.DefinitionKinds),
        "numerator" => Text("ratio_of_sums: the measure summed above the line."),
        "denominator" => Text("ratio_of_sums: the measure summed below the line."),
        "measure" => Text("total, share, growth: the measure summed."),
        "filter" => Ref("firm_condition"),
        "condition" => Ref("firm_condition"),
        "part" => Ref("firm_condition"),
        "scale" => Number("ratio_of_sums, total: a factor > 0 the value is multiplied by (e.g. 0.0001 for 万元 → 亿元).", null),
        "figure" => Names("register_figure: the register figure.", ScorecardCompiler.Figures.Keys),
        "tier" => Text("tier_land_share: a code of the firm profile's tier set (A+, C, T …) or bottom (the default)."),
        _ => Unknown("a definition", key),
    };

    private static JsonObject MethodProperty(string key) => key switch
    {
        "kind" => Names("The method.", ScorecardCompiler.Methods.Keys),
        "points_per_item" => Number("per_item: points per item (default 1).", null),
        "flat_share" => Number("base_year_step: the share of W on the base (default 0.8).", 0, 1),
        "step_percent" => Number("base_year_step: the step in % (default 5).", null),
        "step_points" => Number("base_year_step: the points per full step (default 1).", null),
        "max_bonus_share" => Number("base_year_step: the most above the flat share, as a share of W (default 0.5).", 0, 1),
        _ => Unknown("a method", key),
    };

    private static JsonObject TargetProperty(string key) => key switch
    {
        "kind" => Names("floor (≥, default), ceiling (≤), band, or cumulative.", ScorecardCompiler.TargetKinds.Keys),
        "value" => Number("The target T (for a band, its lower bound).", null),
        "upper" => Number("A band's upper bound.", null),
        "base" => Number("The base value a method needs (goal_posts, efficacy_coefficient: 不允许值; base_year_step: the base-year value).", null),
        "from_year" => Whole("A cumulative target's first year.", null, null),
        "year" => Whole("The year the target is for (absent: every year).", null, null),
        "platforms" => Array("The ids of the platforms it is for.", new JsonObject { ["type"] = "string" }),
        "levels" => Array("The levels it is for.", Names(null, ScorecardCompiler.Levels.Keys)),
        "source" => Text("The document (文号 or title)."),
        _ => Unknown("a target", key),
    };

    private static JsonObject HistoryProperty(string key) => key switch
    {
        "id" => Text("The rule's id."),
        "list" => Names("The list.", ScorecardCompiler.Lists.Keys),
        "size" => Whole("N of the list (e.g. 5 for 末位5名).", 1, null),
        "years" => Whole("In how many years the platform must be on the list.", 1, null),
        "of_last" => Whole("The window of years, this year included (absent: years, i.e. consecutive years).", 1, 30),
        "flag" => Text("The flag a platform meeting the rule gets."),
        "source" => Text("The document."),
        _ => Unknown("a history rule", key),
    };

    private static JsonObject TypeProperty(string key) => key switch
    {
        "id" => Text("The type's id (lower-case ASCII)."),
        "label" => Text("Its label (default: the id), e.g. 逐步退出型."),
        "when" => Ref("condition"),
        "source" => Text("The document."),
        _ => Unknown("a type", key),
    };

    private static JsonObject QuotaProperty(string key) => key switch
    {
        "type" => Text("The type the quota is for."),
        "at_least_percent" => Number("The share of the group's platforms, in % (0, 100].", null, 100),
        "per" => Names("The group: county (default) or peer_group.", ScorecardCompiler.QuotaGroups.Keys),
        "rounding" => Names("How the required count is rounded (default ceil).", ScorecardCompiler.Roundings.Keys),
        "protected" => Ref("condition"),
        "source" => Text("The document."),
        _ => Unknown("a quota", key),
    };

    private static JsonObject ConditionProperty(string key) => key switch
    {
        "total_at_least" => Number("The total is ≥ this.", null),
        "total_below" => Number("The total is < this.", null),
        "rank_at_most" => Whole("Ranked, and the rank in the peer group ≤ N.", 1, null),
        "rank_from_bottom_at_most" => Whole("Ranked, and peer count − rank + 1 ≤ N.", 1, null),
        "rank_percent_at_most" => Number("rank / ranked platforms × 100 ≤ p.", 0, 100),
        "rank_percent_above" => Number("rank / ranked platforms × 100 > p (a vetoed platform is above every p).", 0, 100),
        "list" => Names("On the top or bottom list of its group.", ScorecardCompiler.Lists.Keys),
        "history" => Text("Meets the history rule of this id."),
        "vetoed" => Flag("Vetoed (一票否决)."),
        "registered" => Flag("In the platform register."),
        "sub_platform" => Flag("A 分区分园."),
        "levels" => Array("Its level is one of these.", Names(null, [.. ScorecardCompiler.Levels.Keys, "unspecified"])),
        "counties" => Array("Its county is one of these.", new JsonObject { ["type"] = "string" }),
        "events" => Array("At least one event of one of these event_classes ids counted for it in the year.", new JsonObject { ["type"] = "string" }, minItems: 1),
        "indicator" => Ref("indicator_test"),
        "any" => Array("At least one of these conditions holds.", Ref("condition"), minItems: 1),
        "not" => Ref("condition"),
        _ => Unknown("a condition", key),
    };

    private static JsonObject IndicatorTestProperty(string key) => key switch
    {
        "id" => Text("One of the scorecard's indicators."),
        "attained_at_least" => Number("% attained ≥ this.", null),
        "attained_below" => Number("% attained < this.", null),
        "met" => Flag("The target is met (true) or not (false)."),
        "value_at_least" => Number("The value ≥ this.", null),
        "value_below" => Number("The value < this.", null),
        _ => Unknown("an indicator test", key),
    };

    private static JsonObject EventClassProperty(string key) => key switch
    {
        "id" => Text("The class's id (lower-case ASCII); an events file names a class by its id or its label."),
        "label" => Text("Its label (default: the id), e.g. 重大安全生产事故."),
        "points_per_event" => Number("Points deducted per event (≥ 0).", 0),
        "max_points" => Number("The most the class deducts from one platform in the year.", 0),
        "disqualify" => Flag("Whether an event of the class vetoes the platform for the year (一票否决)."),
        "source" => Text("The document."),
        _ => Unknown("an event class", key),
    };

    private static JsonObject SourceProperty(string key) => key switch
    {
        "document" => Text("The document's 文号 or title."),
        "url" => Text("Where it is published."),
        "what" => Text("What was taken from it."),
        _ => Unknown("a source", key),
    };

    private static JsonObject AssumptionProperty(string key) => key switch
    {
        "path" => Text("The JSON path into the scorecard profile, e.g. $.indicators[0].weight."),
        "note" => Text("Why."),
        _ => Unknown("an assumption", key),
    };

    private static JsonObject Object(string description, IEnumerable<string> keys, string[] required, Func<string, JsonObject> property)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key] = property(key);
        }

        var o = new JsonObject { ["description"] = description, ["type"] = "object", ["properties"] = properties };
        if (required.Length > 0)
        {
            o["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        }

        o["additionalProperties"] = false;
        return o;
    }

    private static JsonObject Text(string description) => new() { ["description"] = description, ["type"] = "string" };

    private static JsonObject Flag(string description) => new() { ["description"] = description, ["type"] = "boolean" };

    private static JsonObject Names(string? description, IEnumerable<string> names)
    {
        var o = new JsonObject();
        if (description is not null)
        {
            o["description"] = description;
        }

        o["type"] = "string";
        o["enum"] = new JsonArray([.. names.Select(n => (JsonNode)n)]);
        return o;
    }

    private static JsonObject Number(string description, double? minimum, double? maximum = null) => Bounded(description, "number", minimum, maximum);

    private static JsonObject Whole(string description, double? minimum, double? maximum) => Bounded(description, "integer", minimum, maximum);

    private static JsonObject Bounded(string description, string type, double? minimum, double? maximum)
    {
        var o = new JsonObject { ["description"] = description, ["type"] = type };
        if (minimum is { } min)
        {
            o["minimum"] = min;
        }

        if (maximum is { } max)
        {
            o["maximum"] = max;
        }

        return o;
    }

    private static JsonObject Array(string description, JsonObject items, int minItems = 0)
    {
        var o = new JsonObject { ["description"] = description, ["type"] = "array", ["items"] = items };
        if (minItems > 0)
        {
            o["minItems"] = minItems;
        }

        return o;
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    private static JsonObject Unknown(string where, string key) =>
        throw new InvalidOperationException($"the scorecard schema has no description of the key '{key}' of {where}: add it to {nameof(ScorecardSchemaGenerator)}");
}
