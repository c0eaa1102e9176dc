namespace EnterpriseScoring.Internal;

/// <summary>
/// The optimal string alignment distance: the fewest single-character insertions, deletions, substitutions and
/// adjacent transpositions that turn one string into another (<c>medain</c> → <c>median</c> is 1, <c>land_aera</c> →
/// <c>land_area</c> is 1). Shared by the profile's "did you mean" hints and the header suggestions.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, comparing characters ordinally (or ignoring case).</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <param name="ignoreCase">Whether letters that differ only in case are equal.</param>
    public static int OptimalStringAlignment(string a, string b, bool ignoreCase = false)
    {
        // Three rolling rows: the transposition step looks two rows back.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1], ignoreCase) ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }

                current[j] = d;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    private static bool Same(char x, char y, bool ignoreCase) =>
        x == y || (ignoreCase && char.ToLowerInvariant(x) == char.ToLowerInvariant(y));
}
