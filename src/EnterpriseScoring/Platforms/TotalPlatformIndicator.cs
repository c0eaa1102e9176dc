namespace EnterpriseScoring.Platforms;

/// <summary>
/// Σ measure × scale over the member firms that meet a filter — 规上工业增加值 (Σvalue_added over 规上, in 亿元 with
/// scale 0.0001), 营业收入. Firms without the value are left out. A unit with no such firm totals 0. Immutable.
/// </summary>
public sealed class TotalPlatformIndicator : IPlatformIndicator
{
    /// <summary>Creates the indicator.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="unit">The unit of the value.</param>
    /// <param name="measure">The measure's id.</param>
    /// <param name="filter">The members counted; null for all.</param>
    /// <param name="scale">Multiplies the total (0.0001 for 万元 → 亿元); finite and &gt; 0.</param>
    public TotalPlatformIndicator(string id, string name, string unit, string measure, FirmCondition? filter = null, double scale = 1)
    {
        Id = PlatformArithmetic.CheckId(id);
        Name = name ?? string.Empty;
        Unit = unit ?? string.Empty;
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        Measure = measure;
        Filter = filter;
        Scale = Preconditions.CheckPositive(scale);
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Unit { get; }

    /// <summary>The measure's id.</summary>
    public string Measure { get; }

    /// <summary>The members counted; null for all.</summary>
    public FirmCondition? Filter { get; }

    /// <summary>The factor applied to the total.</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public string Formula => $"Σ{Measure}{(Scale == 1 ? string.Empty : $" × {ExplainFormat.Num(Scale)}")} {PlatformArithmetic.Over(Filter)}";

    /// <inheritdoc />
    public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (numerators, denominators, counts) = (new double[input.GroupCount], new double[input.GroupCount], new int[input.GroupCount]);
        input.SumByGroup(Measure, input.Select(Filter), numerators, counts);
        return new PlatformIndicatorParts(numerators, denominators, counts);
    }

    /// <inheritdoc />
    public double? Value(double numerator, double denominator, int count) => numerator * Scale;

    /// <inheritdoc />
    public string Arithmetic(double numerator, double denominator, int count) =>
        $"Σ{Measure} = {ExplainFormat.Num(numerator)}{(Scale == 1 ? string.Empty : $" × {ExplainFormat.Num(Scale)} = {ExplainFormat.Num(numerator * Scale)}")} {Unit} ({ExplainFormat.Int(count)} firms)";

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Formula}";
}
