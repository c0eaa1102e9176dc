namespace EnterpriseScoring.Indicators;

/// <summary>
/// Pollution equivalents (污染当量): emissions in kg divided by each pollutant's equivalent value, summed.
/// Statutory values for water and air pollutants are from 环境保护税法 附表二 (COD 1, NH₃-N 0.8 kg per
/// equivalent) and 附表三 (SO₂ 0.95, NOₓ 0.95 kg per equivalent).
/// </summary>
public static class PollutionEquivalents
{
    /// <summary>The statutory equivalent values, kg per pollution equivalent.</summary>
    public static IReadOnlyList<(Measure Pollutant, double KgPerEquivalent)> Statutory { get; } =
    [
        (KnownMeasures.Cod, 1.0),
        (KnownMeasures.AmmoniaNitrogen, 0.8),
        (KnownMeasures.SulfurDioxide, 0.95),
        (KnownMeasures.NitrogenOxides, 0.95),
    ];

    /// <summary>
    /// Denominator terms that turn emissions in tonnes into pollution equivalents: <c>Σ tonnes × 1000 / kg-per-equivalent</c>.
    /// </summary>
    /// <param name="pollutants">Pollutants and their equivalent values (kg per equivalent); <see cref="Statutory"/> when null.</param>
    /// <exception cref="ArgumentException">An equivalent value is not finite and positive, or the list is empty.</exception>
    public static IReadOnlyList<IndicatorTerm> Terms(IReadOnlyList<(Measure Pollutant, double KgPerEquivalent)>? pollutants = null)
    {
        pollutants ??= Statutory;
        if (pollutants.Count == 0)
        {
            throw new ArgumentException("At least one pollutant is needed.", nameof(pollutants));
        }

        var terms = new IndicatorTerm[pollutants.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var (pollutant, divisor) = pollutants[i];
            ArgumentNullException.ThrowIfNull(pollutant);
            Preconditions.CheckPositive(divisor, nameof(pollutants));
            terms[i] = new IndicatorTerm(pollutant, 1000.0 / divisor);
        }

        return terms;
    }
}
