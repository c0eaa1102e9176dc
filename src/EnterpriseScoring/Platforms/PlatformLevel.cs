namespace EnterpriseScoring.Platforms;

/// <summary>The administrative level of an industrial platform (开发区/园区): who approved it.</summary>
public enum PlatformLevel
{
    /// <summary>Not given (the register has no level for it, or the platform is known only from the firm table).</summary>
    Unspecified = 0,

    /// <summary>国家级: a national development zone (国家级经济技术开发区, 国家级高新技术产业开发区 …).</summary>
    National = 1,

    /// <summary>省级: a provincial development zone.</summary>
    Provincial = 2,

    /// <summary>市级: a city-level park.</summary>
    Municipal = 3,

    /// <summary>镇级: a township park (乡镇工业功能区, 小微企业园 …).</summary>
    Town = 4,
}
