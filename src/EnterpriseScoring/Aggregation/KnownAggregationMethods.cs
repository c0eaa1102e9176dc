using System.Diagnostics.CodeAnalysis;

namespace EnterpriseScoring.Aggregation;

/// <summary>The built-in aggregation methods, and <see cref="TryGet"/> to look one up by its profile name.</summary>
/// <remarks>All members are immutable, thread-safe instances.</remarks>
public static class KnownAggregationMethods
{
    /// <summary>The weighted sum <c>Σ w_j x_ij</c> (<c>weighted_sum</c>). Typed as itself, so that its
    /// <see cref="WeightedSumAggregation.ScoreAndAggregate"/> (normalise and add up in one pass) is at hand.</summary>
    public static WeightedSumAggregation WeightedSum { get; } = new WeightedSumAggregation();

    /// <summary>TOPSIS closeness × Σ w (<c>topsis</c>), default options.</summary>
    public static IAggregationMethod Topsis { get; } = new TopsisAggregation();

    /// <summary>The weighted product <c>W Π x_ij^(w_j/W)</c> (<c>weighted_product</c>).</summary>
    public static IAggregationMethod WeightedProduct { get; } = new WeightedProductAggregation();

    /// <summary>The default method: <see cref="WeightedSum"/>.</summary>
    public static IAggregationMethod Default => WeightedSum;

    /// <summary>Every built-in method, one per name.</summary>
    public static IReadOnlyList<IAggregationMethod> All { get; } = [WeightedSum, Topsis, WeightedProduct];

    /// <summary>The names <see cref="TryGet"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["weighted_sum", "topsis", "weighted_product"];

    /// <summary>Looks a method up by its snake_case name (ordinal, case-sensitive).</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="method">The method, or null when the name is unknown.</param>
    /// <returns>Whether the name was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [NotNullWhen(true)] out IAggregationMethod? method)
    {
        ArgumentNullException.ThrowIfNull(name);
        method = name switch
        {
            "weighted_sum" => WeightedSum,
            "topsis" => Topsis,
            "weighted_product" => WeightedProduct,
            _ => null,
        };
        return method is not null;
    }
}
