namespace EnterpriseScoring.Internal;

/// <summary>The shared step of the <c>With…</c> helpers of the profile records: replace one item of a list by its id.</summary>
internal static class ValueDerivation
{
    /// <summary>
    /// A copy of <paramref name="items"/> with the first item whose id is <paramref name="id"/> (ordinal) replaced by
    /// what <paramref name="change"/> makes of it.
    /// </summary>
    /// <exception cref="ArgumentException">No item has that id, or <paramref name="change"/> returned null.</exception>
    public static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, string id, Func<T, string?> idOf, Func<T, T> change, string what, string parameterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id, parameterName);
        ArgumentNullException.ThrowIfNull(change);
        var copy = items.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is { } item && string.Equals(idOf(item), id, StringComparison.Ordinal))
            {
                copy[i] = change(item) ?? throw new ArgumentException($"The change of {what} '{id}' returned null.", nameof(change));
                return ValueList<T>.Own(copy);
            }
        }

        var known = string.Join(", ", copy.Where(x => x is not null).Select(x => "'" + idOf(x) + "'"));
        throw new ArgumentException($"No {what} has id '{id}'; the {what}s are: {(known.Length == 0 ? "none" : known)}.", parameterName);
    }
}
