using System.Collections;
using System.Globalization;

namespace EnterpriseScoring.Internal;

/// <summary>
/// A read-only list that owns its items (a private copy made by <see cref="ReadOnlyCopy.List{T}(IEnumerable{T}?)"/>) and
/// compares by value: two lists are equal when they hold equal items in the same order. The collection members of the
/// library's immutable records hold one, so the records' generated equality compares lists item by item.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Nothing can change it: it exposes no mutator and cannot be cast to one. Thread-safe.</remarks>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IOwnedCollection
{
    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <inheritdoc/>
    public T this[int index] => items[index];

    /// <summary>A list that takes ownership of <paramref name="items"/> (which nothing else may keep).</summary>
    internal static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new(items);

    /// <summary>The items as a span, for loops that should not allocate an enumerator.</summary>
    public ReadOnlySpan<T> AsSpan() => items;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, e.g. <c>[a, b]</c> (how records that hold the list print it).</summary>
    public override string ToString() => "[" + string.Join(", ", items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))) + "]";
}
