namespace EnterpriseScoring.Scoring;

/// <summary>
/// The 功效系数 (efficacy coefficient) arithmetic, shared by the firm scoring method
/// (<see cref="EfficacyCoefficientScoring"/>) and the platform scorecards' attainment method: the position of a value
/// between two standards, and the coefficient <c>60 + 40 × position</c> on the 100-point scale.
/// </summary>
internal static class EfficacyFormula
{
    /// <summary>The coefficient at 不允许值 (position 0).</summary>
    public const double Base = 60;

    /// <summary>What the coefficient gains from 不允许值 to 满意值 (position 0 → 1).</summary>
    public const double Span = 40;

    /// <summary>
    /// <c>(x − low) / (high − low)</c>: 0 at <paramref name="low"/>, 1 at <paramref name="high"/>, whichever way round
    /// they are (a lower-is-better indicator has its 满意值 below its 不允许值, and the position still grows as x improves).
    /// </summary>
    /// <param name="x">The value.</param>
    /// <param name="low">The standard at position 0 (不允许值, or the band's own standard).</param>
    /// <param name="high">The standard at position 1 (满意值, or the next band's standard); ≠ <paramref name="low"/>.</param>
    public static double Position(double x, double low, double high) => (x - low) / (high - low);

    /// <summary>
    /// The coefficient of a position on the 100-point scale: <c>60 + 40 × min(position, 1)</c>, so never above 100
    /// (better than 满意值 is 满意值). Below 不允许值 (position &lt; 0) it is 0 unless <paramref name="formulaBelow"/>,
    /// then the formula's own value, never below 0.
    /// </summary>
    /// <param name="position">From <see cref="Position"/>.</param>
    /// <param name="formulaBelow">Whether a value worse than 不允许值 keeps the formula's value instead of 0.</param>
    public static double Coefficient(double position, bool formulaBelow) =>
        position < 0
            ? (formulaBelow ? Math.Max(0, Base + (Span * position)) : 0)
            : Base + (Span * Math.Min(position, 1));

    /// <summary>
    /// The banded form, per unit of weight: <c>本档系数 + position × (上档系数 − 本档系数)</c> with the position of x between the
    /// band's standard and the next band's (<see cref="Position"/>); the caller has found the band.
    /// </summary>
    /// <param name="position">The position within the band, in [0, 1).</param>
    /// <param name="bandCoefficient">The band's standard coefficient (本档基础分 / W).</param>
    /// <param name="upperCoefficient">The next band's coefficient (上档基础分 / W).</param>
    public static double Banded(double position, double bandCoefficient, double upperCoefficient) =>
        bandCoefficient + (position * (upperCoefficient - bandCoefficient));
}
