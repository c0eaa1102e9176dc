using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EnterpriseScoring.Internal;

/// <summary>
/// A read-only dictionary that owns its entries (a private copy made by
/// <see cref="ReadOnlyCopy.Dictionary{TKey, TValue}(IReadOnlyDictionary{TKey, TValue}?)"/>, keeping the source's key
/// comparer and enumeration order) and compares by value: two dictionaries are equal when they hold the same keys (by
/// this dictionary's comparer) with equal values, in any order.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <remarks>Nothing can change it: it exposes no mutator and cannot be cast to one. Thread-safe for reading.</remarks>
internal sealed class ValueDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueDictionary<TKey, TValue>>, IOwnedCollection
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> entries;

    /// <summary>Takes ownership of <paramref name="entries"/> (which nothing else may keep).</summary>
    internal ValueDictionary(Dictionary<TKey, TValue> entries) => this.entries = entries;

    /// <summary>The comparer of the keys.</summary>
    public IEqualityComparer<TKey> Comparer => entries.Comparer;

    /// <inheritdoc/>
    public int Count => entries.Count;

    /// <inheritdoc/>
    public IEnumerable<TKey> Keys => entries.Keys;

    /// <inheritdoc/>
    public IEnumerable<TValue> Values => entries.Values;

    /// <inheritdoc/>
    public TValue this[TKey key] => entries[key];

    /// <inheritdoc/>
    public bool ContainsKey(TKey key) => entries.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => entries.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => entries.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueDictionary<TKey, TValue>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in entries)
        {
            if (!other.entries.TryGetValue(key, out var theirs) || !EqualityComparer<TValue>.Default.Equals(value, theirs))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueDictionary<TKey, TValue>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = Count;
        foreach (var (key, value) in entries)
        {
            hash += HashCode.Combine(entries.Comparer.GetHashCode(key), value); // order-independent
        }

        return hash;
    }

    /// <summary>The entries, e.g. <c>{ tax = 1, revenue = 2 }</c> (how records that hold the dictionary print it).</summary>
    public override string ToString() =>
        entries.Count == 0 ? "{ }" : "{ " + string.Join(", ", entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} = {e.Value}"))) + " }";
}
