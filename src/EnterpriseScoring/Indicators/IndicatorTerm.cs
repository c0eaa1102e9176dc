namespace EnterpriseScoring.Indicators;

/// <summary>One term of an indicator's numerator or denominator: <c>coefficient × measure</c>, or
/// <c>coefficient × evaluated land area</c> when <see cref="Measure"/> is <see langword="null"/>.</summary>
/// <param name="Measure">The measure, or <see langword="null"/> for the evaluated land area.</param>
/// <param name="Coefficient">The multiplier (e.g. 1000 / 0.95 to turn tonnes of SO₂ into pollution equivalents).</param>
public readonly record struct IndicatorTerm(Measure? Measure, double Coefficient = 1)
{
    /// <summary>The evaluated land area term.</summary>
    public static IndicatorTerm Land { get; } = new(null, 1);

    /// <summary>Whether this term is the evaluated land area.</summary>
    public bool IsLand => Measure is null;

    /// <summary>The term's id: the measure id, or <c>land</c>.</summary>
    public string Id => Measure?.Id ?? "land";

    /// <summary>Returns e.g. <c>tax</c> or <c>1052.6 × so2</c>.</summary>
    public override string ToString() =>
        Coefficient == 1 ? Id : Coefficient.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) + " × " + Id;
}
