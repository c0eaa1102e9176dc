namespace EnterpriseScoring.Internal;

/// <summary>A read-only view of a <see cref="SparseColumn{T}"/>: what readers of finished results get.</summary>
/// <typeparam name="T">The value type; <see langword="null"/> means "nothing here".</typeparam>
/// <param name="column">The column viewed.</param>
internal readonly struct ReadOnlySparseColumn<T>(SparseColumn<T> column)
    where T : class
{
    /// <summary>The value at <paramref name="position"/>, or <see langword="null"/>.</summary>
    public T? this[int position] => column[position];

    /// <summary>The number of positions that hold a value.</summary>
    public int Count => column.Count;
}
