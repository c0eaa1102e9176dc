using System.Text.Json.Nodes;

namespace EnterpriseScoring.Scorecards;

/// <summary>An indicator's attainment <c>method</c> and the targets each method can use (docs/scorecard.md, "Attainment methods").</summary>
internal sealed partial class ScorecardCompiler
{
    internal static readonly string[] MethodKeys = ["kind", "points_per_item", "flat_share", "step_percent", "step_points", "max_bonus_share"];

    internal static readonly Dictionary<string, AttainmentMethodKind> Methods = new(StringComparer.Ordinal)
    {
        ["capped_ratio"] = AttainmentMethodKind.CappedRatio,
        ["ratio"] = AttainmentMethodKind.Ratio,
        ["goal_posts"] = AttainmentMethodKind.GoalPosts,
        ["efficacy_coefficient"] = AttainmentMethodKind.EfficacyCoefficient,
        ["base_year_step"] = AttainmentMethodKind.BaseYearStep,
        ["per_item"] = AttainmentMethodKind.PerItem,
        ["veto"] = AttainmentMethodKind.Veto,
    };

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
}
