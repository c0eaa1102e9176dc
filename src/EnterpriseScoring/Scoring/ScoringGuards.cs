using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Scoring;

/// <summary>Argument checks shared by the built-in scoring methods.</summary>
internal static class ScoringGuards
{
    /// <summary>Throws unless B is finite and &gt; 0 (a benchmark of 0 or less is a profile or data error).</summary>
    public static void CheckBenchmark(double benchmark, string method)
    {
        if (!(benchmark > 0) || double.IsPositiveInfinity(benchmark))
        {
            throw new ArgumentException(
                $"{method} needs a benchmark B that is a finite number > 0; got {ExplainFormat.Num(benchmark)}. " +
                "A benchmark of 0 or less usually means an empty or degenerate pool, or a profile error.",
                nameof(benchmark));
        }
    }

    /// <summary>Throws when the fit is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckFit(ScoringFit fit) => ArgumentNullException.ThrowIfNull(fit);

    /// <summary>Throws when a fit's benchmark is not usable (the fit came from another method).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckFitBenchmark(ScoringFit fit, string method)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!(fit.Benchmark > 0) || double.IsPositiveInfinity(fit.Benchmark))
        {
            throw new ArgumentException($"The fit has no valid benchmark for {method}; create it with {method}'s Fit.", nameof(fit));
        }
    }

    /// <summary>Throws when <paramref name="destination"/> is shorter than <paramref name="values"/>.</summary>
    public static void CheckDestination(ReadOnlySpan<double> values, Span<double> destination)
    {
        if (destination.Length < values.Length)
        {
            throw new ArgumentException(
                $"Destination has {destination.Length} elements; {values.Length} are needed.", nameof(destination));
        }
    }
}
