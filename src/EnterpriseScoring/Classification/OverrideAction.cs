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

    /// <summary>At most the tier <see cref="OverrideRule.Target"/> names (e.g. "at most B" of 乐清's A+/A/B/C): a firm above it
    /// moves down to it. A veto, like <see cref="CapAtC"/>.</summary>
    CapAt = 4,

    /// <summary>At least the tier <see cref="OverrideRule.Target"/> names: a firm below it moves up to it. Not applied to a
    /// vetoed firm, like <see cref="FloorAtC"/>.</summary>
    FloorAt = 5,

    /// <summary>Place in the tier <see cref="OverrideRule.Target"/> names directly (e.g. A+ for the largest taxpayers). Not
    /// applied to a vetoed firm, like <see cref="ForceA"/>.</summary>
    PlaceIn = 6,

    /// <summary>Place in the tier <see cref="OverrideRule.Target"/> names directly, as a veto (e.g. the bottom tier for
    /// serious land violations), like <see cref="ForceD"/>.</summary>
    VetoPlaceIn = 7,
}
