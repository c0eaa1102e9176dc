using System.Text;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// The component reference of docs/profile-format.md, generated from the catalogs (the section between the
/// <c>component-reference</c> markers; a test keeps it up to date).
/// </summary>
internal static class ComponentReference
{
    public const string Begin = "<!-- component-reference:begin (generated from the descriptors; UPDATE_DOCS=1 dotnet test --filter ProfileFormatDocTests regenerates it) -->";

    public const string End = "<!-- component-reference:end -->";

    private static readonly Dictionary<string, string> Where = new(StringComparer.Ordinal)
    {
        ["land strategy"] = "`land` (profile)",
        ["scoring method"] = "`scoring` (indicator)",
        ["benchmark"] = "`benchmark` (indicator)",
        ["weighting method"] = "`weighting` (pool)",
        ["aggregation method"] = "`aggregation` (pool)",
        ["adjustment type"] = "`adjustments.rules[]` (pool)",
        ["tier scheme"] = "`tiering` (pool)",
    };

    /// <summary>The Markdown between the markers (LF line endings).</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        foreach (var (_, catalog) in ComponentCatalogs.All)
        {
            text.Append("### ").Append(Where[catalog.Noun]).Append(": `\"").Append(catalog.Key).Append("\"` names the ").Append(catalog.Noun).Append("\n\n");
            if (catalog.CommonKeys.Count > 0)
            {
                text.Append("Every rule also has ")
                    .Append(string.Join(", ", catalog.CommonKeys.Select(k => $"`{k.Name}`{(k.Required ? " (required)" : string.Empty)}")))
                    .Append(".\n\n");
            }

            text.Append("| name | options | what it does |\n|---|---|---|\n");
            foreach (var (name, description, options) in catalog.Describe(null))
            {
                var list = options.Count == 0 ? "—" : string.Join("<br>", options.Select(Option));
                text.Append("| `").Append(name).Append("` | ").Append(list).Append(" | ").Append(Cell(description)).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Option(ComponentOption option)
    {
        var kind = option.Kind switch
        {
            ComponentOptionKind.Choice => string.Join(" \\| ", option.Choices.Select(c => $"`{c}`")),
            ComponentOptionKind.Component => "a " + ComponentCatalogs.Find(option.ComponentKind!)!.Noun,
            ComponentOptionKind.NumberList => "numbers",
            ComponentOptionKind.NumberMatrix => "rows of numbers",
            ComponentOptionKind.Integer => "whole number",
            _ => option.Kind.ToString().ToLowerInvariant(),
        };
        return $"`{option.Name}` ({kind}{(option.Required ? ", required" : string.Empty)}): {Cell(option.Description)}";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
