namespace EnterpriseScoring.Platforms;

/// <summary>
/// A platform indicator (平台指标): a figure of a platform, a county or the city made of additive parts over its
/// member firms or its register entries — 规上工业亩均税收 = Σtax / Σland over 规上 members, 规上工业增加值, the number of
/// listed firms, the share of high-tech value added, growth on a like-for-like set, 批而未供 land …
/// </summary>
/// <remarks>
/// <see cref="Compute"/> gives each platform group's parts; a unit's value is <see cref="Value"/> of the sums of its
/// groups' parts, so a 主平台, a county and the city are computed exactly like a single platform. Built-ins:
/// <see cref="KnownPlatformIndicators"/>. Implementations must be immutable and thread-safe.
/// </remarks>
public interface IPlatformIndicator
{
    /// <summary>The indicator's id (lower-case ASCII, as scorecard profiles and output columns name it).</summary>
    string Id { get; }

    /// <summary>The Chinese name (规上工业亩均税收 …).</summary>
    string Name { get; }

    /// <summary>The unit of <see cref="Value"/> (万元/亩, %, 家 …).</summary>
    string Unit { get; }

    /// <summary>How the value is made, in words and symbols, for explanations (<c>Σtax / Σland over 规上 members</c>).</summary>
    string Formula { get; }

    /// <summary>The parts of every platform group.</summary>
    /// <param name="input">The firms, their evaluation, the membership and the register.</param>
    PlatformIndicatorParts Compute(PlatformIndicatorInput input);

    /// <summary>The value from a unit's summed parts; <see langword="null"/> when undefined (a ratio over no land).</summary>
    /// <param name="numerator">The summed numerator.</param>
    /// <param name="denominator">The summed denominator.</param>
    /// <param name="count">The summed count.</param>
    double? Value(double numerator, double denominator, int count);

    /// <summary>The arithmetic of a value, for explanations: <c>Σtax / Σland = 1,234.5 / 100 = 12.35 万元/亩 (8 firms)</c>.</summary>
    /// <remarks>Called when a figure's <see cref="PlatformIndicatorValue.Arithmetic"/> is read, possibly more than once, later
    /// and on another thread than <see cref="PlatformFigures"/> computed it: it must be pure (the same text for the same
    /// arguments), thread-safe and not throw.</remarks>
    /// <param name="numerator">The summed numerator.</param>
    /// <param name="denominator">The summed denominator.</param>
    /// <param name="count">The summed count.</param>
    string Arithmetic(double numerator, double denominator, int count);
}
