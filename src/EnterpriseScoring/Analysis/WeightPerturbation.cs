using System.Globalization;

namespace EnterpriseScoring.Analysis;

/// <summary>How a <see cref="SensitivityAnalysis"/> draws the indicator weights of each pool (around the weights the pool used: the profile's fixed weights, rescaled to its total points, or the weights its method computed).</summary>
/// <param name="Kind">The kind of draw.</param>
/// <param name="Value">The Dirichlet concentration K (&gt; 0), or the uniform spread p in percent (0 ≤ p &lt; 100); 0 for none.</param>
public sealed record WeightPerturbation(WeightPerturbationKind Kind, double Value)
{
    /// <summary>The weights held as they are.</summary>
    public static WeightPerturbation None { get; } = new(WeightPerturbationKind.None, 0);

    /// <summary>Dirichlet draws with concentration <paramref name="concentration"/>: α_j = K × w_j / Σw.</summary>
    /// <param name="concentration">K, finite and &gt; 0.</param>
    public static WeightPerturbation Dirichlet(double concentration) => new(WeightPerturbationKind.Dirichlet, concentration);

    /// <summary>Uniform ± <paramref name="percent"/> % per weight, renormalised.</summary>
    /// <param name="percent">p, 0 ≤ p &lt; 100.</param>
    public static WeightPerturbation Uniform(double percent) => new(WeightPerturbationKind.Uniform, percent);

    /// <summary>What is wrong with <see cref="Value"/> for <see cref="Kind"/>, or null when it is valid.</summary>
    /// <returns>The problem in words, or null.</returns>
    public string? Problem() => Kind switch
    {
        WeightPerturbationKind.Dirichlet when !(double.IsFinite(Value) && Value > 0) => $"the Dirichlet concentration must be a finite number > 0, got {Format(Value)}",
        WeightPerturbationKind.Uniform when !(Value >= 0 && Value < 100) => $"the uniform weight spread must be a percentage ≥ 0 and < 100, got {Format(Value)}",
        WeightPerturbationKind.None or WeightPerturbationKind.Dirichlet or WeightPerturbationKind.Uniform => null,
        _ => $"unknown weight perturbation kind {Kind}",
    };

    /// <summary>As the command line writes it: <c>none</c>, <c>dirichlet:K</c> or <c>uniform:P</c>.</summary>
    public override string ToString() => Kind switch
    {
        WeightPerturbationKind.Dirichlet => "dirichlet:" + Format(Value),
        WeightPerturbationKind.Uniform => "uniform:" + Format(Value),
        _ => "none",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
