using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace EnterpriseScoring.Internal;

/// <summary>
/// Private read-only copies of the collections callers pass to immutable objects, so that a caller mutating its list
/// or dictionary afterwards cannot change the object. <see langword="null"/> stays <see langword="null"/> (the
/// validation of what holds the collection reports it); a collection that is already such a copy is shared, not copied.
/// </summary>
internal static class ReadOnlyCopy
{
    /// <summary>A read-only copy of <paramref name="source"/> that compares by value (<see cref="ValueList{T}"/>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="source">The items, or null.</param>
    [return: NotNullIfNotNull(nameof(source))]
    public static IReadOnlyList<T>? List<T>(IEnumerable<T>? source) => source switch
    {
        null => null,
        IReadOnlyList<T> list and IOwnedCollection => list,
        _ => ValueList<T>.Own([.. source]),
    };

    /// <summary>
    /// A read-only copy of <paramref name="source"/> that compares by value (<see cref="ValueDictionary{TKey, TValue}"/>),
    /// with the source's key comparer (for a <see cref="Dictionary{TKey, TValue}"/>, a frozen, immutable or concurrent
    /// dictionary; the default comparer otherwise) and its enumeration order.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The entries, or null.</param>
    [return: NotNullIfNotNull(nameof(source))]
    public static IReadOnlyDictionary<TKey, TValue>? Dictionary<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? source)
        where TKey : notnull => source switch
        {
            null => null,
            IOwnedCollection => source,
            _ => new ValueDictionary<TKey, TValue>(new Dictionary<TKey, TValue>(source, ComparerOf(source))),
        };

    /// <summary>
    /// A read-only copy of <paramref name="source"/> that compares by value (<see cref="ValueSet{T}"/>), with the
    /// source's comparer (for a <see cref="HashSet{T}"/>; the default comparer otherwise) and its enumeration order.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="source">The items, or null.</param>
    [return: NotNullIfNotNull(nameof(source))]
    public static IReadOnlySet<T>? Set<T>(IReadOnlySet<T>? source) => source switch
    {
        null => null,
        IOwnedCollection => source,
        HashSet<T> hashSet => new ValueSet<T>(new HashSet<T>(hashSet, hashSet.Comparer)),
        _ => new ValueSet<T>([.. source]),
    };

    /// <summary>A read-only view of an array the caller owns and never changes again (no copy).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The array, handed over.</param>
    public static IReadOnlyList<T> AsValueList<T>(this T[] items) => ValueList<T>.Own(items);

    /// <summary>The empty dictionary with the ordinal comparer, for defaults of string-keyed members.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    public static IReadOnlyDictionary<string, TValue> EmptyOrdinal<TValue>() => EmptyDictionary<TValue>.Ordinal;

    private static IEqualityComparer<TKey>? ComparerOf<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> source)
        where TKey : notnull => source switch
        {
            Dictionary<TKey, TValue> d => d.Comparer,
            FrozenDictionary<TKey, TValue> f => f.Comparer,
            ImmutableDictionary<TKey, TValue> i => i.KeyComparer,
            ConcurrentDictionary<TKey, TValue> c => c.Comparer,
            _ => null,
        };

    private static class EmptyDictionary<TValue>
    {
        public static readonly ValueDictionary<string, TValue> Ordinal = new(new Dictionary<string, TValue>(StringComparer.Ordinal));
    }
}
