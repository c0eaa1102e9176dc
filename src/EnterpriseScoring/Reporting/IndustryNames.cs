using System.Collections.Frozen;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// The names of the industrial 大类 (two-digit divisions) of GB/T 4754-2017《国民经济行业分类》: sections B 采矿业,
/// C 制造业 and D 电力、热力、燃气及水生产和供应业 — the industries a 亩均效益 evaluation covers. Reports show them beside
/// the codes a county's export carries (<c>C3311</c>, <c>3311</c>, <c>C33</c>).
/// </summary>
/// <remarks>Codes outside sections B–D (agriculture, services) have no name here: reports show the code alone.</remarks>
public static class IndustryNames
{
    private static readonly FrozenDictionary<string, string> Divisions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["06"] = "煤炭开采和洗选业",
        ["07"] = "石油和天然气开采业",
        ["08"] = "黑色金属矿采选业",
        ["09"] = "有色金属矿采选业",
        ["10"] = "非金属矿采选业",
        ["11"] = "开采专业及辅助性活动",
        ["12"] = "其他采矿业",
        ["13"] = "农副食品加工业",
        ["14"] = "食品制造业",
        ["15"] = "酒、饮料和精制茶制造业",
        ["16"] = "烟草制品业",
        ["17"] = "纺织业",
        ["18"] = "纺织服装、服饰业",
        ["19"] = "皮革、毛皮、羽毛及其制品和制鞋业",
        ["20"] = "木材加工和木、竹、藤、棕、草制品业",
        ["21"] = "家具制造业",
        ["22"] = "造纸和纸制品业",
        ["23"] = "印刷和记录媒介复制业",
        ["24"] = "文教、工美、体育和娱乐用品制造业",
        ["25"] = "石油、煤炭及其他燃料加工业",
        ["26"] = "化学原料和化学制品制造业",
        ["27"] = "医药制造业",
        ["28"] = "化学纤维制造业",
        ["29"] = "橡胶和塑料制品业",
        ["30"] = "非金属矿物制品业",
        ["31"] = "黑色金属冶炼和压延加工业",
        ["32"] = "有色金属冶炼和压延加工业",
        ["33"] = "金属制品业",
        ["34"] = "通用设备制造业",
        ["35"] = "专用设备制造业",
        ["36"] = "汽车制造业",
        ["37"] = "铁路、船舶、航空航天和其他运输设备制造业",
        ["38"] = "电气机械和器材制造业",
        ["39"] = "计算机、通信和其他电子设备制造业",
        ["40"] = "仪器仪表制造业",
        ["41"] = "其他制造业",
        ["42"] = "废弃资源综合利用业",
        ["43"] = "金属制品、机械和设备修理业",
        ["44"] = "电力、热力生产和供应业",
        ["45"] = "燃气生产和供应业",
        ["46"] = "水的生产和供应业",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, (string From, string To)> Sections = new Dictionary<char, (string, string)>
    {
        ['B'] = ("06", "12"),
        ['C'] = ("13", "43"),
        ['D'] = ("44", "46"),
    }.ToFrozenDictionary();

    /// <summary>Every two-digit division this table names, in code order, with its name.</summary>
    public static IEnumerable<KeyValuePair<string, string>> All => Divisions.OrderBy(d => d.Key, StringComparer.Ordinal);

    /// <summary>
    /// The 大类 name of an industry code: its first two digits after an optional section letter (<c>C3311</c>,
    /// <c>3311</c>, <c>C33</c> → 金属制品业). A section letter must agree with the division (<c>B33</c> has no name).
    /// </summary>
    /// <param name="code">The code as the export carries it (surrounding blanks ignored).</param>
    /// <returns>The name, or <see langword="null"/> when the code names no division of sections B–D.</returns>
    public static string? Of(string? code)
    {
        var text = (code ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        char? section = char.IsAsciiLetter(text[0]) ? char.ToUpperInvariant(text[0]) : null;
        var digits = section is null ? text : text[1..];
        if (digits.Length < 2 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[1]))
        {
            return null;
        }

        var division = digits[..2];
        if (!Divisions.TryGetValue(division, out var name))
        {
            return null;
        }

        if (section is { } letter
            && (!Sections.TryGetValue(letter, out var range)
                || string.CompareOrdinal(division, range.From) < 0 || string.CompareOrdinal(division, range.To) > 0))
        {
            return null;
        }

        return name;
    }

    /// <summary>The code followed by its name where the table has one (<c>C33 金属制品业</c>), else the code alone.</summary>
    /// <param name="code">The industry code.</param>
    /// <returns>The label.</returns>
    public static string Label(string code) => Of(code) is { } name ? $"{code} {name}" : code;
}
