namespace EnterpriseScoring.Platforms;

/// <summary>
/// Σ numerator / Σ denominator × scale over the member firms that meet a filter and have both values — 规上工业亩均税收
/// = Σtax / Σland over 规上 members, R&amp;D intensity = Σrd_spending / Σrevenue × 100, 增加值率 = Σvalue_added / Σrevenue × 100.
/// </summary>
/// <remarks>
/// A firm missing either value is left out of both sums (counted in neither). <c>land_area</c> is the land the firm
/// evaluation used (<see cref="PlatformIndicatorInput.ValuesOf"/>). No value when the denominator sums to 0. Immutable.
/// </remarks>
public sealed class RatioOfSumsPlatformIndicator : IPlatformIndicator
{
    /// <summary>Creates the indicator.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="unit">The unit of the value.</param>
    /// <param name="numerator">The numerator's measure id.</param>
    /// <param name="denominator">The denominator's measure id.</param>
    /// <param name="filter">The members counted; null for all.</param>
    /// <param name="scale">Multiplies the ratio (100 for a percentage); finite and &gt; 0.</param>
    public RatioOfSumsPlatformIndicator(string id, string name, string unit, string numerator, string denominator, FirmCondition? filter = null, double scale = 1)
    {
        Id = PlatformArithmetic.CheckId(id);
        Name = name ?? string.Empty;
        Unit = unit ?? string.Empty;
        ArgumentException.ThrowIfNullOrWhiteSpace(numerator);
        ArgumentException.ThrowIfNullOrWhiteSpace(denominator);
        Numerator = numerator;
        Denominator = denominator;
        Filter = filter;
        Scale = Preconditions.CheckPositive(scale);
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Unit { get; }

    /// <summary>The numerator's measure id.</summary>
    public string Numerator { get; }

    /// <summary>The denominator's measure id.</summary>
    public string Denominator { get; }

    /// <summary>The members counted; null for all.</summary>
    public FirmCondition? Filter { get; }

    /// <summary>The factor applied to the ratio.</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public string Formula => $"Σ{Numerator} / Σ{Denominator}{(Scale == 1 ? string.Empty : $" × {ExplainFormat.Num(Scale)}")} {PlatformArithmetic.Over(Filter)} with both values";

    /// <inheritdoc />
    public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var numerator = input.ValuesOf(Numerator, out var hasNumerator);
        var denominator = input.ValuesOf(Denominator, out var hasDenominator);
        var rows = PlatformIndicatorInput.And(input.Select(Filter), PlatformIndicatorInput.And(hasNumerator, hasDenominator));
        var both = BothFinite(numerator, denominator, rows);
        var (numerators, denominators, counts) = (new double[input.GroupCount], new double[input.GroupCount], new int[input.GroupCount]);
        input.SumByGroup(Numerator, both, numerators, counts);
        input.SumByGroup(Denominator, both, denominators, counts);
        return new PlatformIndicatorParts(numerators, denominators, counts);
    }

    /// <inheritdoc />
    public double? Value(double numerator, double denominator, int count) => denominator > 0 ? numerator / denominator * Scale : null;

    /// <inheritdoc />
    public string Arithmetic(double numerator, double denominator, int count) =>
        PlatformArithmetic.Ratio($"Σ{Numerator} / Σ{Denominator}", numerator, denominator, Scale, Value(numerator, denominator, count), Unit, count);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Formula}";

    private static RowMask BothFinite(ReadOnlySpan<double> a, ReadOnlySpan<double> b, RowMask rows)
    {
        var words = rows.WordArray.ToArray();
        foreach (var row in new SetBits(rows.Words, rows.Length))
        {
            if (!(double.IsFinite(a[row]) && double.IsFinite(b[row])))
            {
                words[row >> 6] &= ~(1UL << (row & 63));
            }
        }

        return new RowMask(words, rows.Length);
    }
}
