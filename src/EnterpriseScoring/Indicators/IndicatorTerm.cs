namespace EnterpriseScoring.Indicators;

/// <summary>One term of an indicator's numerator or denominator: <c>coefficient × measure</c>, or
/// <c>coefficient × evaluated land area</c> when <see cref="Measure"/> is <see langword="null"/>.</summary>
/// <param name="Measure">The measure, or <see langword="null"/> for the evaluated land area.</param>
/// <param name="Coefficient">The multiplier (e.g. 1000 / 0.95 to turn tonnes of SO₂ into pollution equivalents).</param>
public readonly record struct IndicatorTerm(Measure? Measure, double Coefficient = 1)
{
    /// <summary>
    /// Whether a blank cell (or an absent column) in this term counts as 0 instead of making the sum missing — e.g. a
    /// pollutant the firm does not emit, left blank in the export. A reported 0 is always data. When every term of a
    /// sum is blank the firm reported nothing and the sum is still missing. Not allowed on the land term.
    /// <value>The default value is <see langword="false"/>: a blank cell makes the sum missing.</value>
    /// </summary>
    public bool BlankIsZero { get; init; }

    /// <summary>The evaluated land area term.</summary>
    public static IndicatorTerm Land { get; } = new(null, 1);

    /// <summary>Whether this term is the evaluated land area.</summary>
    public bool IsLand => Measure is null;

    /// <summary>The term's id: the measure id, or <c>land</c>.</summary>
    public string Id => Measure?.Id ?? "land";

    /// <summary>Returns e.g. <c>tax</c>, <c>1052.6 × so2</c> or, when <see cref="BlankIsZero"/>, <c>1052.6 × so2 (blank = 0)</c>.</summary>
    public override string ToString() =>
        (Coefficient == 1 ? Id : Coefficient.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) + " × " + Id) + (BlankIsZero ? " (blank = 0)" : string.Empty);
}
