using System.Collections.Frozen;

namespace EnterpriseScoring;

/// <summary>
/// One indicator's prior-year value per firm id: what a growth indicator (<see cref="Indicators.GrowthIndicator"/>)
/// compares a firm's figure of this year with. Built from a prior results file or from a prior-year input evaluated with
/// the same profile (<see cref="Policies.PriorYearContext"/>).
/// </summary>
/// <remarks>Immutable: the values are copied.</remarks>
public sealed class PriorFirmFigures
{
    /// <summary>Creates the figures.</summary>
    /// <param name="year">The prior year (0 when unknown).</param>
    /// <param name="byFirmId">Each firm's prior-year value (finite), by firm id (ordinal).</param>
    /// <exception cref="ArgumentException">A value is not finite, or the year is negative.</exception>
    public PriorFirmFigures(int year, IReadOnlyDictionary<string, double> byFirmId)
    {
        ArgumentNullException.ThrowIfNull(byFirmId);
        ArgumentOutOfRangeException.ThrowIfNegative(year);
        foreach (var (id, value) in byFirmId)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"The prior value of firm '{id}' is not a finite number ({value}).", nameof(byFirmId));
            }
        }

        Year = year;
        ByFirmId = byFirmId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The prior year (0 when unknown).</summary>
    public int Year { get; }

    /// <summary>Each firm's prior-year value by firm id.</summary>
    public IReadOnlyDictionary<string, double> ByFirmId { get; }
}
