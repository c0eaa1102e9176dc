namespace EnterpriseScoring.Analysis;

/// <summary>How a <see cref="SensitivityAnalysis"/> draws the indicator weights.</summary>
public enum WeightPerturbationKind
{
    /// <summary>The weights are held as the pool used them.</summary>
    None,

    /// <summary>Dirichlet around the pool's weights: α_j = K × w_j / Σw (K the concentration; larger K, smaller spread).</summary>
    Dirichlet,

    /// <summary>Each weight × (1 + p/100 × u), u uniform in [−1, 1), then rescaled to the pool's weight sum.</summary>
    Uniform,
}
