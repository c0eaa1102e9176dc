using System.Globalization;

namespace EnterpriseScoring.IO;

/// <summary>The dates the readers accept in a cell: <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c>, <c>yyyy.M.d</c>, <c>yyyy年M月d日</c> or <c>yyyyMMdd</c>.</summary>
internal static class CellDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    /// <summary>The reason a cell that is not a date is rejected with.</summary>
    public const string NotADate = "不是日期 not a date: yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd";

    /// <summary>Parses <paramref name="text"/> (trimmed) as a date in one of the accepted forms.</summary>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
