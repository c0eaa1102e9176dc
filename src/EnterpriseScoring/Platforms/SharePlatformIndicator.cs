namespace EnterpriseScoring.Platforms;

/// <summary>
/// The share (%) of a measure held by the member firms that meet a part condition, among the members that meet a whole
/// filter — 高新技术产业增加值占规上比重 = Σvalue_added over 规上 high-tech members / Σvalue_added over 规上 members × 100.
/// Firms without the value are left out of both sums. No value when the whole sums to 0. Immutable.
/// </summary>
public sealed class SharePlatformIndicator : IPlatformIndicator
{
    /// <summary>Creates the indicator.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="measure">The measure's id.</param>
    /// <param name="part">The members whose values make the part (within <paramref name="whole"/>).</param>
    /// <param name="whole">The members whose values make the whole; null for all.</param>
    public SharePlatformIndicator(string id, string name, string measure, FirmCondition part, FirmCondition? whole = null)
    {
        Id = PlatformArithmetic.CheckId(id);
        Name = name ?? string.Empty;
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        ArgumentNullException.ThrowIfNull(part);
        Measure = measure;
        Part = part;
        Whole = whole;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Unit => "%";

    /// <summary>The measure's id.</summary>
    public string Measure { get; }

    /// <summary>The members whose values make the part.</summary>
    public FirmCondition Part { get; }

    /// <summary>The members whose values make the whole; null for all.</summary>
    public FirmCondition? Whole { get; }

    /// <inheritdoc />
    public string Formula => $"Σ{Measure} of members meeting {Part} / Σ{Measure} {PlatformArithmetic.Over(Whole)} × 100";

    /// <inheritdoc />
    public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var whole = input.Select(Whole);
        var (numerators, denominators, counts) = (new double[input.GroupCount], new double[input.GroupCount], new int[input.GroupCount]);
        input.SumByGroup(Measure, PlatformIndicatorInput.And(whole, input.Select(Part)), numerators, counts);
        input.SumByGroup(Measure, whole, denominators, counts);
        return new PlatformIndicatorParts(numerators, denominators, counts);
    }

    /// <inheritdoc />
    public double? Value(double numerator, double denominator, int count) => denominator > 0 ? numerator / denominator * 100 : null;

    /// <inheritdoc />
    public string Arithmetic(double numerator, double denominator, int count) =>
        PlatformArithmetic.Ratio($"Σ{Measure}(part) / Σ{Measure}(whole)", numerator, denominator, 100, Value(numerator, denominator, count), Unit, count);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Formula}";
}
