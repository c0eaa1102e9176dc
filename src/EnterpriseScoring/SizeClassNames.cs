namespace EnterpriseScoring;

/// <summary>Parses and names <see cref="SizeClass"/> values in the spellings government exports use.</summary>
public static class SizeClassNames
{
    /// <summary>Parses 规上/规下 (and English spellings such as <c>above</c>, <c>below</c>); empty text is <see cref="SizeClass.Unspecified"/>.</summary>
    /// <param name="text">The cell text.</param>
    /// <param name="sizeClass">The parsed value.</param>
    /// <returns><see langword="false"/> when the text is not a known spelling.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SizeClass sizeClass)
    {
        text = text.Trim();
        sizeClass = SizeClass.Unspecified;
        if (text.IsEmpty)
        {
            return true;
        }

        if (text is "规上" or "规模以上" or "规上企业" || text.Equals("above", StringComparison.OrdinalIgnoreCase)
            || text.Equals("above_designated_size", StringComparison.OrdinalIgnoreCase) || text.Equals("AboveDesignatedSize", StringComparison.OrdinalIgnoreCase))
        {
            sizeClass = SizeClass.AboveDesignatedSize;
            return true;
        }

        if (text is "规下" or "规模以下" or "规下企业" || text.Equals("below", StringComparison.OrdinalIgnoreCase)
            || text.Equals("below_designated_size", StringComparison.OrdinalIgnoreCase) || text.Equals("BelowDesignatedSize", StringComparison.OrdinalIgnoreCase))
        {
            sizeClass = SizeClass.BelowDesignatedSize;
            return true;
        }

        return false;
    }

    /// <summary>The canonical English spelling used in output files: <c>above</c>, <c>below</c> or empty.</summary>
    /// <param name="sizeClass">The value.</param>
    public static string ToCode(SizeClass sizeClass) => sizeClass switch
    {
        SizeClass.AboveDesignatedSize => "above",
        SizeClass.BelowDesignatedSize => "below",
        _ => string.Empty,
    };

    /// <summary>The Chinese name: 规上 or 规下 (empty when unspecified).</summary>
    /// <param name="sizeClass">The value.</param>
    public static string ToChinese(SizeClass sizeClass) => sizeClass switch
    {
        SizeClass.AboveDesignatedSize => "规上",
        SizeClass.BelowDesignatedSize => "规下",
        _ => string.Empty,
    };
}
