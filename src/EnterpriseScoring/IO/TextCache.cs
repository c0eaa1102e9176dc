namespace EnterpriseScoring.IO;

/// <summary>
/// Decodes text cells that repeat from row to row (region, platform, industry, parcel, tag lists) once per distinct
/// value: a small hash table keyed by the cell's UTF-8 bytes gives back the same value — the same string instance, so
/// the table builder's category encoders skip their dictionary — without allocating.
/// </summary>
/// <typeparam name="T">What a cell becomes (its text, or the text parsed).</typeparam>
/// <remarks>
/// At most <c>maxEntries</c> distinct values are kept; later new values are made every time (a column of unique values
/// costs one failed lookup per row, no memory). Not thread-safe.
/// </remarks>
internal sealed class TextCache<T>
{
    private readonly int maxEntries;
    private Entry[] entries = new Entry[64];
    private int count;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="maxEntries">The most distinct values kept.</param>
    public TextCache(int maxEntries = 4096) => this.maxEntries = maxEntries;

    /// <summary>Looks up the value of the cell whose UTF-8 bytes are <paramref name="key"/>.</summary>
    public bool TryGet(ReadOnlySpan<byte> key, out T value)
    {
        var hash = Hash(key);
        var mask = entries.Length - 1;
        for (var i = hash & mask; entries[i].Key is { } k; i = (i + 1) & mask)
        {
            if (entries[i].Hash == hash && key.SequenceEqual(k))
            {
                value = entries[i].Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> (not already present) while there is room.</summary>
    public void Add(ReadOnlySpan<byte> key, T value)
    {
        if (count >= maxEntries)
        {
            return;
        }

        var hash = Hash(key);
        var mask = entries.Length - 1;
        var i = hash & mask;
        while (entries[i].Key is not null)
        {
            i = (i + 1) & mask;
        }

        entries[i] = new Entry(key.ToArray(), hash, value);
        if (++count * 2 > entries.Length)
        {
            Grow();
        }
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        var mask = entries.Length - 1;
        foreach (var e in old)
        {
            if (e.Key is not null)
            {
                var i = e.Hash & mask;
                while (entries[i].Key is not null)
                {
                    i = (i + 1) & mask;
                }

                entries[i] = e;
            }
        }
    }

    private readonly record struct Entry(byte[]? Key, int Hash, T Value);
}
