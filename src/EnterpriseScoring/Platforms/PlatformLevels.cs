namespace EnterpriseScoring.Platforms;

/// <summary>The spellings of <see cref="PlatformLevel"/> in registers and outputs.</summary>
public static class PlatformLevels
{
    /// <summary>The Chinese name of <paramref name="level"/> (国家级 …), empty for <see cref="PlatformLevel.Unspecified"/>.</summary>
    /// <param name="level">The level.</param>
    public static string ChineseName(PlatformLevel level) => level switch
    {
        PlatformLevel.National => "国家级",
        PlatformLevel.Provincial => "省级",
        PlatformLevel.Municipal => "市级",
        PlatformLevel.Town => "镇级",
        _ => string.Empty,
    };

    /// <summary>
    /// Reads a level: 国家级/省级/市级/镇级 (also 乡镇级), or national/provincial/municipal/town (ASCII case ignored);
    /// an empty text is <see cref="PlatformLevel.Unspecified"/>.
    /// </summary>
    /// <param name="text">The text, trimmed or not.</param>
    /// <param name="level">The level read.</param>
    /// <returns>Whether the text names a level.</returns>
    public static bool TryParse(string? text, out PlatformLevel level)
    {
        level = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "" => PlatformLevel.Unspecified,
            "国家级" or "national" => PlatformLevel.National,
            "省级" or "provincial" => PlatformLevel.Provincial,
            "市级" or "municipal" or "city" => PlatformLevel.Municipal,
            "镇级" or "乡镇级" or "town" => PlatformLevel.Town,
            _ => (PlatformLevel)(-1),
        };
        return level >= 0;
    }
}
