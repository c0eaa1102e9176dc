namespace EnterpriseScoring.Internal;

/// <summary>
/// A per-position column that is mostly empty (reasons of rejected firms, tier notes, matched overrides): only the set
/// positions take memory, so a pool of a million firms with a few hundred notes does not carry a million empty slots.
/// </summary>
/// <typeparam name="T">The value type; <see langword="null"/> means "nothing here".</typeparam>
/// <remarks>Written by one thread while a pool is evaluated, read-only afterwards.</remarks>
internal sealed class SparseColumn<T>
    where T : class
{
    private Dictionary<int, T>? values;

    /// <summary>The value at <paramref name="position"/>, or <see langword="null"/>; setting <see langword="null"/> clears it.</summary>
    public T? this[int position]
    {
        get => values is not null && values.TryGetValue(position, out var v) ? v : null;
        set
        {
            if (value is null)
            {
                values?.Remove(position);
            }
            else
            {
                (values ??= [])[position] = value;
            }
        }
    }

    /// <summary>The number of positions that hold a value.</summary>
    public int Count => values?.Count ?? 0;
}
