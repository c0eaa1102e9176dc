namespace EnterpriseScoring.Internal;

/// <summary>A growable bitset that becomes an immutable <see cref="RowMask"/>.</summary>
internal sealed class RowMaskBuilder
{
    private ulong[] words;

    public RowMaskBuilder(int capacity) => words = new ulong[Math.Max(1, (capacity + 63) >> 6)];

    public void Set(int row)
    {
        var w = row >> 6;
        if (w >= words.Length)
        {
            Array.Resize(ref words, Math.Max(w + 1, words.Length * 2));
        }

        words[w] |= 1UL << (row & 63);
    }

    public void SetAll(int length)
    {
        if (length <= 0)
        {
            return;
        }

        Set(length - 1); // grows the words when needed
        Array.Fill(words, ulong.MaxValue, 0, length >> 6);
        if ((length & 63) != 0)
        {
            words[length >> 6] |= (1UL << (length & 63)) - 1;
        }
    }

    public bool Get(int row)
    {
        var w = row >> 6;
        return w < words.Length && (words[w] & (1UL << (row & 63))) != 0;
    }

    public RowMask Build(int length)
    {
        var exact = new ulong[(length + 63) >> 6];
        Array.Copy(words, exact, Math.Min(words.Length, exact.Length));
        if ((length & 63) != 0 && exact.Length > 0)
        {
            exact[^1] &= (1UL << (length & 63)) - 1;
        }

        return new RowMask(exact, length);
    }
}
