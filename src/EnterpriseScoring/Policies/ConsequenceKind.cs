namespace EnterpriseScoring.Policies;

/// <summary>What a <see cref="ConsequenceLine"/> is.</summary>
public enum ConsequenceKind
{
    /// <summary>差别化电价: a surcharge on the electricity price, in 元/kWh.</summary>
    ElectricitySurcharge = 0,

    /// <summary>A cut to the firm's energy-use quota (用能指标), in percent.</summary>
    EnergyQuotaCut = 1,

    /// <summary>A free-form policy line (e.g. 优先保障用地、用能).</summary>
    PolicyNote = 2,
}
