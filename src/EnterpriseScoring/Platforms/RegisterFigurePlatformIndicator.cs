namespace EnterpriseScoring.Platforms;

/// <summary>
/// A land figure of the register (亩), summed over the register entries a unit holds: the platform, the platforms merged
/// into it by the year, its 分区分园, and for a county or the city all their platforms.
/// </summary>
/// <remarks>
/// An entry that does not give the figure adds nothing and is not counted; the explanation says how many entries gave
/// it. No value when none did (an unregistered platform, or a register without the column) — never 0 for "unknown". Immutable.
/// </remarks>
public sealed class RegisterFigurePlatformIndicator : IPlatformIndicator
{
    /// <summary>Creates the indicator.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="figure">The register figure.</param>
    public RegisterFigurePlatformIndicator(string id, string name, PlatformRegisterFigure figure)
    {
        Id = PlatformArithmetic.CheckId(id);
        Name = name ?? string.Empty;
        if (!Enum.IsDefined(figure))
        {
            throw new ArgumentOutOfRangeException(nameof(figure), figure, "Not a register figure.");
        }

        Figure = figure;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Unit => "亩";

    /// <summary>The register figure.</summary>
    public PlatformRegisterFigure Figure { get; }

    /// <inheritdoc />
    public string Formula => $"Σ register {Figure} over the unit's register entries";

    /// <summary>The figure of one register entry; null when the register does not give it.</summary>
    /// <param name="platform">The entry.</param>
    public double? Of(Platform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        return Figure switch
        {
            PlatformRegisterFigure.PlannedArea => platform.PlannedArea,
            PlatformRegisterFigure.ApprovedUnsupplied => platform.ApprovedUnsupplied,
            PlatformRegisterFigure.SuppliedUnused => platform.SuppliedUnused,
            PlatformRegisterFigure.InefficientLand => platform.InefficientLand,
            PlatformRegisterFigure.ClearedLand => platform.ClearedLand,
            _ => platform.ApprovedUnsupplied + platform.SuppliedUnused + platform.InefficientLand,
        };
    }

    /// <inheritdoc />
    public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (numerators, denominators, counts) = (new double[input.GroupCount], new double[input.GroupCount], new int[input.GroupCount]);
        for (var g = 0; g < input.GroupCount; g++)
        {
            foreach (var entry in input.RegisterEntriesOf(g))
            {
                if (Of(entry) is { } v)
                {
                    numerators[g] += v;
                    counts[g]++;
                }
            }
        }

        return new PlatformIndicatorParts(numerators, denominators, counts);
    }

    /// <inheritdoc />
    public double? Value(double numerator, double denominator, int count) => count > 0 ? numerator : null;

    /// <inheritdoc />
    public string Arithmetic(double numerator, double denominator, int count) =>
        count > 0
            ? $"Σ {Figure} = {ExplainFormat.Num(numerator)} 亩 ({ExplainFormat.Int(count)} register entries give it)"
            : $"{Figure}: 名录未提供 the register gives no figure for this unit";

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Formula}";
}
