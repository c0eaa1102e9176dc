using System.Text.Json.Nodes;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Scorecards;

/// <summary>The scorecard profile's <c>indicators</c>: built-in platform indicators by id, or ones defined in the profile (docs/scorecard.md, "Scorecard profiles").</summary>
internal sealed partial class ScorecardCompiler
{
    internal static readonly string[] IndicatorKeys = ["id", "name", "unit", "weight", "method", "definition", "targets"];

    internal static readonly string[] DefinitionKeys = ["kind", "numerator", "denominator", "measure", "filter", "condition", "part", "scale", "figure", "tier"];

    /// <summary>The kinds of indicator a profile may define.</summary>
    internal static readonly string[] DefinitionKinds = ["ratio_of_sums", "total", "count", "share", "growth", "register_figure", "tier_land_share"];

    internal static readonly Dictionary<string, PlatformRegisterFigure> Figures = new(StringComparer.Ordinal)
    {
        ["planned_area"] = PlatformRegisterFigure.PlannedArea,
        ["approved_unsupplied"] = PlatformRegisterFigure.ApprovedUnsupplied,
        ["supplied_unused"] = PlatformRegisterFigure.SuppliedUnused,
        ["inefficient_land"] = PlatformRegisterFigure.InefficientLand,
        ["cleared_land"] = PlatformRegisterFigure.ClearedLand,
        ["land_stock"] = PlatformRegisterFigure.LandStock,
    };

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
                return UnknownName<IPlatformIndicator>(path + ".kind", kind, DefinitionKinds, "indicator kind");
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
}
