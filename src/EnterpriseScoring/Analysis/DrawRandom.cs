namespace EnterpriseScoring.Analysis;

/// <summary>
/// The random numbers of one Monte Carlo draw of a <see cref="SensitivityAnalysis"/>: a SplitMix64 stream whose start
/// depends only on the seed, the draw's index and a stream number, so every draw is the same whichever thread computes it
/// and in whatever order.
/// </summary>
/// <remarks>
/// <para>Derivation (all arithmetic modulo 2⁶⁴): <c>Mix(z)</c> is SplitMix64's finaliser
/// (<c>z ^= z &gt;&gt; 30; z *= 0xBF58476D1CE4E5B9; z ^= z &gt;&gt; 27; z *= 0x94D049BB133111EB; z ^= z &gt;&gt; 31</c>);
/// the stream of (seed, draw, stream) starts at <c>s₀ = Mix(Mix(seed) + Mix(draw + 1) × 2 + stream × γ)</c> with
/// γ = 0x9E3779B97F4A7C15; each call to <see cref="NextUInt64"/> advances <c>s += γ</c> and returns <c>Mix(s)</c> (SplitMix64).
/// A uniform double in [0, 1) is the top 53 bits × 2⁻⁵³.</para>
/// <para>Streams: 0 for the weights, 1 for the benchmarks, and a firm's data noise of measure <c>i</c> uses the stream
/// <c>2 + i</c> of the draw keyed by the firm's id (<see cref="ForKey"/>), so it does not depend on the row order.</para>
/// </remarks>
internal struct DrawRandom
{
    /// <summary>SplitMix64's increment γ (the golden ratio × 2⁶⁴).</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong state;

    /// <summary>The stream <paramref name="stream"/> of draw <paramref name="draw"/> under <paramref name="seed"/>.</summary>
    public DrawRandom(ulong seed, long draw, ulong stream)
    {
        unchecked
        {
            state = Mix(Mix(seed) + (Mix((ulong)draw + 1) * 2) + (stream * Gamma));
        }
    }

    /// <summary>A stream of the draw that also depends on <paramref name="key"/> (a firm's id hash): <c>s₀ = Mix(Mix(seed) + Mix(draw + 1) × 2 + stream × γ) ^ Mix(key)</c>.</summary>
    public static DrawRandom ForKey(ulong seed, long draw, ulong stream, ulong key)
    {
        var random = new DrawRandom(seed, draw, stream);
        random.state ^= Mix(key);
        return random;
    }

    /// <summary>SplitMix64's finaliser.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The 64-bit FNV-1a hash of the UTF-16 code units of <paramref name="text"/> (a firm's id), the key of its data noise.</summary>
    public static ulong Hash(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            unchecked
            {
                h = (h ^ c) * 0x100000001B3UL;
            }
        }

        return h;
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            state += Gamma;
        }

        return Mix(state);
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits × 2⁻⁵³.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [−1, 1): 2u − 1.</summary>
    public double NextSigned() => (2 * NextDouble()) - 1;

    /// <summary>A standard normal variate (Box–Muller, the cosine branch): √(−2 ln(1 − u₁)) cos(2π u₂).</summary>
    public double NextNormal()
    {
        var u1 = 1 - NextDouble(); // (0, 1]
        var u2 = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>
    /// A Gamma(<paramref name="shape"/>, 1) variate by Marsaglia and Tsang (2000), "A simple method for generating gamma
    /// variables": for shape ≥ 1, d = shape − 1/3, c = 1/√(9d); draw x ~ N(0, 1) until v = (1 + cx)³ &gt; 0, then u ~ U[0, 1)
    /// and accept dv when u &lt; 1 − 0.0331x⁴ or ln u &lt; x²/2 + d(1 − v + ln v); for shape &lt; 1, Gamma(shape + 1) × u^(1/shape).
    /// </summary>
    /// <param name="shape">The shape, &gt; 0.</param>
    public double NextGamma(double shape)
    {
        if (shape < 1)
        {
            var g = NextGamma(shape + 1);
            var u = NextDouble();
            return g * Math.Pow(u, 1 / shape);
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = NextNormal();
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = NextDouble();
            var x2 = x * x;
            if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }
}
