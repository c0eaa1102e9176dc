namespace EnterpriseScoring.Scorecards;

/// <summary>
/// What a cell's points were made from — method, W, value, target, year — so that <see cref="ScorecardCell.PointsArithmetic"/>
/// is written when read (<see cref="Attainment.Points"/>), not for every cell of a scorecard at once. Immutable.
/// </summary>
/// <param name="Method">The method.</param>
/// <param name="Weight">W.</param>
/// <param name="Value">The value.</param>
/// <param name="Target">The target; null only for <see cref="AttainmentMethodKind.PerItem"/>.</param>
/// <param name="Year">The scorecard's year.</param>
internal sealed record AttainmentInput(AttainmentMethod Method, double Weight, double Value, ScorecardTarget? Target, int Year)
{
    /// <summary>The points (<see cref="Attainment.PointsOnly"/>).</summary>
    public double Points() => Attainment.PointsOnly(Method, Weight, Value, Target, Year);

    /// <summary>The points' arithmetic, written out (<see cref="Attainment.Points"/>; the same text each time).</summary>
    public string Arithmetic() => Attainment.Points(Method, Weight, Value, Target, Year).Arithmetic;
}
