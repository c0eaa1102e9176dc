namespace EnterpriseScoring;

/// <summary>
/// Well-known firm tags (flags). Tags are free-form snake_case strings; these are the ones profiles commonly use
/// for pools, bonuses and overrides.
/// </summary>
public static class KnownTags
{
    /// <summary>Listed company (上市企业).</summary>
    public const string Listed = "listed";

    /// <summary>High-tech enterprise (高新技术企业).</summary>
    public const string HighTech = "high_tech";

    /// <summary>Specialised, refined, distinctive and novel SME (专精特新).</summary>
    public const string SpecializedSme = "specialized_sme";

    /// <summary>Serious safety accident in the evaluation year (重大安全事故).</summary>
    public const string SafetyAccident = "safety_accident";

    /// <summary>Serious environmental violation or accident (重大环境违法/事故).</summary>
    public const string EnvironmentalViolation = "env_violation";

    /// <summary>Listed as seriously dishonest (严重失信).</summary>
    public const string Dishonest = "dishonest";

    /// <summary>Serious land-use violation (严重违法用地).</summary>
    public const string LandViolation = "land_violation";

    /// <summary>Energy-saving target missed (未完成节能目标).</summary>
    public const string EnergyTargetMissed = "energy_target_missed";

    /// <summary>Major project under construction (重大项目).</summary>
    public const string MajorProject = "major_project";

    /// <summary>Newly above designated size this year (新升规).</summary>
    public const string NewlyAboveSize = "newly_above_size";

    /// <summary>The Chinese name of a well-known tag, or <see langword="null"/>.</summary>
    /// <param name="tag">The tag.</param>
    public static string? ChineseName(string tag) => tag switch
    {
        Listed => "上市企业",
        HighTech => "高新技术企业",
        SpecializedSme => "专精特新",
        SafetyAccident => "安全事故",
        EnvironmentalViolation => "环境违法",
        Dishonest => "严重失信",
        LandViolation => "违法用地",
        EnergyTargetMissed => "未完成节能目标",
        MajorProject => "重大项目",
        NewlyAboveSize => "新升规",
        _ => null,
    };
}
