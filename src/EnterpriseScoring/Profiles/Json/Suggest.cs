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
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
