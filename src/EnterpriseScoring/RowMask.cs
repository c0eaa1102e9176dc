using System.Numerics;

namespace EnterpriseScoring;

/// <summary>
/// An immutable set of row indexes of a <see cref="FirmTable"/>, stored as a bitset: which rows have a value,
/// which rows carry a tag.
/// </summary>
/// <remarks>Thread-safe. Building one is done through <see cref="RowMaskBuilder"/> inside the library.</remarks>
public sealed class RowMask
{
    private readonly ulong[] words;

    internal RowMask(ulong[] words, int length)
    {
        this.words = words;
        Length = length;
        var count = 0;
        foreach (var w in words)
        {
            count += BitOperations.PopCount(w);
        }

        Count = count;
    }

    /// <summary>The number of rows the mask covers.</summary>
    public int Length { get; }

    /// <summary>The number of rows in the set.</summary>
    public int Count { get; }

    /// <summary>Whether <paramref name="row"/> is in the set.</summary>
    /// <param name="row">A row index in [0, <see cref="Length"/>).</param>
    public bool this[int row]
    {
        get
        {
            if ((uint)row >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(row), row, $"Row must be in [0, {Length}).");
            }

            return (words[row >> 6] & (1UL << (row & 63))) != 0;
        }
    }

    /// <summary>The rows in the set, ascending.</summary>
    public IEnumerable<int> Rows()
    {
        for (var w = 0; w < words.Length; w++)
        {
            var bits = words[w];
            while (bits != 0)
            {
                var bit = BitOperations.TrailingZeroCount(bits);
                yield return (w << 6) + bit;
                bits &= bits - 1;
            }
        }
    }

    /// <summary>A mask of <paramref name="length"/> rows, all set or all clear.</summary>
    /// <param name="length">The number of rows.</param>
    /// <param name="set">Whether every row is in the set.</param>
    public static RowMask Uniform(int length, bool set)
    {
        var builder = new RowMaskBuilder(length);
        if (set)
        {
            builder.SetAll(length);
        }

        return builder.Build(length);
    }

    internal ReadOnlySpan<ulong> Words => words;

    /// <summary>The bits, for kernels that keep the array (never written to).</summary>
    internal ulong[] WordArray => words;
}
