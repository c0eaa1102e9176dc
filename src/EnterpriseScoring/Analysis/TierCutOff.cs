namespace EnterpriseScoring.Analysis;

/// <summary>
/// The total a firm must reach for the next tier, every other firm's total held as it is (<see cref="PromotionPath.CutOff"/>).
/// </summary>
/// <param name="Target">The tier the firm reaches.</param>
/// <param name="Total">The cut-off total: a score threshold, or the total of <paramref name="FirmId"/>, the last firm inside the next band.</param>
/// <param name="Inclusive">True when reaching <paramref name="Total"/> is enough (a threshold, or a tie with the last firm inside the band that the boundary-tie rule settles in the firm's favour); false when the firm must exceed it.</param>
/// <param name="FirmId">The firm whose total is the cut-off (quota bands), or null (a threshold or limit).</param>
/// <param name="Needed">The smallest total that lifts the firm: <paramref name="Total"/> when inclusive, else the next representable number above it.</param>
public sealed record TierCutOff(Tier Target, double Total, bool Inclusive, string? FirmId, double Needed);
