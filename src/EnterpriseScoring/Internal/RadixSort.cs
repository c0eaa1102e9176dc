using System.Buffers;

namespace EnterpriseScoring.Internal;

/// <summary>Sorts (key, index) pairs by ascending unsigned 64-bit key: a stable LSD radix sort (11-bit digits) for large
/// inputs, <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/> for small ones. The order among equal keys is
/// unspecified for callers (they must not depend on it).</summary>
internal static class RadixSort
{
    private const int SmallThreshold = 256;
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = 6; // 6 × 11 ≥ 64

    /// <summary>Sorts <paramref name="keys"/>[0..n) ascending, permuting <paramref name="items"/>[0..n) alike.</summary>
    public static void Sort(ulong[] keys, int[] items, int n)
    {
        if (n < SmallThreshold)
        {
            Array.Sort(keys, items, 0, n);
            return;
        }

        var counts = ArrayPool<int>.Shared.Rent(Passes * Buckets);
        var keys2 = ArrayPool<ulong>.Shared.Rent(n);
        var items2 = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(counts, 0, Passes * Buckets);
            for (var i = 0; i < n; i++)
            {
                var k = keys[i];
                for (var p = 0; p < Passes; p++)
                {
                    counts[(p * Buckets) + (int)((k >> (p * DigitBits)) & (Buckets - 1))]++;
                }
            }

            var srcK = keys;
            var srcI = items;
            var dstK = keys2;
            var dstI = items2;
            for (var p = 0; p < Passes; p++)
            {
                var offset = p * Buckets;
                var trivial = false;
                var running = 0;
                for (var b = 0; b < Buckets; b++)
                {
                    var c = counts[offset + b];
                    if (c == n)
                    {
                        trivial = true;
                        break;
                    }

                    counts[offset + b] = running;
                    running += c;
                }

                if (trivial)
                {
                    continue; // every key has the same digit: this pass would not move anything
                }

                var shift = p * DigitBits;
                for (var i = 0; i < n; i++)
                {
                    var k = srcK[i];
                    var position = counts[offset + (int)((k >> shift) & (Buckets - 1))]++;
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
}
