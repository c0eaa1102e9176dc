namespace EnterpriseScoring.Land;

/// <summary>
/// Decides each firm's evaluated land area (亩), the denominator of the per-mu indicators.
/// </summary>
/// <remarks>A row whose area cannot be determined gets NaN; the engine then rejects the firm for any indicator
/// that needs land ("zero or missing land is a data error for that firm"), as it does for an area below
/// <see cref="LandAreaLimits.MinimumMu"/>. Implementations are immutable and
/// thread-safe. Built-ins are in <see cref="KnownLandAreaStrategies"/>.</remarks>
public interface ILandAreaStrategy
{
    /// <summary>The snake_case name profiles use, e.g. <c>certificate</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The measures the strategy reads, e.g. <c>land_area</c>; for <c>net</c> also <c>leased_in_area</c> and
    /// <c>leased_out_area</c>. The input must have a column for each unless it is accepted as missing
    /// (<see cref="Evaluator.RequiredMeasures"/>). The default is none: a custom strategy lists what it reads.
    /// </summary>
    IReadOnlyList<Measure> Measures => [];

    /// <summary>
    /// The firms of <paramref name="table"/> that the engine evaluates together as one unit (the shared parcels of
    /// <see cref="SharedParcelMerge"/>), or <see langword="null"/> when every row is evaluated on its own (the default).
    /// Internal: the units' merged table is the engine's business, so only the library's strategies merge.
    /// </summary>
    /// <param name="table">The firms.</param>
    internal ParcelGroups? EvaluationUnits(FirmTable table) => null;

    /// <summary>Computes the evaluated area of every row.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="area">Receives one area per table row (亩; NaN when unknown).</param>
    void Compute(FirmTable table, Span<double> area);

    /// <summary>How the area of <paramref name="row"/> was obtained, e.g. <c>net = 30 + 5 − 10 = 25 亩</c>.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="row">The row.</param>
    string Explain(FirmTable table, int row);

    /// <summary>
    /// Adds a problem to <paramref name="check"/> for each of the strategy's numeric parameters outside its documented
    /// range (docs/profile-format.md, "Numeric ranges"); the engine calls it when an <see cref="Evaluator"/> is compiled.
    /// Internal: a component from outside the library checks its parameters itself (the default checks nothing).
    /// </summary>
    /// <param name="check">Collects the problems.</param>
    /// <param name="path">The JSON path of the component in the profile.</param>
    internal void CheckRanges(ParameterRangeCheck check, string path)
    {
    }
}
