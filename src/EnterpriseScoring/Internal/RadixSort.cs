using System.Buffers;

namespace EnterpriseScoring.Internal;

/// <summary>Sorts (key, index) pairs by ascending unsigned 64-bit key: a stable LSD radix sort (8-bit digits; passes where all keys share a digit are skipped) for large
/// inputs, <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/> for small ones. The order among equal keys is
/// unspecified for callers (they must not depend on it).</summary>
internal static class RadixSort
{
    private const int SmallThreshold = 256;
    private const int DefaultDigitBits = 8; // measured faster than 11 and 16 bits on 1M keys (fewer TLB misses per scatter)

    /// <summary>Sorts <paramref name="keys"/>[0..n) ascending, permuting <paramref name="items"/>[0..n) alike.</summary>
    public static void Sort(ulong[] keys, int[] items, int n, int digitBits = DefaultDigitBits)
    {
        var buckets = 1 << digitBits;
        var passes = (64 + digitBits - 1) / digitBits;
        var mask = (ulong)(buckets - 1);
        if (n < SmallThreshold)
        {
            Array.Sort(keys, items, 0, n);
            return;
        }

        var counts = ArrayPool<int>.Shared.Rent(passes * buckets);
        var keys2 = ArrayPool<ulong>.Shared.Rent(n);
        var items2 = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(counts, 0, passes * buckets);
            for (var i = 0; i < n; i++)
            {
                var k = keys[i];
                for (var p = 0; p < passes; p++)
                {
                    counts[(p * buckets) + (int)((k >> (p * digitBits)) & mask)]++;
                }
            }

            var srcK = keys;
            var srcI = items;
            var dstK = keys2;
            var dstI = items2;
            for (var p = 0; p < passes; p++)
            {
                var offset = p * buckets;
                if (!ExclusivePrefixSums(counts.AsSpan(offset, buckets), n))
                {
                    continue; // every key has the same digit: this pass would not move anything
                }

                var shift = p * digitBits;
                for (var i = 0; i < n; i++)
                {
                    var k = srcK[i];
                    var position = counts[offset + (int)((k >> shift) & mask)]++;
                    dstK[position] = k;
                    dstI[position] = srcI[i];
                }

                (srcK, dstK) = (dstK, srcK);
                (srcI, dstI) = (dstI, srcI);
            }

            if (!ReferenceEquals(srcK, keys))
            {
                Array.Copy(srcK, keys, n);
                Array.Copy(srcI, items, n);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<ulong>.Shared.Return(keys2);
            ArrayPool<int>.Shared.Return(items2);
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
}
