using System.Numerics;

namespace EnterpriseScoring.Internal;

/// <summary>
/// The positions of the set bits of <c>words[from .. to)</c> (bit i of word w is position <c>64w + i</c>) below a limit,
/// ascending, for a <c>foreach</c> without allocation: the row loop of a kernel over a row mask.
/// </summary>
/// <param name="words">The bits.</param>
/// <param name="from">The first word.</param>
/// <param name="to">The word after the last.</param>
/// <param name="limit">Positions from this one on are not given (the bits past a mask's last row).</param>
internal ref struct SetBits(ReadOnlySpan<ulong> words, int from, int to, int limit)
{
    private readonly ReadOnlySpan<ulong> words = words;
    private int word = from - 1;
    private ulong bits;

    /// <summary>The current position.</summary>
    public int Current { get; private set; }

    /// <summary>Every set bit of <paramref name="words"/> below <paramref name="limit"/>.</summary>
    public SetBits(ReadOnlySpan<ulong> words, int limit)
        : this(words, 0, words.Length, limit)
    {
    }

    /// <summary>This enumerator (for <c>foreach</c>).</summary>
    public readonly SetBits GetEnumerator() => this;

    /// <summary>Moves to the next set bit; false past the last word or at the limit.</summary>
    public bool MoveNext()
    {
        while (bits == 0)
        {
            if (++word >= to)
            {
                return false;
            }

            bits = words[word];
        }

        Current = (word << 6) + BitOperations.TrailingZeroCount(bits);
        bits &= bits - 1;
        return Current < limit;
    }
}
