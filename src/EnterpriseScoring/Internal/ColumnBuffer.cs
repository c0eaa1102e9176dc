namespace EnterpriseScoring.Internal;

/// <summary>
/// An append-only column for <see cref="FirmTableBuilder"/>: a first block of the expected size, then fixed blocks of
/// 64K elements. Nothing is copied while rows are added (no doubling), and <see cref="ToArray"/> returns the first block
/// itself when the expected size was exact; otherwise it copies the blocks into one array and drops them, so building a
/// table needs at most the table plus one column's blocks.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>Not thread-safe.</remarks>
internal sealed class ColumnBuffer<T>
{
    private const int BlockShift = 16;
    private const int BlockSize = 1 << BlockShift;
    private const int DefaultFirst = 1024;

    private readonly T[] first;
    private List<T[]>? blocks;
    private T[] current;
    private int position;

    /// <summary>Creates an empty column.</summary>
    /// <param name="capacity">The expected number of elements (0 when unknown).</param>
    public ColumnBuffer(int capacity)
    {
        first = new T[capacity > 0 ? capacity : DefaultFirst];
        current = first;
    }

    /// <summary>The number of elements added.</summary>
    public int Count { get; private set; }

    /// <summary>Appends <paramref name="value"/>.</summary>
    public void Add(T value)
    {
        if (position == current.Length)
        {
            current = new T[BlockSize];
            (blocks ??= []).Add(current);
            position = 0;
        }

        current[position++] = value;
        Count++;
    }

    /// <summary>The element at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public T this[int index]
    {
        get
        {
            if (index < first.Length)
            {
                return first[index];
            }

            var offset = index - first.Length;
            return blocks![offset >> BlockShift][offset & (BlockSize - 1)];
        }
    }

    /// <summary>The elements as one array of length <see cref="Count"/>; the buffer must not be used afterwards.</summary>
    public T[] ToArray()
    {
        if (blocks is null && Count == first.Length)
        {
            return first;
        }

        var result = new T[Count];
        var copied = Math.Min(Count, first.Length);
        Array.Copy(first, result, copied);
        if (blocks is not null)
        {
            for (var b = 0; b < blocks.Count; b++)
            {
                var length = Math.Min(BlockSize, Count - copied);
                Array.Copy(blocks[b], 0, result, copied, length);
                copied += length;
                blocks[b] = [];
            }
        }

        blocks = null;
        return result;
    }
}
