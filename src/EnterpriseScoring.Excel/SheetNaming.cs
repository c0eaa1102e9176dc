namespace EnterpriseScoring.Excel;

/// <summary>Valid, unique sheet names: at most 31 characters, none of <c>[]:*?/\</c>, not starting or ending with <c>'</c>, unique ignoring case.</summary>
internal sealed class SheetNaming
{
    private const int MaxLength = 31;
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A valid name made from <paramref name="wanted"/>, with <c>(2)</c>, <c>(3)</c> … when it is taken.</summary>
    public string Make(string wanted)
    {
        var chars = wanted.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '_' : c).ToArray();
        var name = new string(chars).Trim('\'', ' ');
        if (name.Length == 0)
        {
            name = "Sheet";
        }

        var candidate = Cut(name, MaxLength);
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $"({n})";
            candidate = Cut(name, MaxLength - suffix.Length) + suffix;
        }

        return candidate;
    }

    private static string Cut(string name, int length)
    {
        if (name.Length <= length)
        {
            return name;
        }

        var end = length;
        if (char.IsHighSurrogate(name[end - 1]))
        {
            end--;
        }

        return name[..end];
    }
}
