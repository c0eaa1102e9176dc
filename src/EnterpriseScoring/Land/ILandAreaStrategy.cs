namespace EnterpriseScoring.Land;

/// <summary>
/// Decides each firm's evaluated land area (亩), the denominator of the per-mu indicators.
/// </summary>
/// <remarks>A row whose area cannot be determined gets NaN; the engine then rejects the firm for any indicator
/// that needs land ("zero or missing land is a data error for that firm"). Implementations are immutable and
/// thread-safe. Built-ins are in <see cref="KnownLandAreaStrategies"/>.</remarks>
public interface ILandAreaStrategy
{
    /// <summary>The snake_case name profiles use, e.g. <c>certificate</c>.</summary>
    string Name { get; }

    /// <summary>Computes the evaluated area of every row.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="area">Receives one area per table row (亩; NaN when unknown).</param>
    void Compute(FirmTable table, Span<double> area);

    /// <summary>How the area of <paramref name="row"/> was obtained, e.g. <c>net = 30 + 5 − 10 = 25 亩</c>.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="row">The row.</param>
    string Explain(FirmTable table, int row);
}
