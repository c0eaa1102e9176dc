using EnterpriseScoring.Benchmarks;
using static EnterpriseScoring.Profiles.Components.ComponentReader;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in benchmarks (<c>"benchmark": {"type": …}</c>).</summary>
internal static class BenchmarkDescriptors
{
    public static ComponentCatalog<IBenchmark> Catalog { get; } = new(
        "type",
        "benchmark",
        "A benchmark B, required by ratio_to_benchmark and inverse_benchmark.",
        [
            new Fixed(),
            new PoolMean(),
            new IndustryMean(),
            new FixedInstanceDescriptor<IBenchmark>(MedianBenchmark.BenchmarkName, "The pool's median value.", KnownBenchmarks.Median, b => b is MedianBenchmark),
            new FixedInstanceDescriptor<IBenchmark>(MaxBenchmark.BenchmarkName, "The pool's largest value.", KnownBenchmarks.Max, b => b is MaxBenchmark),
            new FixedInstanceDescriptor<IBenchmark>(MinBenchmark.BenchmarkName, "The pool's smallest value.", KnownBenchmarks.Min, b => b is MinBenchmark),
            new Percentile(),
            new PriorYear(),
            new FixedInstanceDescriptor<IBenchmark>("pool_mean_ratio_of_sums", "Short for pool_mean with mean ratio_of_sums (written back as that).", KnownBenchmarks.PoolMeanRatioOfSums, _ => false),
            new FixedInstanceDescriptor<IBenchmark>("pool_mean_of_ratios", "Short for pool_mean with mean mean_of_ratios (written back as that).", KnownBenchmarks.PoolMeanOfRatios, _ => false),
        ],
        ["value", "source", "mean", "p", "definition", "multiplier", "inner", "level", "groups", "min_firms"]);

    private sealed class Fixed() : ComponentDescriptor<IBenchmark>(
        FixedBenchmark.BenchmarkName,
        "A published target.",
        [
            new("value", ComponentOptionKind.Number, "The target (> 0)."),
            new("source", ComponentOptionKind.Text, "Where the target comes from (文号)."),
        ])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.Number("value") is not { } value)
            {
                reader.Problem("value", "a fixed benchmark needs a value", "the published target, e.g. 15");
                return null;
            }

            if (FixedBenchmark.ValueProblem(value) is { } problem)
            {
                reader.Problem("value", problem.Message, problem.Hint);
                return null;
            }

            return KnownBenchmarks.Fixed(value, reader.Text("source"));
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not FixedBenchmark f)
            {
                return false;
            }

            writer.Set("value", f.Value);
            writer.Set("source", f.Source);
            return true;
        }
    }

    private sealed class PoolMean() : ComponentDescriptor<IBenchmark>(
        PoolMeanBenchmark.BenchmarkName,
        "The pool's mean.",
        [ComponentOption.OneOf<MeanKind>("mean", "ratio_of_sums (Σ numerators / Σ denominators) or mean_of_ratios. Required.")])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.Choice<MeanKind>("mean") is not { } kind)
            {
                reader.Problem("mean", "pool_mean must say which mean", "\"mean\": \"ratio_of_sums\" (Σtax/Σland, what statistics publish) or \"mean_of_ratios\"");
                return null;
            }

            return KnownBenchmarks.PoolMean(kind);
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not PoolMeanBenchmark m)
            {
                return false;
            }

            writer.SetChoice<MeanKind>("mean", m.Kind);
            return true;
        }
    }

    private sealed class IndustryMean() : ComponentDescriptor<IBenchmark>(
        IndustryMeanBenchmark.BenchmarkName,
        "The pool's mean within the firm's industry group (行业平均); the pool figure for a firm without a code or in a group smaller than min_firms.",
        [
            ComponentOption.OneOf<MeanKind>("mean", "ratio_of_sums (Σ numerators / Σ denominators) or mean_of_ratios. Required."),
            ComponentOption.OneOf<IndustryLevel>("level", "section (GB/T 4754 门类, e.g. C), division (大类, e.g. C26) or groups (the profile's own groups). Required."),
            new("groups", ComponentOptionKind.Json, "For level groups: [{\"id\": \"equipment\", \"label\": \"装备制造\", \"prefixes\": [\"C34\", \"C35\"]}, …]; prefixes of different groups must not overlap."),
            new("min_firms", ComponentOptionKind.Integer, "The smallest group (rated firms with a value) that gets its own mean; smaller groups get the pool figure. ≥ 1, default 5."),
        ])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.IsNested)
            {
                reader.Problem("type", "industry_mean cannot be nested (prior_year has no industry codes of last year's firms)", "use industry_mean as the indicator's benchmark itself");
                return null;
            }

            var kind = reader.Choice<MeanKind>("mean");
            if (kind is null)
            {
                reader.Problem("mean", "industry_mean must say which mean", "\"mean\": \"ratio_of_sums\" or \"mean_of_ratios\"");
            }

            var level = reader.Choice<IndustryLevel>("level");
            if (level is null && !reader.Has("level"))
            {
                reader.Problem("level", "industry_mean must say how firms are grouped", "\"level\": \"division\" (大类, e.g. C26), \"section\" (门类) or \"groups\"");
            }

            var minFirms = IndustryMeanBenchmark.DefaultMinFirms;
            if (reader.Has("min_firms"))
            {
                if (reader.Integer("min_firms") is not { } m || m < 1)
                {
                    reader.Problem("min_firms", $"{reader.Node("min_firms")?.ToJsonString()} is not a whole number ≥ 1", "e.g. 5");
                    return null;
                }

                minFirms = m;
            }

            var groups = ReadGroups(reader, level);
            if (kind is not { } k || level is not { } l || groups is null)
            {
                return null;
            }

            return reader.Try(null, () => new IndustryMeanBenchmark(k, l, groups, minFirms));
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not IndustryMeanBenchmark b)
            {
                return false;
            }

            writer.SetChoice<MeanKind>("mean", b.Kind);
            writer.SetChoice<IndustryLevel>("level", b.Level);
            writer.SetJson("groups", b.Groups.Count == 0 ? null : new System.Text.Json.Nodes.JsonArray([.. b.Groups.Select(g => new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = g.Id,
                ["label"] = g.Label,
                ["prefixes"] = new System.Text.Json.Nodes.JsonArray([.. g.Prefixes.Select(p => System.Text.Json.Nodes.JsonValue.Create(p))]),
            })]));
            writer.Set("min_firms", b.MinFirms == IndustryMeanBenchmark.DefaultMinFirms ? null : b.MinFirms);
            return true;
        }

        /// <summary>Reads <c>groups</c> (reporting each problem at its JSON path); null when they are wrong.</summary>
        private static List<IndustryGroup>? ReadGroups(ComponentReader reader, IndustryLevel? level)
        {
            var node = reader.Node("groups");
            if (node is null)
            {
                if (level == IndustryLevel.Groups)
                {
                    reader.Problem("groups", "level groups needs groups", "[{\"id\": \"equipment\", \"label\": \"装备制造\", \"prefixes\": [\"C34\", \"C35\"]}]");
                    return null;
                }

                return [];
            }

            if (level is not null and not IndustryLevel.Groups)
            {
                reader.Problem("groups", $"groups are used only with \"level\": \"groups\", not \"{(level == IndustryLevel.Section ? "section" : "division")}\"", "remove groups or set level to groups");
                return null;
            }

            if (node is not System.Text.Json.Nodes.JsonArray array || array.Count == 0)
            {
                reader.Problem("groups", "groups must be a non-empty array of {id, label, prefixes}", "[{\"id\": \"equipment\", \"prefixes\": [\"C34\", \"C35\"]}]");
                return null;
            }

            var groups = new List<IndustryGroup>(array.Count);
            var ok = true;
            for (var g = 0; g < array.Count; g++)
            {
                var at = $"[{g}]";
                if (array[g] is not System.Text.Json.Nodes.JsonObject item)
                {
                    ok = reader.ProblemBelow("groups", at, "a group must be an object {id, label, prefixes}");
                    continue;
                }

                foreach (var (key, _) in item)
                {
                    if (key is not ("id" or "label" or "prefixes"))
                    {
                        ok = reader.ProblemBelow("groups", $"{at}.{key}", $"unknown key '{key}'", "id, label, prefixes");
                    }
                }

                var id = item["id"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                var label = item["label"] is System.Text.Json.Nodes.JsonValue lv && lv.TryGetValue<string>(out var ls) ? ls : null;
                var prefixes = new List<string>();
                if (item["prefixes"] is System.Text.Json.Nodes.JsonArray list)
                {
                    for (var p = 0; p < list.Count; p++)
                    {
                        if (list[p] is System.Text.Json.Nodes.JsonValue pv && pv.TryGetValue<string>(out var prefix))
                        {
                            prefixes.Add(prefix);
                        }
                        else
                        {
                            ok = reader.ProblemBelow("groups", $"{at}.prefixes[{p}]", "a prefix must be a string", "e.g. \"C34\"");
                        }
                    }
                }
                else if (item["prefixes"] is not null)
                {
                    ok = reader.ProblemBelow("groups", $"{at}.prefixes", "prefixes must be an array of strings", "[\"C34\", \"C35\"]");
                }

                groups.Add(new IndustryGroup(id ?? string.Empty, label, prefixes));
            }

            foreach (var (path, message) in IndustryMeanBenchmark.GroupProblems(groups))
            {
                ok = reader.ProblemBelow("groups", path, message);
            }

            return ok ? groups : null;
        }
    }

    private sealed class Percentile() : ComponentDescriptor<IBenchmark>(
        PercentileBenchmark.BenchmarkName,
        "A percentile of the pool's values.",
        [
            new("p", ComponentOptionKind.Number, "p in [0, 1]."),
            ComponentOption.OneOf<PercentileDefinition>("definition", "inclusive (Excel PERCENTILE.INC, default) or exclusive."),
        ])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.Number("p") is not { } p)
            {
                reader.Problem("p", "pool_percentile needs p", "p in [0, 1], e.g. 0.75");
                return null;
            }

            var definition = reader.Choice<PercentileDefinition>("definition") ?? PercentileDefinition.Inclusive;
            return reader.Try("p", () => KnownBenchmarks.Percentile(p, definition), "p in [0, 1]");
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not PercentileBenchmark p)
            {
                return false;
            }

            writer.Set("p", p.P);
            writer.SetChoice<PercentileDefinition>("definition", p.Definition == PercentileDefinition.Inclusive ? null : p.Definition);
            return true;
        }
    }

    private sealed class PriorYear() : ComponentDescriptor<IBenchmark>(
        PriorYearBenchmark.BenchmarkName,
        "k × a statistic of last year's values (needs prior results).",
        [
            new("multiplier", ComponentOptionKind.Number, "k (e.g. 2). Default 1."),
            ComponentOption.Nested<IBenchmark>("inner", "The statistic on last year's values, e.g. {\"type\": \"pool_mean\", \"mean\": \"ratio_of_sums\"}."),
        ])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.IsNested)
            {
                reader.Problem("type", "prior_year cannot be nested in prior_year");
                return null;
            }

            if (!reader.Has("inner"))
            {
                reader.Problem("inner", "prior_year needs an inner benchmark", "e.g. {\"type\": \"pool_mean\", \"mean\": \"ratio_of_sums\"}");
                return null;
            }

            var inner = reader.Component<IBenchmark>("inner");
            if (reader.Number("multiplier") is { } k && !(k > 0))
            {
                reader.Problem("multiplier", $"{Num(k)} is not > 0", "e.g. 2");
                return null;
            }

            return inner is null ? null : KnownBenchmarks.PriorYear(inner, reader.Number("multiplier") ?? 1);
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not PriorYearBenchmark y)
            {
                return false;
            }

            writer.Set("multiplier", y.Multiplier == 1 ? null : y.Multiplier);
            writer.SetComponent("inner", y.Inner);
            return true;
        }
    }
}
