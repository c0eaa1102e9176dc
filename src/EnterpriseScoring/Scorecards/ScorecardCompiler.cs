using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Reads a scorecard profile's JSON tree into a <see cref="ScorecardProfile"/>, collecting every problem with its JSON path
/// (unknown keys with the closest known one, missing keys, wrong kinds, out-of-range numbers, unknown indicators,
/// targets a method cannot use, assumptions that point at nothing). Reads <see cref="JsonNode"/>s only: no
/// reflection-based serialisation (trimmed and Native AOT apps).
/// </summary>
internal sealed partial class ScorecardCompiler
{
    private static readonly CultureInfo F = CultureInfo.InvariantCulture;
    private static readonly string[] RootKeys = ["$schema", "kind", "id", "name", "description", "jurisdiction", "year", "firm_profile", "scope", "peer_group", "top_list", "bottom_list", "history", "types", "default_type", "quotas", "event_classes", "sources", "assumptions", "notes", "indicators"];
    private static readonly string[] IndicatorKeys = ["id", "name", "unit", "weight", "method", "definition", "targets"];
    private static readonly string[] MethodKeys = ["kind", "points_per_item", "flat_share", "step_percent", "step_points", "max_bonus_share"];
    private static readonly string[] DefinitionKeys = ["kind", "numerator", "denominator", "measure", "filter", "condition", "part", "scale", "figure", "tier"];
    private static readonly string[] TargetKeys = ["kind", "value", "upper", "base", "from_year", "year", "platforms", "levels", "source"];
    private static readonly string[] HistoryKeys = ["id", "list", "size", "years", "of_last", "flag", "source"];
    private static readonly string[] TypeKeys = ["id", "label", "when", "source"];
    private static readonly string[] QuotaKeys = ["type", "at_least_percent", "per", "rounding", "protected", "source"];
    private static readonly string[] ConditionKeys = ["total_at_least", "total_below", "rank_at_most", "rank_from_bottom_at_most", "rank_percent_at_most", "rank_percent_above", "list", "history", "vetoed", "registered", "sub_platform", "levels", "counties", "events", "indicator", "any", "not"];
    private static readonly string[] IndicatorTestKeys = ["id", "attained_at_least", "attained_below", "met", "value_at_least", "value_below"];
    private static readonly Dictionary<string, QuotaGroup> QuotaGroups = new(StringComparer.Ordinal) { ["county"] = QuotaGroup.County, ["peer_group"] = QuotaGroup.PeerGroup };
    private static readonly Dictionary<string, QuotaRounding> Roundings = new(StringComparer.Ordinal) { ["ceil"] = QuotaRounding.Ceiling, ["floor"] = QuotaRounding.Floor, ["round"] = QuotaRounding.Nearest };
    private static readonly Dictionary<string, ScorecardList> Lists = new(StringComparer.Ordinal) { ["top"] = ScorecardList.Top, ["bottom"] = ScorecardList.Bottom };
    private static readonly string[] SourceKeys = ["document", "url", "what"];
    private static readonly string[] AssumptionKeys = ["path", "note"];

    private static readonly Dictionary<string, AttainmentMethodKind> Methods = new(StringComparer.Ordinal)
    {
        ["capped_ratio"] = AttainmentMethodKind.CappedRatio,
        ["ratio"] = AttainmentMethodKind.Ratio,
        ["goal_posts"] = AttainmentMethodKind.GoalPosts,
        ["efficacy_coefficient"] = AttainmentMethodKind.EfficacyCoefficient,
        ["base_year_step"] = AttainmentMethodKind.BaseYearStep,
        ["per_item"] = AttainmentMethodKind.PerItem,
        ["veto"] = AttainmentMethodKind.Veto,
    };

    private static readonly Dictionary<string, TargetKind> TargetKinds = new(StringComparer.Ordinal)
    {
        ["floor"] = TargetKind.Floor,
        ["ceiling"] = TargetKind.Ceiling,
        ["band"] = TargetKind.Band,
        ["cumulative"] = TargetKind.Cumulative,
    };

    private static readonly Dictionary<string, PeerGroup> PeerGroups = new(StringComparer.Ordinal) { ["all"] = PeerGroup.All, ["level"] = PeerGroup.Level, ["county"] = PeerGroup.County };
    private static readonly Dictionary<string, ScorecardScope> Scopes = new(StringComparer.Ordinal) { ["main_platforms"] = ScorecardScope.MainPlatforms, ["all_platforms"] = ScorecardScope.AllPlatforms };

    private static readonly Dictionary<string, PlatformRegisterFigure> Figures = new(StringComparer.Ordinal)
    {
        ["planned_area"] = PlatformRegisterFigure.PlannedArea,
        ["approved_unsupplied"] = PlatformRegisterFigure.ApprovedUnsupplied,
        ["supplied_unused"] = PlatformRegisterFigure.SuppliedUnused,
        ["inefficient_land"] = PlatformRegisterFigure.InefficientLand,
        ["cleared_land"] = PlatformRegisterFigure.ClearedLand,
        ["land_stock"] = PlatformRegisterFigure.LandStock,
    };

    private static readonly Dictionary<string, PlatformLevel> Levels = new(StringComparer.Ordinal)
    {
        ["national"] = PlatformLevel.National,
        ["provincial"] = PlatformLevel.Provincial,
        ["municipal"] = PlatformLevel.Municipal,
        ["town"] = PlatformLevel.Town,
    };

    private readonly List<ProfileProblem> problems = [];

    /// <summary>Parses and compiles <paramref name="json"/>.</summary>
    /// <param name="json">The text.</param>
    /// <param name="firmProfileFolder">The folder a firm profile file is resolved in; null = built-in firm profiles only.</param>
    /// <exception cref="ProfileException">Every problem found.</exception>
    public static ScorecardProfile Compile(string json, string? firmProfileFolder)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: ProfileJson.DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new ProfileException([new ProfileProblem("$", $"not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message.Split(" LineNumber:", 2)[0]}")]);
        }

        var compiler = new ScorecardCompiler();
        var profile = compiler.Root(root, firmProfileFolder);
        if (compiler.problems.Count > 0 || profile is null)
        {
            throw new ProfileException(compiler.problems.Count > 0 ? compiler.problems : [new ProfileProblem("$", "invalid scorecard profile")]);
        }

        return profile;
    }

    private ScorecardProfile? Root(JsonNode? node, string? folder)
    {
        if (node is not JsonObject root)
        {
            Problem("$", "is not a JSON object", "a scorecard profile is an object with \"kind\": \"scorecard\"");
            return null;
        }

        Keys(root, "$", RootKeys);
        var kind = Str(root, "kind", "$", required: true);
        if (kind is not null && kind != "scorecard")
        {
            Problem("$.kind", $"'{kind}' is not 'scorecard'", "a scorecard profile says \"kind\": \"scorecard\" (a firm profile is loaded by 'escore score')");
        }

        var id = Str(root, "id", "$", required: true);
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            Problem("$.id", "is empty", "e.g. jiaxing-platforms-2020");
        }

        var year = Int(root, "year", "$", required: true);
        if (year is < 1990 or > 2200)
        {
            Problem("$.year", $"{year} is not a plausible year", "e.g. 2020");
        }

        var firmProfileReference = Str(root, "firm_profile", "$", required: true);
        var firmProfile = FirmProfile(firmProfileReference, folder);
        var scope = Enum(root, "scope", "$", Scopes) ?? ScorecardScope.MainPlatforms;
        var peer = Enum(root, "peer_group", "$", PeerGroups) ?? PeerGroup.All;
        var topList = ListSize(root, "top_list");
        var bottomList = ListSize(root, "bottom_list");
        var history = Each(root, "history", "$", HistoryRule);
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < history.Count; r++)
        {
            if (!ruleIds.Add(history[r].Id))
            {
                Problem($"$.history[{r}].id", $"'{history[r].Id}' is used twice", "give each history rule its own id");
            }
        }
        var sources = Each(root, "sources", "$", (o, p) =>
        {
            Keys(o, p, SourceKeys);
            var document = Str(o, "document", p, required: true);
            if (document is not null && string.IsNullOrWhiteSpace(document))
            {
                Problem(p + ".document", "is empty", "the document's 文号 or title");
            }

            return new ProfileSource(document ?? string.Empty, Str(o, "url", p), Str(o, "what", p));
        });
        var notes = Strings(root, "notes", "$");
        var indicators = Each(root, "indicators", "$", Indicator, required: true);
        if (root["indicators"] is JsonArray { Count: 0 })
        {
            Problem("$.indicators", "no indicators", "a scorecard needs at least one indicator");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (root["indicators"] is JsonArray raw)
        {
            for (var i = 0; i < raw.Count; i++)
            {
                if (raw[i] is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var given) && !seen.Add(given))
                {
                    Problem($"$.indicators[{i}].id", $"'{given}' is scored twice", "give each indicator once");
                }
            }
        }

        var eventClasses = EventClasses(root);
        var (types, defaultType, quotas) = Types(root, seen, ruleIds);
        var assumptions = Each(root, "assumptions", "$", (o, p) =>
        {
            Keys(o, p, AssumptionKeys);
            var path = Str(o, "path", p, required: true);
            var note = Str(o, "note", p, required: true);
            if (path is not null && !PathExists(root, path))
            {
                Problem(p + ".path", $"'{path}' does not point at anything in the scorecard profile", "use a path like $.indicators[0].weight");
            }

            return new ProfileAssumption(path ?? string.Empty, note ?? string.Empty);
        });

        if (id is null || year is null || firmProfile is null)
        {
            return null;
        }

        return new ScorecardProfile
        {
            Id = id,
            Name = Str(root, "name", "$") ?? id,
            Jurisdiction = Str(root, "jurisdiction", "$") ?? string.Empty,
            Year = year.Value,
            FirmProfile = firmProfile,
            FirmProfileReference = firmProfileReference ?? firmProfile,
            Scope = scope,
            PeerGroup = peer,
            TopList = topList,
            BottomList = bottomList,
            HistoryRules = history,
            Types = types,
            DefaultType = defaultType,
            Quotas = quotas,
            EventClasses = eventClasses,
            Indicators = indicators,
            Sources = sources,
            Assumptions = assumptions,
            Notes = notes,
        };
    }

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

    private bool? Bool(JsonObject o, string key, string path)
    {
        switch (o[key])
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return v.GetValue<bool>();
            default:
                Problem(Child(path, key), "is not true or false");
                return null;
        }
    }

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

    private string? FirmProfile(string? reference, string? folder)
    {
        if (reference is null)
        {
            return null;
        }

        if (!ProfileResolver.IsPath(reference))
        {
            if (!ProfileCatalog.TryGetJson(reference, out _))
            {
                Problem("$.firm_profile", $"no built-in firm profile named '{reference}'", Suggest.Hint(reference, ProfileCatalog.Names, "built-in profiles: " + string.Join(", ", ProfileCatalog.Names)));
                return null;
            }

            return reference;
        }

        if (folder is null)
        {
            Problem("$.firm_profile", $"'{reference}' is a file, but this scorecard was not loaded from a file", "name a built-in firm profile");
            return null;
        }

        if (Path.IsPathRooted(reference) || reference.Replace('\\', '/').Split('/').Contains(".."))
        {
            Problem("$.firm_profile", $"'{reference}' leaves the scorecard's folder", "a relative path inside the scorecard file's folder, or a built-in name");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, reference));
        if (!File.Exists(full))
        {
            Problem("$.firm_profile", $"no file '{reference}' next to the scorecard", "a relative path inside the scorecard file's folder, or a built-in name");
            return null;
        }

        return full;
    }

    private ScorecardIndicator? Indicator(JsonObject o, string path)
    {
        Keys(o, path, IndicatorKeys);
        var id = Str(o, "id", path, required: true);
        var weight = Num(o, "weight", path, required: true);
        if (weight is < 0)
        {
            Problem(path + ".weight", $"{N(weight.Value)} is negative", "W ≥ 0");
        }

        var method = Method(o["method"], path + ".method");
        IPlatformIndicator? indicator = null;
        if (o["definition"] is JsonNode definition)
        {
            if (id is not null)
            {
                indicator = Definition(definition, path + ".definition", id, Str(o, "name", path) ?? id, Str(o, "unit", path) ?? string.Empty);
            }
        }
        else if (id is not null)
        {
            if (!KnownPlatformIndicators.TryGet(id, out indicator))
            {
                Problem(path + ".id", $"unknown platform indicator '{id}'", Suggest.Hint(id, KnownPlatformIndicators.All.Select(i => i.Id), "a built-in platform indicator (docs/scorecard.md), or give a \"definition\""));
            }

            foreach (var key in new[] { "name", "unit" })
            {
                if (o[key] is not null)
                {
                    Problem(path + "." + key, "is only for an indicator with a \"definition\"", "a built-in indicator has its own name and unit");
                }
            }
        }

        var targets = Each(o, "targets", path, Target);
        if (method is not null)
        {
            if (method.NeedsTarget && o["targets"] is null)
            {
                Problem(path + ".targets", "is missing", $"method {Name(Methods, method.Kind)} needs at least one target");
            }

            for (var t = 0; t < targets.Count; t++)
            {
                CheckTarget(method, targets[t], $"{path}.targets[{t}]");
            }
        }

        for (var a = 0; a < targets.Count; a++)
        {
            for (var b = a + 1; b < targets.Count; b++)
            {
                if (Overlap(targets[a], targets[b]))
                {
                    Problem($"{path}.targets[{b}]", $"applies to the same platforms and year as targets[{a}]", "give each platform, level or default one target per year (a platform takes the most specific one)");
                }
            }
        }

        if (indicator is null || weight is null || method is null)
        {
            return null;
        }

        return new ScorecardIndicator { Indicator = indicator, Weight = weight.Value, Method = method, Targets = targets };
    }

    private static bool Overlap(ScorecardTarget a, ScorecardTarget b) =>
        a.Year == b.Year
        && a.Platforms.Count > 0 == b.Platforms.Count > 0
        && a.Levels.Count > 0 == b.Levels.Count > 0
        && (a.Platforms.Count == 0 || a.Platforms.Intersect(b.Platforms, StringComparer.Ordinal).Any())
        && (a.Platforms.Count > 0 || a.Levels.Count == 0 || a.Levels.Intersect(b.Levels).Any());

    private void CheckTarget(AttainmentMethod method, ScorecardTarget target, string path)
    {
        if (method.NeedsBase && target.Base is null)
        {
            Problem(path + ".base", "is missing", $"method {Name(Methods, method.Kind)} needs the base value (基数{(method.Kind == AttainmentMethodKind.EfficacyCoefficient ? " / 不允许值" : string.Empty)})");
        }

        if (method.Kind is AttainmentMethodKind.GoalPosts or AttainmentMethodKind.EfficacyCoefficient && target.Kind == TargetKind.Band)
        {
            Problem(path + ".kind", $"method {Name(Methods, method.Kind)} cannot use a band", "a floor (base below the target) or a ceiling (base above it)");
        }

        if (method.Kind is AttainmentMethodKind.GoalPosts or AttainmentMethodKind.EfficacyCoefficient && target.Base is { } b && target.Kind != TargetKind.Band)
        {
            var ok = target.LowerIsBetter ? b > target.Value : b < target.Value;
            if (!ok)
            {
                Problem(path + ".base", $"{N(b)} is not {(target.LowerIsBetter ? "above" : "below")} the target {N(target.Value)}",
                    target.LowerIsBetter ? "for a ceiling the base (不允许值) is the worse, higher value" : "for a floor the base (不允许值) is the worse, lower value");
            }
        }

        if (method.Kind == AttainmentMethodKind.BaseYearStep && target.Base is <= 0)
        {
            Problem(path + ".base", $"{N(target.Base.Value)} is not > 0", "the base-year value the change is measured against");
        }

        if (method.Kind is AttainmentMethodKind.CappedRatio or AttainmentMethodKind.Ratio && target.Kind != TargetKind.Ceiling && !(target.Value > 0))
        {
            Problem(path + ".value", $"{N(target.Value)} is not > 0", "a ratio x / T needs T > 0");
        }

        if (method.Kind == AttainmentMethodKind.Ratio && target.Kind != TargetKind.Floor)
        {
            Problem(path + ".kind", "the uncapped ratio is for floor targets only", "use capped_ratio, or a floor");
        }
    }

    private AttainmentMethod? Method(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                return new AttainmentMethod();
            case JsonValue v when v.TryGetValue<string>(out var s):
                return Methods.TryGetValue(s, out var k) ? new AttainmentMethod { Kind = k } : UnknownName<AttainmentMethod>(path, s, Methods.Keys, "method");
            case JsonObject o:
                Keys(o, path, MethodKeys);
                var kindName = Str(o, "kind", path, required: true);
                if (kindName is null)
                {
                    return null;
                }

                if (!Methods.TryGetValue(kindName, out var kind))
                {
                    return UnknownName<AttainmentMethod>(path + ".kind", kindName, Methods.Keys, "method");
                }

                var method = new AttainmentMethod
                {
                    Kind = kind,
                    PointsPerItem = Positive(o, "points_per_item", path) ?? 1,
                    FlatShare = Share(o, "flat_share", path) ?? 0.8,
                    StepPercent = Positive(o, "step_percent", path) ?? 5,
                    StepPoints = Positive(o, "step_points", path) ?? 1,
                    MaxBonusShare = Share(o, "max_bonus_share", path) ?? 0.5,
                };
                return method;
            default:
                Problem(path, "is not a method name or object", "e.g. \"capped_ratio\" or {\"kind\": \"base_year_step\", \"step_percent\": 5}");
                return null;
        }
    }

    private IPlatformIndicator? Definition(JsonNode node, string path, string id, string name, string unit)
    {
        if (node is not JsonObject o)
        {
            Problem(path, "is not an object", "e.g. {\"kind\": \"ratio_of_sums\", \"numerator\": \"tax\", \"denominator\": \"land_area\"}");
            return null;
        }

        Keys(o, path, DefinitionKeys);
        if (!IsId(id))
        {
            Problem(path[..path.LastIndexOf('.')] + ".id", $"'{id}' is not a valid indicator id", "lower-case ASCII letters, digits and _");
            return null;
        }

        var kind = Str(o, "kind", path, required: true);
        FirmCondition? Cond(string key) => o[key] is JsonNode c ? ProfileCompiler.CompileCondition(c, path + "." + key, problems) : null;
        var count = problems.Count;
        switch (kind)
        {
            case null:
                return null;
            case "ratio_of_sums":
                {
                    var numerator = Measure(o, "numerator", path);
                    var denominator = Measure(o, "denominator", path);
                    var filter = Cond("filter");
                    var scale = Positive(o, "scale", path) ?? 1;
                    return problems.Count == count ? new RatioOfSumsPlatformIndicator(id, name, unit, numerator!, denominator!, filter, scale) : null;
                }

            case "total":
                {
                    var measure = Measure(o, "measure", path);
                    var filter = Cond("filter");
                    var scale = Positive(o, "scale", path) ?? 1;
                    return problems.Count == count ? new TotalPlatformIndicator(id, name, unit, measure!, filter, scale) : null;
                }

            case "count":
                {
                    var condition = o["condition"] is null ? Missing<FirmCondition>(path + ".condition", "the condition a member must meet, e.g. {\"required_tags\": [\"listed\"]}") : Cond("condition");
                    return problems.Count == count ? new CountPlatformIndicator(id, name, condition!, unit.Length > 0 ? unit : "家") : null;
                }

            case "share":
                {
                    var measure = Measure(o, "measure", path);
                    var part = o["part"] is null ? Missing<FirmCondition>(path + ".part", "the condition of the part, e.g. {\"required_tags\": [\"high_tech\"]}") : Cond("part");
                    var filter = Cond("filter");
                    return problems.Count == count ? new SharePlatformIndicator(id, name, measure!, part!, filter) : null;
                }

            case "growth":
                {
                    var measure = Measure(o, "measure", path);
                    var filter = Cond("filter");
                    return problems.Count == count ? new GrowthPlatformIndicator(id, name, measure!, filter) : null;
                }

            case "register_figure":
                {
                    var figure = Enum(o, "figure", path, Figures, required: true);
                    return figure is { } f && problems.Count == count ? new RegisterFigurePlatformIndicator(id, name, f) : null;
                }

            case "tier_land_share":
                {
                    // A code of the firm profile's tier set, checked against that set when the firm profile is known
                    // (ScorecardProfile.TierProblems: LoadFirmProfile and Scorecard.Evaluate).
                    var tierCode = Str(o, "tier", path) ?? TierLandSharePlatformIndicator.BottomCode;
                    if (tierCode.Trim().Length == 0)
                    {
                        Problem(path + ".tier", "empty tier code", $"a code of the firm profile's tier set (A+, C, T …) or {TierLandSharePlatformIndicator.BottomCode}");
                        return null;
                    }

                    return problems.Count == count ? new TierLandSharePlatformIndicator(id, name, tierCode) : null;
                }

            default:
                return UnknownName<IPlatformIndicator>(path + ".kind", kind, ["ratio_of_sums", "total", "count", "share", "growth", "register_figure", "tier_land_share"], "indicator kind");
        }
    }

    private string? Measure(JsonObject o, string key, string path)
    {
        var id = Str(o, key, path, required: true);
        if (id is not null && !KnownMeasures.TryGet(id, out _))
        {
            Problem(path + "." + key, $"unknown measure '{id}'", Suggest.Hint(id, KnownMeasures.All.Select(m => m.Id), "a built-in measure id (tax, value_added, land_area …)"));
            return null;
        }

        return id;
    }

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

    private static bool PathExists(JsonNode root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return false;
        }

        JsonNode? node = root;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.' && node is JsonObject obj)
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                if (!obj.TryGetPropertyValue(path[(i + 1)..end], out node))
                {
                    return false;
                }

                i = end;
            }
            else if (path[i] == '[' && node is JsonArray array)
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, F, out var index) || index >= array.Count)
                {
                    return false;
                }

                node = array[index];
                i = end + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private void Keys(JsonObject o, string path, string[] known)
    {
        foreach (var (key, _) in o)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                Problem(Child(path, key), "unknown key", Suggest.Hint(key, known, "keys here: " + string.Join(", ", known)));
            }
        }
    }

    private string? Str(JsonObject o, string key, string path, bool required = false)
    {
        switch (o[key])
        {
            case null when required:
                Problem(Child(path, key), "is missing");
                return null;
            case null:
                return null;
            case JsonValue v when v.TryGetValue<string>(out var s):
                return s;
            default:
                Problem(Child(path, key), "is not a string");
                return null;
        }
    }

    private double? Num(JsonObject o, string key, string path, bool required = false)
    {
        switch (o[key])
        {
            case null when required:
                Problem(Child(path, key), "is missing");
                return null;
            case null:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) && double.IsFinite(d):
                return d;
            default:
                Problem(Child(path, key), "is not a number");
                return null;
        }
    }

    private int? Int(JsonObject o, string key, string path, bool required = false)
    {
        var d = Num(o, key, path, required);
        if (d is { } x && (x != Math.Floor(x) || x is < int.MinValue or > int.MaxValue))
        {
            Problem(Child(path, key), $"{N(x)} is not a whole number");
            return null;
        }

        return d is null ? null : (int)d.Value;
    }

    private double? Positive(JsonObject o, string key, string path)
    {
        var d = Num(o, key, path);
        if (d is <= 0)
        {
            Problem(Child(path, key), $"{N(d.Value)} is not > 0");
            return null;
        }

        return d;
    }

    private double? Share(JsonObject o, string key, string path)
    {
        var d = Num(o, key, path);
        if (d is < 0 or > 1)
        {
            Problem(Child(path, key), $"{N(d.Value)} is not in [0, 1]", "a share of W, e.g. 0.8");
            return null;
        }

        return d;
    }

    private T? Enum<T>(JsonObject o, string key, string path, Dictionary<string, T> names, bool required = false)
        where T : struct
    {
        var s = Str(o, key, path, required);
        if (s is null)
        {
            return null;
        }

        if (names.TryGetValue(s, out var value))
        {
            return value;
        }

        UnknownName<object>(Child(path, key), s, names.Keys, key);
        return null;
    }

    private List<string> Strings(JsonObject o, string key, string path)
    {
        var result = new List<string>();
        switch (o[key])
        {
            case null:
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        result.Add(s);
                    }
                    else
                    {
                        Problem($"{Child(path, key)}[{i}]", "is not a string");
                    }
                }

                break;
            default:
                Problem(Child(path, key), "is not an array of strings");
                break;
        }

        return result;
    }

    private List<T> Each<T>(JsonObject o, string key, string path, Func<JsonObject, string, T?> read, bool required = false)
        where T : class
    {
        var result = new List<T>();
        var at = Child(path, key);
        switch (o[key])
        {
            case null when required:
                Problem(at, "is missing");
                break;
            case null:
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonObject item)
                    {
                        if (read(item, $"{at}[{i}]") is { } value)
                        {
                            result.Add(value);
                        }
                    }
                    else
                    {
                        Problem($"{at}[{i}]", "is not an object");
                    }
                }

                break;
            default:
                Problem(at, "is not an array");
                break;
        }

        return result;
    }

    private T? UnknownName<T>(string path, string given, IEnumerable<string> known, string what)
        where T : class
    {
        var list = known.ToArray();
        Problem(path, $"unknown {what} '{given}'", Suggest.Hint(given, list, "one of " + string.Join(", ", list)));
        return null;
    }

    private T? Missing<T>(string path, string hint)
        where T : class
    {
        Problem(path, "is missing", hint);
        return null;
    }

    private static string Name<T>(Dictionary<string, T> names, T value) => names.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Key;

    private static bool IsId(string id) => id.Length > 0 && id[0] is >= 'a' and <= 'z' && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_');

    private static string Child(string path, string key) => Internal.JsonPath.Child(path, key);

    private static string N(double value) => value.ToString("R", F);

    private void Problem(string path, string message, string? hint = null) => problems.Add(new ProfileProblem(path, message, hint));
}
