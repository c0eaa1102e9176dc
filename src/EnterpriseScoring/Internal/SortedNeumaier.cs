using System.Buffers;

namespace EnterpriseScoring.Internal;

/// <summary>
/// Ascending sort of finite doubles by radix sort on order-preserving 64-bit keys (the MSD <see cref="RadixSort"/> below 32k
/// values, else LSD with 8-bit digits below 64k values and 11-bit ones above; passes where every key has the same digit are
/// skipped), and the Neumaier sum in that order: the order-independent sums the benchmarks and
/// pool averages use, in O(n) instead of a comparison sort.
/// </summary>
/// <remarks>
/// The sorted sequence equals <see cref="MemoryExtensions.Sort{T}(Span{T})"/>'s except that −0.0 comes before +0.0
/// (a comparison sort leaves equal zeros in any order). That cannot change a Neumaier sum: the running sum and the
/// compensation are never −0.0, and adding ±0.0 to a value that is not −0.0 gives the same value. The sums are therefore
/// bit-identical to <see cref="CompensatedSum.SortedSum"/> done with a comparison sort (tested). No allocation: scratch
/// comes from <see cref="ArrayPool{T}.Shared"/>.
/// </remarks>
internal static class SortedNeumaier
{
    private const int SmallThreshold = 512; // below this a comparison sort is as fast
    private const int MsdThreshold = 1 << 15; // below this the MSD radix sort of the keys is faster (3.5k doubles: 35 vs 50 µs; 600: 5 vs 10 µs), above it the LSD passes (350k: 4.3 vs 6.5 ms)
    private const int LargeThreshold = 1 << 16; // from here 11-bit digits (6 passes) beat 8-bit ones (8 passes): measured ~20% on 350k doubles
    private const ulong SignBit = 0x8000_0000_0000_0000UL;

    /// <summary>The Neumaier sum of <paramref name="values"/> (finite) in ascending order.</summary>
    public static double Sum(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return 0;
        }

        var buffer = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            var copy = buffer.AsSpan(0, values.Length);
            values.CopyTo(copy);
            Sort(copy);
            return CompensatedSum.Neumaier(copy);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Sorts finite doubles ascending in place (−0.0 before +0.0).</summary>
    public static void Sort(Span<double> values)
    {
        var n = values.Length;
        if (n < SmallThreshold)
        {
            values.Sort();
            return;
        }

        if (n < MsdThreshold)
        {
            SortByPartition(values);
            return;
        }

        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var scratch = ArrayPool<ulong>.Shared.Rent(n);
        var digitBits = n < LargeThreshold ? 8 : 11;
        var buckets = 1 << digitBits;
        var passes = (64 + digitBits - 1) / digitBits;
        var digitMask = (ulong)(buckets - 1);
        var counts = ArrayPool<int>.Shared.Rent(passes * buckets);
        try
        {
            Array.Clear(counts, 0, passes * buckets);
            if (digitBits == 8)
            {
                Count8(values, keys, counts);
            }
            else
            {
                Count11(values, keys, counts);
            }

            var source = keys;
            var target = scratch;
            for (var pass = 0; pass < passes; pass++)
            {
                var offset = pass * buckets;
                if (!Internal.RadixSort.ExclusivePrefixSums(counts.AsSpan(offset, buckets), n))
                {
                    continue;
                }

                var shift = pass * digitBits;
                for (var i = 0; i < n; i++)
                {
                    var key = source[i];
                    target[counts[offset + (int)((key >> shift) & digitMask)]++] = key;
                }

                (source, target) = (target, source);
            }

            for (var i = 0; i < n; i++)
            {
                values[i] = FromKey(source[i]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(scratch);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>The MSD radix sort of the keys (<see cref="RadixSort"/>, keys only).</summary>
    private static void SortByPartition(Span<double> values)
    {
        var n = values.Length;
        var keys = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] = Key(values[i]);
            }

            RadixSort.Sort(keys, null, n);
            for (var i = 0; i < n; i++)
            {
                values[i] = FromKey(keys[i]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    /// <summary>The double whose <see cref="Key"/> is <paramref name="key"/>.</summary>
    public static double FromKey(ulong key) => BitConverter.UInt64BitsToDouble((key & SignBit) != 0 ? key & ~SignBit : ~key);

    /// <summary>The order-preserving 64-bit key of a finite double: keys compare as the doubles do (−0.0 before +0.0).</summary>
    public static ulong Key(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    /// <summary>Keys and the histograms of their eight 8-bit digits (unrolled: measurably faster than a loop over digits).</summary>
    private static void Count8(Span<double> values, ulong[] keys, int[] counts)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var key = Key(values[i]);
            keys[i] = key;
            counts[(int)(key & 0xFF)]++;
            counts[256 + (int)((key >> 8) & 0xFF)]++;
            counts[512 + (int)((key >> 16) & 0xFF)]++;
            counts[768 + (int)((key >> 24) & 0xFF)]++;
            counts[1024 + (int)((key >> 32) & 0xFF)]++;
            counts[1280 + (int)((key >> 40) & 0xFF)]++;
            counts[1536 + (int)((key >> 48) & 0xFF)]++;
            counts[1792 + (int)(key >> 56)]++;
        }
    }

    /// <summary>Keys and the histograms of their six 11-bit digits.</summary>
    private static void Count11(Span<double> values, ulong[] keys, int[] counts)
    {
        const int B = 2048;
        const ulong M = B - 1;
        for (var i = 0; i < values.Length; i++)
        {
            var key = Key(values[i]);
            keys[i] = key;
            counts[(int)(key & M)]++;
            counts[B + (int)((key >> 11) & M)]++;
            counts[(2 * B) + (int)((key >> 22) & M)]++;
            counts[(3 * B) + (int)((key >> 33) & M)]++;
            counts[(4 * B) + (int)((key >> 44) & M)]++;
            counts[(5 * B) + (int)(key >> 55)]++;
        }
    }
}
