namespace EnterpriseScoring.Classification;

/// <summary>What a tier override does.</summary>
public enum OverrideAction
{
    /// <summary>Place in A directly (large firms: listed, revenue or tax above a threshold). Not applied to a vetoed firm.</summary>
    ForceA = 0,

    /// <summary>Not A or B: cap at C (一票否决: serious safety/environmental accident, 严重失信, missed energy targets). A veto.</summary>
    CapAtC = 1,

    /// <summary>Not D: floor at C (new firms, newly above size, major projects). Not applied to a vetoed firm.</summary>
    FloorAtC = 2,

    /// <summary>Place in D (serious land violations). A veto.</summary>
    ForceD = 3,
}
