namespace EnterpriseScoring.Profiles.Json;

/// <summary>"Did you mean …?" for misspelt keys and names (Levenshtein distance).</summary>
internal static class Suggest
{
    /// <summary>The closest candidate, when it is close enough to be a plausible typo.</summary>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(given, candidate);
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }

        if (best is null)
        {
            return null;
        }

        var limit = Math.Max(2, Math.Max(given.Length, best.Length) / 3);
        var contains = given.Length >= 3 && (best.Contains(given, StringComparison.OrdinalIgnoreCase) || given.Contains(best, StringComparison.OrdinalIgnoreCase));
        return bestDistance <= limit || contains ? best : null;
    }

    /// <summary>A hint: "did you mean 'x'?" or the fallback.</summary>
    public static string Hint(string given, IEnumerable<string> candidates, string? fallback = null)
    {
        var list = candidates.ToList();
        var closest = Closest(given, list);
        return closest is not null ? $"did you mean '{closest}'?" : fallback ?? "known: " + string.Join(", ", list);
    }

    // Optimal string alignment distance: Levenshtein plus adjacent transpositions ("medain" → "median" is 1).
    private static int Distance(string a, string b) => Internal.EditDistance.OptimalStringAlignment(a, b, ignoreCase: true);
}
