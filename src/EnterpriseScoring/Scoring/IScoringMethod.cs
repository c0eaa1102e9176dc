namespace EnterpriseScoring.Scoring;

/// <summary>
/// A scoring (normalisation) method: turns an indicator value into a normalised value, which the engine
/// multiplies by the indicator's weight to get points (<c>score = weight × normalised</c>).
/// </summary>
/// <remarks>
/// Contract: <see cref="Fit"/> is called once per pool and indicator with the pool's present, finite values;
/// <see cref="Normalise"/> and <see cref="NormaliseAll"/> must then give identical results for the same value,
/// must be finite for every finite input, and must not depend on the order of the values passed to
/// <see cref="Fit"/>. Implementations are immutable and thread-safe. Built-ins are in <c>KnownScoringMethods</c>.
/// </remarks>
public interface IScoringMethod
{
    /// <summary>The snake_case name profiles use, e.g. <c>ratio_to_benchmark</c>.</summary>
    string Name { get; }

    /// <summary>Whether the method needs a benchmark B (ratio-to-benchmark, inverse benchmark).</summary>
    bool RequiresBenchmark { get; }

    /// <summary>
    /// Whether <see cref="Fit"/> reads the pool's values. When <see langword="false"/> the method scores from the benchmark
    /// and the direction alone, and the engine calls <see cref="Fit"/> with no values (an empty span), which skips
    /// gathering the pool's values for it; <see cref="Normalise"/>, <see cref="NormaliseAll"/> and <see cref="Explain"/>
    /// must then give the same results as with a fit on the values.
    /// <value>The default value is <see langword="true"/>: the engine passes the pool's present values.</value>
    /// </summary>
    bool FitReadsValues => true;

    /// <summary>Computes the pool statistics the method needs.</summary>
    /// <param name="values">The pool's present values (finite).</param>
    /// <param name="benchmark">The benchmark B (ignored by methods that do not need one; NaN when none).</param>
    /// <param name="direction">Whether higher or lower values are better.</param>
    ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction);

    /// <summary>The normalised value of <paramref name="value"/> (points per unit of weight).</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="fit">The pool statistics from <see cref="Fit"/>.</param>
    double Normalise(double value, ScoringFit fit);

    /// <summary>Normalises many values at once; same results as <see cref="Normalise"/>.</summary>
    /// <param name="values">Finite values.</param>
    /// <param name="fit">The pool statistics from <see cref="Fit"/>.</param>
    /// <param name="destination">Receives one normalised value per input value.</param>
    void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination);

    /// <summary>The arithmetic of one score, for a reviewer to redo by hand, e.g. <c>min(12.5 / 10, 1.2) × 30 = 36</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The indicator's weight (points).</param>
    /// <param name="fit">The pool statistics from <see cref="Fit"/>.</param>
    string Explain(double value, double weight, ScoringFit fit);

    /// <summary>
    /// Adds a problem to <paramref name="check"/> for each of the method's numeric parameters outside its documented
    /// range (docs/profile-format.md, "Numeric ranges"); the engine calls it when an <see cref="Evaluator"/> is compiled.
    /// Internal: a component from outside the library checks its parameters itself (the default checks nothing).
    /// </summary>
    /// <param name="check">Collects the problems.</param>
    /// <param name="path">The JSON path of the component in the profile.</param>
    internal void CheckRanges(ParameterRangeCheck check, string path)
    {
    }
}
