namespace EnterpriseScoring.Platforms;

/// <summary>What a <see cref="PlatformUnit"/> is: a platform, a county's platforms together, or the whole city's.</summary>
public enum PlatformUnitKind
{
    /// <summary>A platform (主平台 or 分区分园): its own firms and those of its 分区分园 and of the platforms merged into it.</summary>
    Platform = 0,

    /// <summary>A county (县/市/区): the firms of every platform of the county.</summary>
    County = 1,

    /// <summary>The city: the firms of every platform.</summary>
    City = 2,
}
