namespace EnterpriseScoring.Scoring;

/// <summary>What the 功效系数 (<see cref="EfficacyCoefficientScoring"/>) gives a value worse than 不允许值.</summary>
public enum BelowUnacceptable
{
    /// <summary>0 points: worse than 不允许值 earns nothing (the scorecards' attainment method does the same). The default.</summary>
    Zero = 0,

    /// <summary>The formula's own value <c>60 + 40 × (x − 不允许值) / (满意值 − 不允许值)</c>, below 60, never below 0.</summary>
    Formula = 1,
}
