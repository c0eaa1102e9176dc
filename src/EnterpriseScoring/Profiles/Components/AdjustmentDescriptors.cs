using EnterpriseScoring.Adjustments;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in adjustment rules (<c>"adjustments": {"rules": [{"type": …, "id": …}]}</c>).</summary>
internal static class AdjustmentDescriptors
{
    public static ComponentCatalog<IAdjustmentRule> Catalog { get; } = new(
        "type",
        "adjustment type",
        "A bonus or deduction rule.",
        [new Tag(), new PerUnit()],
        ["tag", "points", "measure", "first_unit_points", "additional_unit_points", "size_class"],
        [
            new("id", ComponentOptionKind.Text, "snake_case id.") { Required = true },
            new("label", ComponentOptionKind.Text, "Display label."),
            new("category", ComponentOptionKind.Text, "Category: only the highest bonus per category counts; caps apply per category."),
        ],
        static (rule, writer) =>
        {
            writer.Set("id", rule.Id);
            writer.Set("label", string.IsNullOrEmpty(rule.Label) ? null : rule.Label);
            writer.Set("category", rule.Category);
            return true;
        });

    private static string Id(ComponentReader reader) => reader.Text("id") ?? string.Empty;

    private static string Label(ComponentReader reader) => reader.Text("label") ?? string.Empty;

    private sealed class Tag() : ComponentDescriptor<IAdjustmentRule>(
        "tag",
        "Fixed points for firms carrying a tag.",
        [
            new("tag", ComponentOptionKind.Text, "The tag."),
            new("points", ComponentOptionKind.Number, "Signed points."),
        ])
    {
        public override IAdjustmentRule? Create(ComponentReader reader)
        {
            if (reader.Text("tag") is not { } tag || reader.Number("points") is not { } points)
            {
                reader.Problem(reader.Has("tag") ? "points" : "tag", "a tag rule needs tag and points", "e.g. \"tag\": \"high_tech\", \"points\": 3");
                return null;
            }

            return new TagAdjustment(Id(reader), Label(reader), tag, points, reader.Text("category"));
        }

        public override bool TryWrite(IAdjustmentRule component, ComponentWriter writer)
        {
            if (component is not TagAdjustment t)
            {
                return false;
            }

            writer.Set("tag", t.Tag);
            writer.Set("points", t.Points);
            return true;
        }
    }

    private sealed class PerUnit() : ComponentDescriptor<IAdjustmentRule>(
        "per_unit",
        "Points per unit of a count measure (e.g. per lessee): one amount for the first unit, another for each further one.",
        [
            new("measure", ComponentOptionKind.Text, "The count measure, e.g. lessees."),
            new("first_unit_points", ComponentOptionKind.Number, "Signed points for the first unit."),
            new("additional_unit_points", ComponentOptionKind.Number, "Signed points for each further unit."),
            ComponentOption.OneOf<SizeClass>("size_class", "Only firms of this size class."),
        ])
    {
        public override IAdjustmentRule? Create(ComponentReader reader)
        {
            if (!reader.Has("measure") || reader.Number("first_unit_points") is not { } first || reader.Number("additional_unit_points") is not { } additional)
            {
                reader.Problem(null, "a per_unit rule needs measure, first_unit_points and additional_unit_points", "e.g. lessees, -10, -5");
                return null;
            }

            var measure = reader.Measure("measure");
            return measure is null ? null : new PerUnitAdjustment(Id(reader), Label(reader), measure, first, additional, reader.Choice<SizeClass>("size_class"), reader.Text("category"));
        }

        public override bool TryWrite(IAdjustmentRule component, ComponentWriter writer)
        {
            if (component is not PerUnitAdjustment u)
            {
                return false;
            }

            writer.Set("measure", u.Measure);
            writer.Set("first_unit_points", u.FirstUnitPoints);
            writer.Set("additional_unit_points", u.AdditionalUnitPoints);
            writer.SetChoice<SizeClass>("size_class", u.SizeClass);
            return true;
        }
    }
}
