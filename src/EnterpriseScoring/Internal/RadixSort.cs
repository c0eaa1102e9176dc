using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnterpriseScoring.Internal;

/// <summary>What <see cref="RadixSort.Partition{TLeaf}"/> does with each range of keys it has put in place.</summary>
internal interface IRadixLeaf
{
    /// <summary>
    /// Handles positions [<paramref name="lo"/>, <paramref name="hi"/>) of the sorted order: every key before
    /// <paramref name="lo"/> is smaller than every key in the range, every key from <paramref name="hi"/> on is larger.
    /// The range's keys and items are at those positions of <paramref name="keys"/> and <paramref name="items"/> (the
    /// caller's arrays or scratch ones), in no particular order unless <paramref name="equal"/> says they are all equal.
    /// </summary>
    void Leaf(ulong[] keys, int[]? items, int lo, int hi, bool equal);
}

/// <summary>Sorts (key, index) pairs by ascending unsigned 64-bit key: an MSD radix sort (digits taken from the top of the
/// keys' range, small ranges finished by the caller's <see cref="IRadixLeaf"/>, e.g. an insertion sort) for large inputs,
/// <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/> for small ones. The order among equal keys is
/// unspecified for callers (they must not depend on it).</summary>
/// <remarks>
/// The keys are split by <c>key − min</c>, whose order is the keys' order; the first digit holds the highest bit of
/// <c>max − min</c>, so keys that share their high bits (e.g. totals between 1 and 200) cost no passes for them. A range
/// of n keys is split by a digit of about log2(n) − 3 bits (at most 8), so buckets hold about 8 keys; each level moves
/// every element once, from the array it is in to the other one (the caller's or a pooled scratch array), and a range
/// whose keys all share the next digit is not moved. At 1M doubles' keys that is two moves (the first over 256 buckets,
/// the second within a bucket that fits in cache) instead of the seven or eight of the LSD radix sort this replaced, and
/// the ranges left (≤ 32 keys) are finished in cache. Ranking and tier positions take the ranges without sorting them: a
/// key's rank is the range's start plus the number of smaller keys in it. With
/// <c>parallel</c>, the top level's buckets of a large input are finished on several threads; each is sequential and
/// writes only its own positions, so the outcome does not depend on the thread count.
/// </remarks>
internal static class RadixSort
{
    /// <summary>Ranges of at most this many keys are handed to the leaf.</summary>
    public const int LeafSize = 32;

    private const int SmallThreshold = 256;
    private const int ParallelThreshold = 1 << 18; // keys from which the top level's buckets may be split on several threads (at 100k one thread measured faster)
    private const int MaxDigitBits = 11;
    private const int LargeRange = 1 << 16; // keys (768 KB with their items)

    /// <summary>Sorts <paramref name="keys"/>[0..n) ascending, permuting <paramref name="items"/>[0..n) alike (keys only when
    /// <paramref name="items"/> is null).</summary>
    public static void Sort(ulong[] keys, int[]? items, int n)
    {
        var leaf = new SortLeaf(keys, items);
        Partition(keys, items, n, ref leaf);
    }

    /// <summary>
    /// Splits <paramref name="keys"/>[0..n) (with <paramref name="items"/>) into consecutive ranges of the ascending order and
    /// hands each to <paramref name="leaf"/>, in ascending order; the caller's arrays are left permuted in an unspecified
    /// way (unless the leaf sorts them back, as <see cref="Sort"/>'s does). Every range has at most
    /// <see cref="LeafSize"/> keys or equal keys.
    /// </summary>
    public static void Partition<TLeaf>(ulong[] keys, int[]? items, int n, ref TLeaf leaf, bool parallel = false)
        where TLeaf : struct, IRadixLeaf
    {
        if (n < SmallThreshold)
        {
            Array.Sort(keys, items, 0, n);
            var start = 0;
            while (start < n)
            {
                var end = start + 1;
                while (end < n && keys[end] == keys[start])
                {
                    end++;
                }

                leaf.Leaf(keys, items, start, end, equal: true);
                start = end;
            }

            return;
        }

        var min = ulong.MaxValue;
        var max = ulong.MinValue;
        for (var i = 0; i < n; i++)
        {
            var k = keys[i];
            min = Math.Min(min, k);
            max = Math.Max(max, k);
        }

        var keys2 = ArrayPool<ulong>.Shared.Rent(n);
        var items2 = items is null ? null : ArrayPool<int>.Shared.Rent(n);
        try
        {
            // Keys − min fit in the bits up to the highest bit of max − min.
            Segment(new Arrays(keys, items, keys2, items2), min, ref leaf, 0, n, 64 - BitOperations.LeadingZeroCount(max - min), parallel && n >= ParallelThreshold && Environment.ProcessorCount > 1);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys2);
            if (items2 is not null)
            {
                ArrayPool<int>.Shared.Return(items2);
            }
        }
    }

    /// <summary>
    /// Turns one pass's digit counts into starting offsets (exclusive prefix sums). Returns false, leaving the counts as
    /// they are, when one bucket holds all <paramref name="n"/> keys: that pass would not move anything.
    /// </summary>
    internal static bool ExclusivePrefixSums(Span<int> counts, int n)
    {
        var running = 0;
        for (var b = 0; b < counts.Length; b++)
        {
            var c = counts[b];
            if (c == n)
            {
                return false;
            }

            counts[b] = running;
            running += c;
        }

        return true;
    }

    /// <summary>
    /// Splits [lo, hi) of <paramref name="arrays"/>' source, whose keys − min agree above their lowest
    /// <paramref name="remaining"/> bits.
    /// </summary>
    private static void Segment<TLeaf>(Arrays arrays, ulong min, ref TLeaf leaf, int lo, int hi, int remaining, bool parallel = false)
        where TLeaf : struct, IRadixLeaf
    {
        var n = hi - lo;
        if (n <= LeafSize || remaining == 0)
        {
            leaf.Leaf(arrays.SourceKeys, arrays.SourceItems, lo, hi, equal: remaining == 0 || n == 1);
            return;
        }

        // About 8 keys per bucket: a digit wide enough to split the range, narrow enough that clearing and walking the
        // buckets costs little next to moving the keys. A range larger than the caches gets at most 8 bits, so that the
        // scatter's 2 × 256 write streams stay within the TLB (11 bits measured 20% slower on 1M keys); a smaller one up
        // to 11, so that a bucket of the first level is finished in one more move.
        var width = Math.Clamp(BitOperations.Log2((uint)n) - 3, 1, n > LargeRange ? 8 : MaxDigitBits);
        Span<int> counts = stackalloc int[1 << width];
        var source = arrays.SourceKeys.AsSpan(lo, n);
        int bits, shift;
        while (true)
        {
            bits = Math.Min(width, remaining);
            shift = remaining - bits;
            var digits = counts[..(1 << bits)];
            digits.Clear();
            Histogram(source, min, shift, digits);
            if (ExclusivePrefixSums(digits, n))
            {
                break;
            }

            remaining = shift; // one bucket holds every key: nothing to move for this digit
            if (remaining == 0)
            {
                leaf.Leaf(arrays.SourceKeys, arrays.SourceItems, lo, hi, equal: true);
                return;
            }
        }

        // counts now holds each bucket's start relative to lo; scatter, then split each bucket by the lower digits.
        var buckets = 1 << bits;
        Span<int> starts = stackalloc int[buckets + 1];
        counts[..buckets].CopyTo(starts);
        starts[buckets] = n;
        if (arrays.SourceItems is null)
        {
            Scatter(source, default, min, shift, counts[..buckets], arrays.TargetKeys.AsSpan(lo, n), default);
        }
        else
        {
            Scatter(source, arrays.SourceItems.AsSpan(lo, n), min, shift, counts[..buckets], arrays.TargetKeys.AsSpan(lo, n), arrays.TargetItems.AsSpan(lo, n));
        }
        var swapped = arrays.Swapped;
        if (parallel)
        {
            SegmentsInParallel(swapped, min, leaf, lo, starts.ToArray(), shift);
            return;
        }

        for (var b = 0; b < buckets; b++)
        {
            var start = lo + starts[b];
            var end = lo + starts[b + 1];
            if (end > start)
            {
                Segment(swapped, min, ref leaf, start, end, shift);
            }
        }
    }

    /// <summary>
    /// The buckets of one level on several threads: they are independent (each sequential, writing only its own
    /// positions), so the outcome does not depend on the number of threads. (A method of its own, so that the closure is
    /// allocated only here, not on every call of <see cref="Segment"/>.)
    /// </summary>
    private static void SegmentsInParallel<TLeaf>(Arrays arrays, ulong min, TLeaf leaf, int lo, int[] bounds, int remaining)
        where TLeaf : struct, IRadixLeaf
    {
        Parallel.For(0, bounds.Length - 1, b =>
        {
            var local = leaf;
            if (bounds[b + 1] > bounds[b])
            {
                Segment(arrays, min, ref local, lo + bounds[b], lo + bounds[b + 1], remaining);
            }
        });
    }

    /// <summary>Counts the digit <c>((key − min) &gt;&gt; shift) mod counts.Length</c> (a power of two) of every key.</summary>
    private static void Histogram(ReadOnlySpan<ulong> keys, ulong min, int shift, Span<int> counts)
    {
        var mask = (ulong)(counts.Length - 1);
        ref var count = ref MemoryMarshal.GetReference(counts);
        foreach (var k in keys)
        {
            Unsafe.Add(ref count, (nint)(((k - min) >> shift) & mask))++; // the mask keeps the digit within counts
        }
    }

    /// <summary>Moves every key (and item, unless <paramref name="items"/> is empty) to its digit's next position;
    /// <paramref name="offsets"/> holds the buckets' starts, whose counts add up to the number of keys, so every position is
    /// within the targets.</summary>
    private static void Scatter(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> items, ulong min, int shift, Span<int> offsets, Span<ulong> targetKeys, Span<int> targetItems)
    {
        var mask = (ulong)(offsets.Length - 1);
        ref var offset = ref MemoryMarshal.GetReference(offsets);
        ref var item = ref MemoryMarshal.GetReference(items);
        ref var targetKey = ref MemoryMarshal.GetReference(targetKeys);
        ref var targetItem = ref MemoryMarshal.GetReference(targetItems);
        if (items.IsEmpty)
        {
            foreach (var k in keys)
            {
                Unsafe.Add(ref targetKey, (nint)Unsafe.Add(ref offset, (nint)(((k - min) >> shift) & mask))++) = k;
            }

            return;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            var position = (nint)Unsafe.Add(ref offset, (nint)(((k - min) >> shift) & mask))++;
            Unsafe.Add(ref targetKey, position) = k;
            Unsafe.Add(ref targetItem, position) = Unsafe.Add(ref item, i);
        }
    }

    /// <summary>Where a range is (source) and where it goes when split (target).</summary>
    private readonly record struct Arrays(ulong[] SourceKeys, int[]? SourceItems, ulong[] TargetKeys, int[]? TargetItems)
    {
        public Arrays Swapped => new(TargetKeys, TargetItems, SourceKeys, SourceItems);
    }

    /// <summary>Copies each range back into the caller's arrays and sorts it there.</summary>
    private readonly struct SortLeaf(ulong[] keys, int[]? items) : IRadixLeaf
    {
        public void Leaf(ulong[] rangeKeys, int[]? rangeItems, int lo, int hi, bool equal)
        {
            if (!ReferenceEquals(rangeKeys, keys))
            {
                Array.Copy(rangeKeys, lo, keys, lo, hi - lo);
                if (items is not null)
                {
                    Array.Copy(rangeItems!, lo, items, lo, hi - lo);
                }
            }

            if (equal)
            {
                return;
            }

            for (var i = lo + 1; i < hi; i++)
            {
                var k = keys[i];
                var item = items is null ? 0 : items[i];
                var j = i - 1;
                while (j >= lo && keys[j] > k)
                {
                    keys[j + 1] = keys[j];
                    if (items is not null)
                    {
                        items[j + 1] = items[j];
                    }

                    j--;
                }

                keys[j + 1] = k;
                if (items is not null)
                {
                    items[j + 1] = item;
                }
            }
        }
    }
}
