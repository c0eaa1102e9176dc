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

    /// <summary>Computes the evaluated area of every row.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="area">Receives one area per table row (亩; NaN when unknown).</param>
    void Compute(FirmTable table, Span<double> area);

    /// <summary>How the area of <paramref name="row"/> was obtained, e.g. <c>net = 30 + 5 − 10 = 25 亩</c>.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="row">The row.</param>
    string Explain(FirmTable table, int row);
}
