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
        : this(year, byFirmId, null)
    {
    }

    /// <summary>Creates the figures of a year in which some firms shared a parcel (<see cref="Land.SharedParcelMerge"/>).</summary>
    /// <param name="year">The prior year (0 when unknown).</param>
    /// <param name="byFirmId">Each firm's prior-year value (finite), by firm id (ordinal); the firms of a shared parcel each have the parcel's figure.</param>
    /// <param name="sharedParcels">The parcel each firm was evaluated in together with other firms that year (results.csv's
    /// <c>shared_parcel</c>), by firm id; <see langword="null"/> or no entry for a firm evaluated alone.</param>
    /// <exception cref="ArgumentException">A value is not finite, or the year is negative.</exception>
    public PriorFirmFigures(int year, IReadOnlyDictionary<string, double> byFirmId, IReadOnlyDictionary<string, string>? sharedParcels)
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
        SharedParcels = (sharedParcels ?? new Dictionary<string, string>()).Where(p => !string.IsNullOrEmpty(p.Value)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The prior year (0 when unknown).</summary>
    public int Year { get; }

    /// <summary>Each firm's prior-year value by firm id.</summary>
    public IReadOnlyDictionary<string, double> ByFirmId { get; }

    /// <summary>The parcel each firm was evaluated in together with other firms that year, by firm id (no entry for a firm evaluated alone).</summary>
    public IReadOnlyDictionary<string, string> SharedParcels { get; }

    /// <summary>
    /// The ids (leads of this year's evaluation units) whose prior figure is of another set of firms than this year's unit:
    /// a firm joined or left its shared parcel, or shares one only in one of the two years. Their growth has no meaning
    /// (<see cref="Indicators.IndicatorOutcome.ParcelChanged"/>). Set by the evaluator (<see cref="Land.ParcelPriors"/>).
    /// </summary>
    internal FrozenSet<string> ParcelChanged { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>These figures with <paramref name="ids"/> marked as <see cref="ParcelChanged"/>.</summary>
    internal PriorFirmFigures WithParcelChanged(IEnumerable<string> ids) =>
        new(Year, ByFirmId, SharedParcels) { ParcelChanged = ids.ToFrozenSet(StringComparer.Ordinal) };
}
