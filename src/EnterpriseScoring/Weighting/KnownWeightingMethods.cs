using System.Diagnostics.CodeAnalysis;

namespace EnterpriseScoring.Weighting;

/// <summary>The built-in weighting methods: properties for those without parameters (default options), factory methods for
/// those that need parameters, and <see cref="TryGet"/> to look a parameterless method up by its profile name.</summary>
/// <remarks>All members return immutable, thread-safe instances.</remarks>
public static class KnownWeightingMethods
{
    /// <summary>Equal weights 1/m (<c>equal</c>).</summary>
    public static IWeightingMethod Equal { get; } = new EqualWeighting();

    /// <summary>The entropy weight method with default options (<c>entropy</c>; values used as given, must be ≥ 0).</summary>
    public static IWeightingMethod Entropy { get; } = new EntropyWeighting();

    /// <summary>CRITIC with default options (<c>critic</c>; population standard deviation).</summary>
    public static IWeightingMethod Critic { get; } = new CriticWeighting();

    /// <summary>Coefficient of variation with default options (<c>coefficient_of_variation</c>).</summary>
    public static IWeightingMethod CoefficientOfVariation { get; } = new CoefficientOfVariationWeighting();

    /// <summary>Standard deviation of min-max-normalised columns with default options (<c>standard_deviation</c>).</summary>
    public static IWeightingMethod StandardDeviation { get; } = new StandardDeviationWeighting();

    /// <summary>The names <see cref="TryGet"/> accepts.</summary>
    public static IReadOnlyList<string> ParameterlessNames { get; } = ["equal", "entropy", "critic", "coefficient_of_variation", "standard_deviation"];

    /// <summary>Fixed policy weights, given as points or fractions (<c>fixed</c>).</summary>
    /// <param name="values">One value per criterion, ≥ 0, not all 0.</param>
    /// <exception cref="ArgumentException">See <see cref="FixedWeighting(IReadOnlyList{double})"/>.</exception>
    public static FixedWeighting Fixed(params double[] values) => new(values);

    /// <summary>AHP weights from a pairwise comparison matrix (<c>ahp</c>).</summary>
    /// <param name="comparisons">The pairwise comparison matrix.</param>
    /// <param name="options">Options (defaults when null).</param>
    /// <exception cref="ArgumentException">See <see cref="AhpWeighting(PairwiseComparisonMatrix, AhpWeightingOptions?)"/>.</exception>
    public static AhpWeighting Ahp(PairwiseComparisonMatrix comparisons, AhpWeightingOptions? options = null) => new(comparisons, options);

    /// <summary>The convex combination α·w1 + (1 − α)·w2 (<c>combination</c>).</summary>
    /// <param name="first">The method weighted by α.</param>
    /// <param name="second">The method weighted by 1 − α.</param>
    /// <param name="alpha">α in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is outside [0, 1].</exception>
    public static CombinationWeighting Combination(IWeightingMethod first, IWeightingMethod second, double alpha = 0.5) => new(first, second, alpha);

    /// <summary>Every parameterless method, one per name (<see cref="Fixed"/>, <see cref="Ahp"/> and <see cref="Combination"/> need parameters).</summary>
    public static IReadOnlyList<IWeightingMethod> All { get; } = [Equal, Entropy, Critic, CoefficientOfVariation, StandardDeviation];

    /// <summary>The names <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names => ParameterlessNames;

    /// <summary>Looks up a parameterless method by its snake_case name (ordinal, case-sensitive).</summary>
    /// <param name="name">One of <see cref="ParameterlessNames"/>.</param>
    /// <param name="method">The method, or null when the name is unknown or needs parameters (<c>fixed</c>, <c>ahp</c>, <c>combination</c>).</param>
    /// <returns>Whether the name was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [NotNullWhen(true)] out IWeightingMethod? method)
    {
        ArgumentNullException.ThrowIfNull(name);
        method = name switch
        {
            "equal" => Equal,
            "entropy" => Entropy,
            "critic" => Critic,
            "coefficient_of_variation" => CoefficientOfVariation,
            "standard_deviation" => StandardDeviation,
            _ => null,
        };
        return method is not null;
    }
}
