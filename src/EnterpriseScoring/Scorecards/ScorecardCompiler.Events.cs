using System.Text.Json.Nodes;

namespace EnterpriseScoring.Scorecards;

/// <summary>The scorecard profile's <c>event_classes</c> (docs/scorecard.md, "Events").</summary>
internal sealed partial class ScorecardCompiler
{
    internal static readonly string[] EventClassKeys = ["id", "label", "points_per_event", "max_points", "disqualify", "source"];

    /// <summary>The event class ids read so far, for the <c>events</c> test of conditions.</summary>
    private readonly HashSet<string> eventClassIds = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads <c>event_classes</c>: each class deducts points per event (with an optional cap), disqualifies, or both; ids
    /// and labels are unique (an events file names a class by either), and a class that neither deducts nor disqualifies
    /// is a problem (its events would change nothing).
    /// </summary>
    private List<ScorecardEventClass> EventClasses(JsonObject root)
    {
        var classes = Each(root, "event_classes", "$", (o, p) =>
        {
            Keys(o, p, EventClassKeys);
            var id = Str(o, "id", p, required: true);
            if (id is not null && !IsId(id))
            {
                Problem(p + ".id", $"'{id}' is not a valid event class id", "lower-case ASCII letters, digits and _, e.g. major_accident");
            }

            var label = Str(o, "label", p);
            if (label is not null && string.IsNullOrWhiteSpace(label))
            {
                Problem(p + ".label", "is empty", "the class's name as events files write it, e.g. 重大安全生产事故");
            }

            var points = Num(o, "points_per_event", p);
            if (points is < 0)
            {
                Problem(p + ".points_per_event", $"{N(points.Value)} is negative", "the points one event deducts, e.g. 1 (a deduction is written as a positive number)");
            }

            var max = Num(o, "max_points", p);
            if (max is < 0)
            {
                Problem(p + ".max_points", $"{N(max.Value)} is negative", "the most points the class deducts from one platform in the year");
            }

            if (max is not null && points is null)
            {
                Problem(p + ".max_points", "is given without points_per_event", "a cap limits a deduction: give points_per_event too");
            }

            var disqualify = Bool(o, "disqualify", p) ?? false;
            if (id is not null && !disqualify && points is null or 0.0)
            {
                Problem(p, "neither deducts nor disqualifies", "give points_per_event > 0, or \"disqualify\": true (一票否决)");
            }

            return id is null || (label is not null && string.IsNullOrWhiteSpace(label)) ? null : new ScorecardEventClass
            {
                Id = id,
                Label = label?.Trim() ?? id,
                PointsPerEvent = points is >= 0 ? points.Value : 0,
                MaxPoints = max is >= 0 ? max : null,
                Disqualifies = disqualify,
                Source = Str(o, "source", p) ?? string.Empty,
            };
        });

        if (root["event_classes"] is JsonArray { Count: 0 })
        {
            Problem("$.event_classes", "no event classes", "list the classes, or remove the key");
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < classes.Count; c++)
        {
            if (!eventClassIds.Add(classes[c].Id))
            {
                Problem($"$.event_classes[{c}].id", $"'{classes[c].Id}' is used twice", "give each event class its own id");
                continue;
            }

            foreach (var name in new[] { classes[c].Id, classes[c].Label }.Distinct(StringComparer.Ordinal))
            {
                if (names.TryGetValue(name, out var other) && other != c)
                {
                    Problem($"$.event_classes[{c}]", $"'{name}' already names event_classes[{other}]", "an events file names a class by its id or label: each must name one class");
                }

                names.TryAdd(name, c);
            }
        }

        return classes;
    }
}
