namespace EnterpriseScoring.Platforms;

/// <summary>
/// The number of member firms that meet a condition — 百亿企业 (revenue ≥ 1,000,000 万元), 上市企业 (tag <c>listed</c>),
/// 专精特新 (tag <c>specialized_sme</c>), 高新技术企业 (tag <c>high_tech</c>). Immutable.
/// </summary>
public sealed class CountPlatformIndicator : IPlatformIndicator
{
    /// <summary>Creates the indicator.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="condition">The firms counted.</param>
    /// <param name="unit">The unit of the value (家).</param>
    public CountPlatformIndicator(string id, string name, FirmCondition condition, string unit = "家")
    {
        Id = PlatformArithmetic.CheckId(id);
        Name = name ?? string.Empty;
        ArgumentNullException.ThrowIfNull(condition);
        Condition = condition;
        Unit = unit ?? string.Empty;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Unit { get; }

    /// <summary>The firms counted.</summary>
    public FirmCondition Condition { get; }

    /// <inheritdoc />
    public string Formula => $"number of members meeting {Condition}";

    /// <inheritdoc />
    public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rows = input.Select(Condition);
        var (numerators, denominators, counts) = (new double[input.GroupCount], new double[input.GroupCount], new int[input.GroupCount]);
        var groups = input.GroupOfRow;
        for (var row = 0; row < groups.Length; row++)
        {
            if (groups[row] >= 0 && rows[row])
            {
                counts[groups[row]]++;
            }
        }

        for (var g = 0; g < input.GroupCount; g++)
        {
            numerators[g] = counts[g];
        }

        return new PlatformIndicatorParts(numerators, denominators, counts);
    }

    /// <inheritdoc />
    public double? Value(double numerator, double denominator, int count) => count;

    /// <inheritdoc />
    public string Arithmetic(double numerator, double denominator, int count) => $"{ExplainFormat.Int(count)} {Unit} meeting {Condition}";

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Formula}";
}
