namespace EnterpriseScoring.Platforms;

/// <summary>The explanation texts the built-in platform indicators share.</summary>
internal static class PlatformArithmetic
{
    /// <summary><c>label = a / b × scale = v unit (n firms)</c>, or why there is no value.</summary>
    public static string Ratio(string label, double numerator, double denominator, double scale, double? value, string unit, int count, string counted = "firms")
    {
        var scaled = scale == 1 ? string.Empty : $" × {ExplainFormat.Num(scale)}";
        return value is { } v
            ? $"{label} = {ExplainFormat.Num(numerator)} / {ExplainFormat.Num(denominator)}{scaled} = {ExplainFormat.Num(v)} {unit} ({ExplainFormat.Int(count)} {counted})"
            : $"{label} = {ExplainFormat.Num(numerator)} / {ExplainFormat.Num(denominator)}: 分母为 0，无值 no value (denominator 0; {ExplainFormat.Int(count)} {counted})";
    }

    /// <summary>The text of a filter for formulas: <c>over 规上 members</c>.</summary>
    public static string Over(FirmCondition? filter) => filter is null || filter == FirmCondition.All ? "over all members" : $"over members meeting {filter}";

    /// <summary>Checks an id: lower-case ASCII letters, digits and underscores, starting with a letter.</summary>
    public static string CheckId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!(id[0] is >= 'a' and <= 'z') || id.Any(c => !(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_')))
        {
            throw new ArgumentException($"A platform indicator id is lower-case ASCII letters, digits and '_', starting with a letter; got '{id}'.", nameof(id));
        }

        return id;
    }
}
