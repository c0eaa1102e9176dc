namespace EnterpriseScoring.Scoring;

/// <summary>Options of <see cref="EfficacyCoefficientScoring"/> (功效系数).</summary>
/// <remarks>
/// Two forms. Without <see cref="Standards"/>: <c>60 + 40 × (x − 不允许值) / (满意值 − 不允许值)</c> on the 100-point scale,
/// with 满意值 and 不允许值 given or, when left out, the pool's best and worst values (the textbook 功效系数法). With
/// <see cref="Standards"/>: the banded form against a standard-value table (优秀 / 良好 / 平均 / 较低 / 较差).
/// Immutable; validated by the <see cref="EfficacyCoefficientScoring"/> constructor.
/// </remarks>
public sealed record EfficacyCoefficientOptions
{
    /// <summary>The default of <see cref="BandCoefficients"/>.</summary>
    public static IReadOnlyList<double> DefaultBandCoefficients { get; } = new[] { 1, 0.8, 0.6, 0.4, 0.2 }.AsValueList();

    /// <summary>The names of the five bands, best first.</summary>
    public static IReadOnlyList<string> BandNames { get; } = new[] { "优秀", "良好", "平均", "较低", "较差" }.AsValueList();

    // Declared before Default: static initialisers run in textual order, and Default's coefficients read the list above.

    /// <summary>The default: 满意值 and 不允许值 from the pool, worse than 不允许值 → 0 (not reachable with pool values).</summary>
    public static EfficacyCoefficientOptions Default { get; } = new();

    /// <summary>满意值 (satisfactory value): at or better than it the score is the full weight.</summary>
    /// <value>The default value is <see langword="null"/>: the pool's best value (its maximum, or minimum for a lower-is-better indicator).</value>
    public double? Satisfactory { get; init; }

    /// <summary>不允许值 (unacceptable value): at it the coefficient is 60.</summary>
    /// <value>The default value is <see langword="null"/>: the pool's worst value.</value>
    public double? Unacceptable { get; init; }

    /// <summary>What a value worse than 不允许值 gets.</summary>
    /// <value>The default value is <see cref="Scoring.BelowUnacceptable.Zero"/>.</value>
    public BelowUnacceptable BelowUnacceptable { get; init; }

    /// <summary>
    /// The standard values of the banded form, best band first: 优秀, 良好, 平均, 较低, 较差 (five values, strictly
    /// decreasing for a higher-is-better indicator, strictly increasing for a lower-is-better one). Empty for the
    /// single-formula form. Excludes <see cref="Satisfactory"/> and <see cref="Unacceptable"/>.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<double> Standards { get; init => field = ReadOnlyCopy.List(value); } = ValueList<double>.Empty;

    /// <summary>
    /// A standard-value table by industry × size (banded form): each firm is scored against the most specific row for its
    /// GB/T 4754 code and size class, and <see cref="Standards"/>, when given, is the row of firms no table row fits
    /// (<see cref="StandardValueTable"/>). Excludes <see cref="Satisfactory"/> and <see cref="Unacceptable"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: one table (<see cref="Standards"/>) for every firm.</value>
    public StandardValueTable? Table { get; init; }

    /// <summary>
    /// The standard coefficients of the five bands (本档基础分 = coefficient × W), best first, strictly decreasing, in
    /// (0, 1] with the first 1.
    /// </summary>
    /// <value>The default value is 1, 0.8, 0.6, 0.4, 0.2 (企业综合绩效评价: 优秀 1.0, 良好 0.8, 平均 0.6, 较低 0.4, 较差 0.2).</value>
    public IReadOnlyList<double> BandCoefficients { get; init => field = ReadOnlyCopy.List(value); } = DefaultBandCoefficients;
}
