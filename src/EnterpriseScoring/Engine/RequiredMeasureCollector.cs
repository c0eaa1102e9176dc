using EnterpriseScoring.Land;

namespace EnterpriseScoring.Engine;

/// <summary>
/// Every measure a profile reads and what reads it (<see cref="Evaluator.RequiredMeasures"/>): the land strategy (and
/// the strategies it wraps), eligibility conditions, each pool's selector, indicators (every term, e.g. each pollutant
/// of a pollution-equivalent sum) and adjustments, and the overrides' conditions — with what every firm gets when the
/// measure is accepted as missing.
/// </summary>
internal static class RequiredMeasureCollector
{
    public static IReadOnlyList<MeasureRequirement> Of(EvaluationProfile profile)
    {
        var collector = new Collector();
        collector.Land(profile.Land, "land strategy " + profile.Land.Name);
        foreach (var rule in profile.Eligibility)
        {
            collector.Condition(rule.When, $"eligibility rule {rule.Id}", null, "the rule applies to no firm");
        }

        foreach (var pool in profile.Pools)
        {
            collector.Condition(pool.Selector, "pool selector", pool.Id, $"no firm enters pool {pool.Id} by it");
            foreach (var indicator in pool.Indicators)
            {
                var i = indicator.Indicator;
                foreach (var measure in i.Measures)
                {
                    collector.Add(measure, $"indicator {i.Id} ({i.ChineseName})", pool.Id, $"{i.Id} is missing for every firm → {indicator.Missing}");
                }

                if (indicator.Scoring is Scoring.EfficacyCoefficientScoring { Options.Table: { } table })
                {
                    var effect = table.WhenSizeMissing == Scoring.MissingSizeMeasure.NoRow ? "no firm has a size class: no firm has standard values (missing_size no_row)" : "no firm has a size class: every firm gets a 全行业 row";
                    foreach (var size in table.SizeMeasures)
                    {
                        collector.Add(size, $"indicator {i.Id} ({i.ChineseName}) standard-value table size classes", pool.Id, effect);
                    }
                }
            }

            foreach (var rule in pool.Adjustments.Rules)
            {
                var when = rule.MissingMeasureEffect;
                foreach (var measure in rule.Measures)
                {
                    collector.Add(measure, $"adjustment {rule.Id}{(string.IsNullOrEmpty(rule.Label) ? string.Empty : $" ({rule.Label})")}", pool.Id, when);
                }
            }
        }

        foreach (var rule in profile.Overrides)
        {
            collector.Condition(rule.When, $"override rule {rule.Id}", null, "the override applies to no firm");
        }

        return collector.Result();
    }

    private sealed class Collector
    {
        private readonly List<Measure> order = [];
        private readonly Dictionary<string, List<(string NeededBy, string WhenMissing, List<string> Pools)>> uses = new(StringComparer.Ordinal);

        public void Add(Measure measure, string neededBy, string? pool, string whenMissing)
        {
            if (!uses.TryGetValue(measure.Id, out var list))
            {
                list = [];
                uses[measure.Id] = list;
                order.Add(measure);
            }

            var index = list.FindIndex(u => u.NeededBy == neededBy && u.WhenMissing == whenMissing);
            if (index < 0)
            {
                list.Add((neededBy, whenMissing, []));
                index = list.Count - 1;
            }

            if (pool is not null && !list[index].Pools.Contains(pool, StringComparer.Ordinal))
            {
                list[index].Pools.Add(pool);
            }
        }

        /// <summary>The measures of <paramref name="strategy"/>, and of the strategies it wraps, with what each counts as when missing.</summary>
        public void Land(ILandAreaStrategy strategy, string neededBy)
        {
            switch (strategy)
            {
                case CertificateLandArea:
                    Add(KnownMeasures.LandArea, neededBy, null, "every firm's land area is missing: rejected wherever a per-mu indicator needs it");
                    break;
                case NetLandArea:
                    Add(KnownMeasures.LandArea, neededBy, null, "owned land counts 0 for every firm: only leased-in land is evaluated");
                    Add(KnownMeasures.LeasedInArea, neededBy, null, "leased-in land counts 0 for every firm");
                    Add(KnownMeasures.LeasedOutArea, neededBy, null, "leased-out land counts 0 for every firm");
                    break;
                case BuildingAreaConversion conversion:
                    Land(conversion.Inner, $"{neededBy} → {conversion.Inner.Name}");
                    Add(KnownMeasures.BuildingArea, neededBy, null, "no firm's area is converted from rented building area");
                    break;
                case SharedParcelMerge merge:
                    Land(merge.Inner, $"{neededBy} → {merge.Inner.Name}");
                    break;
                default:
                    foreach (var measure in strategy.Measures)
                    {
                        Add(measure, neededBy, null, "every firm lacks it (the strategy's own handling applies)");
                    }

                    break;
            }
        }

        /// <summary>The measures a condition tests (thresholds need a value: a missing one fails).</summary>
        public void Condition(FirmCondition? condition, string neededBy, string? pool, string consequence)
        {
            if (condition is null)
            {
                return;
            }

            foreach (var threshold in condition.MeasureThresholds().OrderBy(m => m.Measure, StringComparer.Ordinal))
            {
                var measure = KnownMeasures.TryGet(threshold.Measure, out var known) ? known : Measure.Custom(threshold.Measure);
                Add(measure, neededBy, pool, $"'{threshold}' fails for every firm: {consequence}");
            }
        }

        public IReadOnlyList<MeasureRequirement> Result() =>
            [.. order.Select(m => new MeasureRequirement(m, [.. uses[m.Id].Select(u => new MeasureUse(u.NeededBy, u.Pools.ToArray(), u.WhenMissing))]))];
    }
}
