namespace EnterpriseScoring.Indicators;

/// <summary>
/// An indicator: a per-firm figure computed from measures (and the evaluated land area), e.g. 亩均税收 = tax / land.
/// </summary>
/// <remarks>
/// Every built-in and profile-defined indicator is a ratio <c>numerator × scale / denominator</c> where numerator and
/// denominator are weighted sums of measures or the evaluated land area (see <see cref="RatioIndicator"/>).
/// Implementations are immutable and thread-safe. Built-ins are in <see cref="KnownIndicators"/>.
/// </remarks>
public interface IIndicator
{
    /// <summary>The snake_case id used in profiles and output columns, e.g. <c>tax_per_mu</c>.</summary>
    string Id { get; }

    /// <summary>The Chinese name, e.g. 亩均税收.</summary>
    string ChineseName { get; }

    /// <summary>The English name, e.g. "Tax per mu".</summary>
    string EnglishName { get; }

    /// <summary>The unit of the values, e.g. 万元/亩.</summary>
    string Unit { get; }

    /// <summary>Whether more is better.</summary>
    Direction Direction { get; }

    /// <summary>Whether the indicator divides or multiplies by the evaluated land area.</summary>
    bool UsesLand { get; }

    /// <summary>
    /// The formula a reviewer reads in an explanation, e.g. <c>tax / land</c>: <c>Explain()</c> prints
    /// "value = formula = numerator × scale / denominator = value".
    /// <value>The default value is <see cref="Id"/>.</value>
    /// </summary>
    string Formula => Id;

    /// <summary>
    /// The multiplier of the ratio: <see cref="Compute"/> writes value = numerator × scale / denominator, and
    /// <c>Explain()</c> prints "× scale" when it is not 1.
    /// <value>The default value is 1.</value>
    /// </summary>
    double Scale => 1.0;

    /// <summary>The measures the indicator reads (land area excluded).</summary>
    IReadOnlyList<Measure> Measures { get; }

    /// <summary>
    /// Computes the indicator for the given rows. For each row writes the numerator, the denominator and the value
    /// (numerator × scale / denominator) and an outcome.
    /// </summary>
    /// <param name="input">The table, the evaluated land area and the rows.</param>
    /// <param name="numerators">Receives each row's numerator (NaN when not computable).</param>
    /// <param name="denominators">Receives each row's denominator (NaN when not computable).</param>
    /// <param name="values">Receives each row's value (NaN unless the outcome is <see cref="IndicatorOutcome.Computed"/>).</param>
    /// <param name="outcomes">Receives each row's outcome.</param>
    void Compute(in IndicatorInput input, Span<double> numerators, Span<double> denominators, Span<double> values, Span<IndicatorOutcome> outcomes);

    /// <summary>
    /// Adds a problem to <paramref name="check"/> for each of the indicator's numeric parameters outside its documented
    /// range (docs/profile-format.md, "Numeric ranges"); the engine calls it when an <see cref="Evaluator"/> is compiled.
    /// Internal: a component from outside the library checks its parameters itself (the default checks nothing).
    /// </summary>
    /// <param name="check">Collects the problems.</param>
    /// <param name="path">The JSON path of the component in the profile.</param>
    internal void CheckRanges(ParameterRangeCheck check, string path)
    {
    }
}
