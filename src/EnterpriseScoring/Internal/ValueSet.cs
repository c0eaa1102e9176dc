using System.Collections;
using System.Globalization;

namespace EnterpriseScoring.Internal;

/// <summary>
/// A read-only set that owns its items (a private copy made by <see cref="ReadOnlyCopy.Set{T}(IReadOnlySet{T}?)"/>,
/// keeping the source's comparer and enumeration order) and compares by value: two sets are equal when they hold the
/// same items.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Nothing can change it: it exposes no mutator and cannot be cast to one. Thread-safe for reading.</remarks>
internal sealed class ValueSet<T> : IReadOnlySet<T>, IEquatable<ValueSet<T>>, IOwnedCollection
{
    private readonly HashSet<T> items;

    /// <summary>Takes ownership of <paramref name="items"/> (which nothing else may keep).</summary>
    internal ValueSet(HashSet<T> items) => this.items = items;

    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public bool Contains(T item) => items.Contains(item);

    /// <inheritdoc/>
    public bool IsProperSubsetOf(IEnumerable<T> other) => items.IsProperSubsetOf(other);

    /// <inheritdoc/>
    public bool IsProperSupersetOf(IEnumerable<T> other) => items.IsProperSupersetOf(other);

    /// <inheritdoc/>
    public bool IsSubsetOf(IEnumerable<T> other) => items.IsSubsetOf(other);

    /// <inheritdoc/>
    public bool IsSupersetOf(IEnumerable<T> other) => items.IsSupersetOf(other);

    /// <inheritdoc/>
    public bool Overlaps(IEnumerable<T> other) => items.Overlaps(other);

    /// <inheritdoc/>
    public bool SetEquals(IEnumerable<T> other) => items.SetEquals(other);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueSet<T>? other) => other is not null && other.Count == Count && items.SetEquals(other.items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueSet<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = Count;
        foreach (var item in items)
        {
            hash += item is null ? 0 : items.Comparer.GetHashCode(item); // order-independent
        }

        return hash;
    }

    /// <summary>The items, e.g. <c>[a, b]</c> (how records that hold the set print it).</summary>
    public override string ToString() => "[" + string.Join(", ", items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))) + "]";
}
