namespace EnterpriseScoring.Weighting;

/// <summary>A weighting method: derives one weight per criterion, non-negative and summing to 1.</summary>
/// <remarks>Implementations are immutable and thread-safe and must not depend on row order. Built-ins are in
/// <c>KnownWeightingMethods</c>.</remarks>
public interface IWeightingMethod
{
    /// <summary>The snake_case name profiles use, e.g. <c>entropy</c>.</summary>
    string Name { get; }

    /// <summary>Computes the weights for the criteria (columns) of <paramref name="matrix"/>.</summary>
    /// <param name="matrix">Alternatives × criteria (methods that do not use data, such as fixed or AHP, only read its column count).</param>
    WeightingResult ComputeWeights(DecisionMatrix matrix);

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
