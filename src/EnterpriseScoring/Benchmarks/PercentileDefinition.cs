namespace EnterpriseScoring.Benchmarks;

/// <summary>How a percentile interpolates between sorted values (Hyndman &amp; Fan sample quantile types).</summary>
public enum PercentileDefinition
{
    /// <summary>Excel <c>PERCENTILE.INC</c> (Hyndman–Fan type 7, R's default): h = (n − 1)p,
    /// Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) with 0-based positions. The default.</summary>
    Inclusive = 0,

    /// <summary>Excel <c>PERCENTILE.EXC</c> (Hyndman–Fan type 6): h = (n + 1)p with 1-based positions; where Excel
    /// returns #NUM! (h &lt; 1 or h &gt; n) the result is clamped to the pool's min or max.</summary>
    Exclusive = 1,
}
