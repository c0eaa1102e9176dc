using System.Globalization;

namespace EnterpriseScoring.Scoring;

/// <summary>What a rated firm scores on an indicator it has no value for (missing measure or zero denominator).</summary>
/// <remarks>Immutable. Use the static members: <see cref="Zero"/>, <see cref="PoolAverageScore"/>, <see cref="FixedPenalty"/>, <see cref="Exclude"/>.</remarks>
public sealed record MissingValuePolicy
{
    private MissingValuePolicy(MissingValueTreatment treatment, double points)
    {
        Treatment = treatment;
        Points = points;
    }

    /// <summary>Score 0 on the indicator (the default).</summary>
    public static MissingValuePolicy Zero { get; } = new(MissingValueTreatment.Zero, 0);

    /// <summary>The pool's average score on the indicator (over firms that have a value).</summary>
    public static MissingValuePolicy PoolAverageScore { get; } = new(MissingValueTreatment.PoolAverageScore, 0);

    /// <summary>The firm is not rated; its result says which indicator was missing.</summary>
    public static MissingValuePolicy Exclude { get; } = new(MissingValueTreatment.Exclude, 0);

    /// <summary>A fixed score, usually a penalty such as −3 points when energy data is missing or zero.</summary>
    /// <param name="points">The score given (finite; negative for a penalty).</param>
    public static MissingValuePolicy FixedPenalty(double points) => new(MissingValueTreatment.FixedScore, Preconditions.CheckFinite(points));

    /// <summary>How a missing value is treated.</summary>
    public MissingValueTreatment Treatment { get; }

    /// <summary>The fixed score for <see cref="MissingValueTreatment.FixedScore"/>; 0 otherwise.</summary>
    public double Points { get; }

    /// <inheritdoc />
    public override string ToString() => Treatment switch
    {
        MissingValueTreatment.Zero => "zero (缺失计0分)",
        MissingValueTreatment.PoolAverageScore => "pool average score (取平均得分)",
        MissingValueTreatment.FixedScore => "fixed score " + Points.ToString("0.####", CultureInfo.InvariantCulture) + " (固定扣分)",
        _ => "exclude (不参评)",
    };
}
