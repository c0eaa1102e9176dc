namespace EnterpriseScoring.Samples;

/// <summary>
/// xoshiro256** seeded by SplitMix64, with Box–Muller normals: a small PRNG whose output is fixed by its
/// algorithm, unlike <see cref="System.Random"/> whose algorithm may change between .NET versions.
/// </summary>
/// <remarks>
/// Uniform draws use integer arithmetic only; normals use <see cref="Math.Log(double)"/>, <see cref="Math.Sqrt"/>,
/// <see cref="Math.Cos"/> and <see cref="Math.Sin"/>. A mutable struct: pass it by <see langword="ref"/>.
/// Reference: Blackman &amp; Vigna, "Scrambled linear pseudorandom number generators" (2018).
/// </remarks>
internal struct SampleRandom
{
    private const double TwoPi = 2 * Math.PI;
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;
    private double spareNormal;
    private bool hasSpare;

    /// <summary>Creates a generator for stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    /// <param name="seed">The user's seed.</param>
    /// <param name="stream">An independent stream number (e.g. the firm's row index).</param>
    public SampleRandom(ulong seed, ulong stream)
    {
        // Mix the stream into the seed with one SplitMix64 step so (seed, stream) pairs do not alias.
        var x = seed;
        var mixed = SplitMix64(ref x) ^ (stream * 0xD1B54A32D192ED03UL);
        s0 = SplitMix64(ref mixed);
        s1 = SplitMix64(ref mixed);
        s2 = SplitMix64(ref mixed);
        s3 = SplitMix64(ref mixed);
        spareNormal = 0;
        hasSpare = false;
    }

    /// <summary>A generator with the raw xoshiro256** state (for reference test vectors); the state must not be all zero.</summary>
    /// <param name="s0">State word 0.</param>
    /// <param name="s1">State word 1.</param>
    /// <param name="s2">State word 2.</param>
    /// <param name="s3">State word 3.</param>
    public static SampleRandom FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        var random = default(SampleRandom);
        random.s0 = s0;
        random.s1 = s1;
        random.s2 = s2;
        random.s3 = s3;
        return random;
    }

    /// <summary>One SplitMix64 step: advances <paramref name="state"/> and returns the next output.</summary>
    /// <param name="state">The state.</param>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    /// <param name="min">Inclusive lower bound.</param>
    /// <param name="max">Exclusive upper bound.</param>
    public double NextDouble(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>A uniform integer in [0, <paramref name="n"/>), by Lemire's multiply-shift (no division).</summary>
    /// <param name="n">The exclusive bound, &gt; 0.</param>
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="min">Inclusive lower bound.</param>
    /// <param name="max">Inclusive upper bound.</param>
    public int NextInt(int min, int max) => min + NextInt(max - min + 1);

    /// <summary><see langword="true"/> with probability <paramref name="p"/>.</summary>
    /// <param name="p">The probability.</param>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A standard normal draw (Box–Muller; the second value of each pair is kept for the next call).</summary>
    public double NextNormal()
    {
        if (hasSpare)
        {
            hasSpare = false;
            return spareNormal;
        }

        var u1 = 1.0 - NextDouble(); // (0, 1]: the log is finite.
        var u2 = NextDouble();
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        var theta = TwoPi * u2;
        spareNormal = r * Math.Sin(theta);
        hasSpare = true;
        return r * Math.Cos(theta);
    }

    /// <summary>Index drawn with probability proportional to <paramref name="cumulativeWeights"/>' increments.</summary>
    /// <param name="cumulativeWeights">Non-decreasing cumulative weights; the last is the total.</param>
    public int NextWeighted(ReadOnlySpan<double> cumulativeWeights)
    {
        var u = NextDouble() * cumulativeWeights[^1];
        for (var i = 0; i < cumulativeWeights.Length - 1; i++)
        {
            if (u < cumulativeWeights[i])
            {
                return i;
            }
        }

        return cumulativeWeights.Length - 1;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
