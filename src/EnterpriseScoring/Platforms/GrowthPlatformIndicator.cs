namespace EnterpriseScoring.Platforms;

/// <summary>
/// Growth (%) of a measure against the prior year on a like-for-like set of firms (同口径):
/// (Σ this year / Σ prior year − 1) × 100 over the firms that are members of the unit this year, meet the filter this
/// year, and have the value in both years.
/// </summary>
/// <remarks>
/// Entering firms (not in the prior year's table, or without the prior value) and leaving firms (in the prior year's table
/// but not this year's) are outside the set, so neither a new firm nor a closed one shows as growth. A firm that moved
/// between platforms counts in the platform it belongs to this year, with its own prior value; a merge therefore does
/// not inflate the growth of the platform that absorbed another. Firms are matched by id. No value when the prior sum is
/// not &gt; 0. Needs the prior firm table (<see cref="PlatformIndicatorInput.PriorTable"/>). Immutable.
/// </remarks>
public sealed class GrowthPlatformIndicator : IPlatformIndicator
{
    /// <summary>Creates the indicator.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="measure">The measure's id (not <c>land_area</c>'s evaluated land: the prior table's own column is read).</param>
    /// <param name="filter">The members counted (this year); null for all.</param>
    public GrowthPlatformIndicator(string id, string name, string measure, FirmCondition? filter = null)
    {
        Id = PlatformArithmetic.CheckId(id);
        Name = name ?? string.Empty;
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        Measure = measure;
        Filter = filter;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Unit => "%";

    /// <summary>The measure's id.</summary>
    public string Measure { get; }

    /// <summary>The members counted; null for all.</summary>
    public FirmCondition? Filter { get; }

    /// <inheritdoc />
    public string Formula => $"(Σ{Measure} this year / Σ{Measure} prior year − 1) × 100 {PlatformArithmetic.Over(Filter)} with the value in both years (like-for-like)";

    /// <inheritdoc />
    public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var priorRows = input.PriorRows;
        if (!input.Table.TryGetMeasure(Measure, out var current) || !input.PriorTable!.TryGetMeasure(Measure, out var prior))
        {
            throw new InvalidOperationException($"增长率指标 '{Id}' 需要本年和上年企业数据中的 '{Measure}' 列 the growth indicator needs the measure '{Measure}' in both years' firm tables.");
        }

        var selected = input.Select(Filter);
        var priorValues = new double[input.Table.Count];
        var words = new ulong[(input.Table.Count + 63) >> 6];
        for (var row = 0; row < priorValues.Length; row++)
        {
            priorValues[row] = double.NaN;
            if (selected[row] && priorRows[row] >= 0 && current.TryGet(row, out var now) && double.IsFinite(now) && prior.TryGet(priorRows[row], out var then) && double.IsFinite(then))
            {
                priorValues[row] = then;
                words[row >> 6] |= 1UL << (row & 63);
            }
        }

        var set = new RowMask(words, input.Table.Count);
        var (numerators, denominators, counts) = (new double[input.GroupCount], new double[input.GroupCount], new int[input.GroupCount]);
        input.SumByGroup(current.Values, set, numerators, counts);
        input.SumByGroup(priorValues, set, denominators, counts);
        return new PlatformIndicatorParts(numerators, denominators, counts);
    }

    /// <inheritdoc />
    public double? Value(double numerator, double denominator, int count) => denominator > 0 ? (numerator / denominator - 1) * 100 : null;

    /// <inheritdoc />
    public string Arithmetic(double numerator, double denominator, int count) =>
        Value(numerator, denominator, count) is { } v
            ? $"(Σ{Measure} {ExplainFormat.Num(numerator)} / prior Σ{Measure} {ExplainFormat.Num(denominator)} − 1) × 100 = {ExplainFormat.Num(v)} % ({ExplainFormat.Int(count)} firms in both years)"
            : $"prior Σ{Measure} = {ExplainFormat.Num(denominator)}: 无值 no value ({ExplainFormat.Int(count)} firms in both years)";

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Formula}";
}
