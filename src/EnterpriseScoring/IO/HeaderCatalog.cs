using System.Collections.Frozen;
using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>Maps header text to a column target: a <see cref="FirmColumns"/> name, a measure id, <c>tag:…</c> or <c>ignore</c>.</summary>
internal static class HeaderCatalog
{
    private static readonly string[] KnownTagIds =
    [
        KnownTags.Listed, KnownTags.HighTech, KnownTags.SpecializedSme, KnownTags.SafetyAccident,
        KnownTags.EnvironmentalViolation, KnownTags.Dishonest, KnownTags.LandViolation, KnownTags.EnergyTargetMissed,
        KnownTags.MajorProject, KnownTags.NewlyAboveSize,
    ];

    /// <summary>Built-in header spellings (normalised) → target, in priority order.</summary>
    public static FrozenDictionary<string, string> BuiltIn { get; } = CreateBuiltIn();

    /// <summary>Chinese tag names (and ids) → tag id, for the cells of the <c>tags</c> column.</summary>
    public static FrozenDictionary<string, string> TagNames { get; } = CreateTagNames();

    /// <summary>The well-known tag ids.</summary>
    public static IReadOnlyList<string> KnownTagList => KnownTagIds;

    private static FrozenDictionary<string, string> CreateBuiltIn()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string target, params string[] names)
        {
            foreach (var n in names)
            {
                map.TryAdd(Normalize(n), target);
            }
        }

        foreach (var f in FirmColumns.All)
        {
            Add(f, f);
        }

        Add(FirmColumns.Id, "统一社会信用代码", "信用代码", "社会信用代码", "uscc", "credit_code");
        Add(FirmColumns.Name, "企业名称", "单位名称", "firm_name", "company_name");
        Add(FirmColumns.Region, "所属区域", "区域", "乡镇", "镇街");
        Add(FirmColumns.Platform, "所属平台", "平台", "园区");
        Add(FirmColumns.Industry, "行业代码", "国民经济行业代码", "industry_code");
        Add(FirmColumns.SizeClass, "规模", "企业规模", "规上规下");
        Add(FirmColumns.StartYear, "投产年份", "成立年份");
        Add(FirmColumns.Parcel, "地块编号", "宗地编号", "宗地号", "地块号", "地块代码", "宗地代码", "parcel_id");
        Add(FirmColumns.Tags, "标签");
        foreach (var m in KnownMeasures.All)
        {
            Add(m.Id, m.Id);
        }

        foreach (var m in KnownMeasures.All)
        {
            Add(m.Id, m.ChineseName);
            Add(m.Id, [.. m.Aliases]);
        }

        foreach (var m in KnownMeasures.All)
        {
            Add(m.Id, m.EnglishName);
        }

        foreach (var t in KnownTagIds)
        {
            Add(FirmColumns.TagPrefix + t, t);
            Add(FirmColumns.TagPrefix + t, KnownTags.ChineseName(t)!);
        }

        Add(FirmColumns.TagPrefix + KnownTags.Listed, "是否上市", "上市");
        Add(FirmColumns.TagPrefix + KnownTags.HighTech, "高企", "是否高新技术企业");
        Add(FirmColumns.TagPrefix + KnownTags.SpecializedSme, "专精特新企业", "是否专精特新");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> CreateTagNames()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in KnownTagIds)
        {
            map[KnownTags.ChineseName(t)!] = t;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Normalises a header for matching: trims (also full-width spaces and a stray BOM), drops a trailing unit in
    /// brackets — <c>(亩)</c>, <c>（万元）</c>, <c>[t]</c>, <c>【吨】</c> — lower-cases ASCII letters, and turns ASCII
    /// spaces and hyphens into underscores.
    /// </summary>
    public static string Normalize(string header)
    {
        var (name, _) = SplitUnit(header);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            sb.Append(c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                ' ' or '-' => '_',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>Splits <c>用地面积(亩)</c> into (<c>用地面积</c>, <c>亩</c>); trims both.</summary>
    public static (string Name, string Unit) SplitUnit(string header)
    {
        var text = Trim(header);
        if (text.Length >= 2)
        {
            var close = text[^1];
            var open = close switch
            {
                ')' => '(',
                '）' => '（',
                ']' => '[',
                '】' => '【',
                _ => '\0',
            };
            var altOpen = close switch
            {
                ')' => '（',
                '）' => '(',
                _ => '\0',
            };
            if (open != '\0')
            {
                var i = Math.Max(text.LastIndexOf(open), altOpen == '\0' ? -1 : text.LastIndexOf(altOpen));
                if (i > 0)
                {
                    return (Trim(text[..i]), Trim(text[(i + 1)..^1]));
                }
            }
        }

        return (text, string.Empty);
    }

    private static string Trim(string s) => s.Trim().Trim('\uFEFF').Trim();

    /// <summary>Resolves a header to a target, user aliases first; <see langword="null"/> when unknown.</summary>
    public static string? Resolve(string header, IReadOnlyDictionary<string, string> normalizedUserAliases)
    {
        var key = Normalize(header);
        if (normalizedUserAliases.TryGetValue(key, out var target))
        {
            return target;
        }

        return BuiltIn.TryGetValue(key, out target) ? target : null;
    }
}
