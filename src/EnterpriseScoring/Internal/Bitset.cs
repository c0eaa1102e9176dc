using System.Numerics;

namespace EnterpriseScoring.Internal;

/// <summary>
/// Bitsets over rows as plain <see cref="ulong"/> arrays: bit <c>row &amp; 63</c> of word <c>row &gt;&gt; 6</c> is row
/// <c>row</c>. The engine keeps condition matches, override reach and "has adjustment lines" in this form.
/// </summary>
internal static class Bitset
{
    /// <summary>The number of 64-bit words a bitset of <paramref name="rows"/> rows needs.</summary>
    public static int WordCount(int rows) => (rows + 63) >> 6;

    /// <summary>A bitset with every one of <paramref name="rows"/> rows set (the bits past the last row are clear).</summary>
    public static ulong[] All(int rows)
    {
        var words = new ulong[WordCount(rows)];
        Array.Fill(words, ulong.MaxValue);
        if ((rows & 63) != 0)
        {
            words[^1] = (1UL << (rows & 63)) - 1;
        }

        return words;
    }

    /// <summary>Whether <paramref name="row"/> is set.</summary>
    public static bool IsSet(ulong[] words, int row) => (words[row >> 6] & (1UL << (row & 63))) != 0;

    /// <summary>The number of set bits.</summary>
    public static int Count(ReadOnlySpan<ulong> words)
    {
        var count = 0;
        foreach (var w in words)
        {
            count += BitOperations.PopCount(w);
        }

        return count;
    }
}
