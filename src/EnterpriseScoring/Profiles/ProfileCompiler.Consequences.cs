using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

/// <summary>The <c>consequences</c> part of a profile: a built-in schedule by name or an inline schedule.</summary>
internal sealed partial class ProfileCompiler
{
    private ConsequenceSchedule? Consequences(JsonNode node, string path)
    {
        if (node.GetValueKind() == JsonValueKind.String)
        {
            return KnownSchedule(node.GetValue<string>(), path);
        }

        if (node.GetValueKind() != JsonValueKind.Object)
        {
            Problem(path, "must be a built-in schedule name or an object",
                "e.g. \"shandong_2022\", {\"known\": \"shandong_2022\"} or {\"id\": …, \"surcharges\": […]}");
            return null;
        }

        ShapeValidator.Validate(node, typeof(ConsequencesDto), path, problems);
        var repaired = ProfileLoader.Repair(node.DeepClone(), typeof(ConsequencesDto));
        ConsequencesDto? d;
        try
        {
            d = repaired?.Deserialize(ProfileLoader.Lenient.TypeInfo<ConsequencesDto>());
        }
        catch (JsonException)
        {
            return null; // the shape validator has reported why
        }

        if (d is null)
        {
            return null;
        }

        if (d.Known is { } known)
        {
            NotAllowed(path, "a known schedule (write the whole schedule inline to add rules)",
                ("id", d.Id), ("source", d.Source), ("surcharges", d.Surcharges), ("quota_cuts", d.QuotaCuts), ("notes", d.Notes), ("treat_ungraded_as_b", d.TreatUngradedAsB));
            return KnownSchedule(known, path + ".known");
        }

        if (d.Id is null)
        {
            Problem(path + ".id", "missing required key 'id'", "an inline schedule needs an id, e.g. \"my_county_2025\"; or name a built-in one with \"known\"");
        }
        else if (!IsIdentifier(d.Id))
        {
            Problem(path + ".id", $"'{d.Id}' is not a valid id", "use snake_case without spaces");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var surcharges = new List<SurchargeRule>();
        Each(d.Surcharges, path + ".surcharges", (s, p) =>
        {
            CheckId(s.Id, p + ".id", ids, "consequence rule");
            if (Surcharge(s, p) is { } rule)
            {
                surcharges.Add(rule);
            }
        });
        var cuts = new List<QuotaCutRule>();
        Each(d.QuotaCuts, path + ".quota_cuts", (c, p) =>
        {
            CheckId(c.Id, p + ".id", ids, "consequence rule");
            if (!(c.Percent >= 0 && c.Percent <= 100))
            {
                Problem(p + ".percent", $"{N(c.Percent)} is not in [0, 100]", "a cut in percent, e.g. 10");
            }
            else if (ConsequenceTier(c.Tier, p + ".tier") is { } tier && c.Id is not null && IsIdentifier(c.Id))
            {
                cuts.Add(new QuotaCutRule(c.Id, tier, c.Percent, c.Source ?? string.Empty));
            }
        });
        var notes = new List<PolicyNote>();
        Each(d.Notes, path + ".notes", (n, p) =>
        {
            CheckId(n.Id, p + ".id", ids, "consequence rule");
            if (n.Chinese is not null && string.IsNullOrWhiteSpace(n.Chinese))
            {
                Problem(p + ".chinese", "is empty", "the policy line in Chinese, e.g. 优先保障用地、用能");
            }

            if (n.English is not null && string.IsNullOrWhiteSpace(n.English))
            {
                Problem(p + ".english", "is empty", "the policy line in English, e.g. priority for land and energy");
            }

            if (ConsequenceTier(n.Tier, p + ".tier") is { } tier && n.Id is not null && n.Chinese is not null && n.English is not null)
            {
                notes.Add(new PolicyNote(n.Id, tier, n.Chinese, n.English));
            }
        });

        if (d.Id is null || !IsIdentifier(d.Id))
        {
            return null;
        }

        return Try(path, () => new ConsequenceSchedule(d.Id, d.Source ?? string.Empty, surcharges, cuts, notes, d.TreatUngradedAsB ?? true));
    }

    /// <summary>The tier a consequence rule names by code: a tier of the profile's set (a–d by default), t or ungraded_as_b.</summary>
    private Tier? ConsequenceTier(string? code, string path)
    {
        if (code is null)
        {
            return null; // reported as missing by the shape check
        }

        if (tierSet.TryParse(code, out var tier) && tier is { } t)
        {
            return t;
        }

        var codes = tierSet.IsStandard ? "a, b, c, d" : string.Join(", ", tierSet.Codes);
        Problem(path, $"unknown value '{code}'", $"one of {codes}, t, ungraded_as_b");
        return null;
    }

    private SurchargeRule? Surcharge(SurchargeDto s, string path)
    {
        if (ConsequenceTier(s.Tier, path + ".tier") is not { } tier)
        {
            return null;
        }

        if (s.Unit is { } unit && unit != SurchargeRule.Unit)
        {
            Problem(path + ".unit", $"unknown unit '{unit}'", $"surcharges are in {SurchargeRule.Unit}; leave unit out");
        }

        var basis = s.Basis;
        if (s.Amounts is not null && s.ByYear is not null)
        {
            Problem(path, "both amounts and by_year are given", "amounts for consecutive_years, by_year for calendar_year");
            return null;
        }

        if (s.Amounts is null && s.ByYear is null)
        {
            Problem(path, "neither amounts nor by_year is given",
                "e.g. \"amounts\": [0.05, 0.10, 0.15] (by consecutive years) or \"by_year\": {\"2019\": 0.10, \"2020\": 0.20} (by calendar year)");
            return null;
        }

        var implied = s.Amounts is not null ? SurchargeBasis.ConsecutiveYears : SurchargeBasis.CalendarYear;
        if (basis is { } b && b != implied)
        {
            Problem(path + ".basis", $"'{ProfileJson.EnumName(b)}' does not fit {(s.Amounts is not null ? "amounts" : "by_year")}",
                b == SurchargeBasis.CalendarYear ? "calendar_year takes by_year: {\"2019\": 0.10, …}" : "consecutive_years takes amounts: [0.05, 0.10, …]");
            return null;
        }

        var ok = true;
        if (s.Amounts is { } amounts)
        {
            if (amounts.Count == 0)
            {
                Problem(path + ".amounts", "is empty", "give at least one amount, e.g. [0.05, 0.10, 0.15]");
                return null;
            }

            for (var i = 0; i < amounts.Count; i++)
            {
                ok &= CheckAmount(amounts[i], $"{path}.amounts[{i}]");
            }

            return ok && s.Id is not null && IsIdentifier(s.Id)
                ? Try(path, () => SurchargeRule.ByConsecutiveYears(s.Id, tier, amounts, s.Source ?? string.Empty))
                : null;
        }

        var byYear = s.ByYear!;
        if (byYear.Count == 0)
        {
            Problem(path + ".by_year", "is empty", "give at least one year, e.g. {\"2019\": 0.10}");
            return null;
        }

        var steps = new List<(int FromYear, double Amount)>();
        foreach (var (key, amount) in byYear)
        {
            var at = JsonPath.Child(path + ".by_year", key);
            if (!int.TryParse(key, System.Globalization.NumberStyles.None, F, out var year) || year is < 1990 or > 2200)
            {
                ok = Problem(at, $"'{key}' is not a year", "keys are calendar years, e.g. \"2019\"");
                continue;
            }

            ok &= CheckAmount(amount, at);
            steps.Add((year, amount));
        }

        steps.Sort((x, y) => x.FromYear.CompareTo(y.FromYear));
        return ok && s.Id is not null && IsIdentifier(s.Id)
            ? Try(path, () => SurchargeRule.ByCalendarYear(s.Id, tier, steps, s.Source ?? string.Empty))
            : null;
    }

    /// <summary>How to write <paramref name="schedule"/> inline for <paramref name="tiers"/>: its first surcharge on the set's bottom tier.</summary>
    internal static string OwnScheduleHint(ConsequenceSchedule schedule, Classification.TierSet tiers)
    {
        var rule = schedule.Surcharges[0];
        var amounts = rule.Basis == SurchargeBasis.ConsecutiveYears
            ? $"\"amounts\": [{string.Join(", ", rule.Amounts.Select(N))}]"
            : $"\"by_year\": {{{string.Join(", ", rule.FromYears.Zip(rule.Amounts).Select(x => $"\"{x.First.ToString(F)}\": {N(x.Second)}"))}}}";
        return $"name the profile's own tiers in an inline schedule, e.g. {{\"id\": \"{schedule.Id}_own\", \"surcharges\": [{{\"id\": \"{rule.Id}\", \"tier\": \"{tiers.Codes[^1]}\", {amounts}}}]}}";
    }

    private bool CheckAmount(double amount, string path) =>
        double.IsFinite(amount) && amount >= 0
        || Problem(path, $"{N(amount)} is negative", "surcharges are ≥ 0 元/kWh; a rebate is not a surcharge");

    private ConsequenceSchedule? KnownSchedule(string name, string path)
    {
        if (Names.TryGetConsequenceSchedule(name, out var schedule))
        {
            if (KnownConsequenceSchedules.TryFitTo(schedule, tierSet, out var fitted, out var problem))
            {
                return fitted;
            }

            Problem(path, problem, OwnScheduleHint(schedule, tierSet));
            return null;
        }

        Problem(path, $"unknown consequence schedule '{name}'",
            Suggest.Hint(name, Names.ConsequenceSchedules, "built-in schedules: " + string.Join(", ", Names.ConsequenceSchedules)));
        return null;
    }
}
