namespace EnterpriseScoring.Excel;

/// <summary>The Chinese name of each firm status, as the 公示名单 shows it.</summary>
internal static class StatusNames
{
    /// <summary>E.g. 参评 for <see cref="FirmStatus.Rated"/>, 免评 for <see cref="FirmStatus.Exempt"/>.</summary>
    public static string Of(FirmStatus status) => status switch
    {
        FirmStatus.Rated => "参评",
        FirmStatus.Rejected => "数据有误，剔除",
        FirmStatus.Excluded => "指标缺失，不参评",
        FirmStatus.NotPooled => "未归入评价组",
        FirmStatus.Exempt => "免评",
        FirmStatus.Transition => "过渡期，不参评",
        FirmStatus.CollectOnly => "仅采集数据",
        FirmStatus.TClass => "不适合评价类",
        FirmStatus.UngradedAsB => "不定等级（参照B类管理）",
        _ => status.ToString(),
    };
}
