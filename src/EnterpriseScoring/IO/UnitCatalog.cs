using System.Collections.Frozen;
using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>What a unit measures; units convert only within one dimension.</summary>
internal enum UnitDimension
{
    Money,
    Area,
    Electricity,
    Energy,
    Mass,
    Persons,
    Count,
}

/// <summary>A recognised unit: its dimension and its size in the dimension's base unit (元, ㎡, kWh, tce, kg, 人, 户) as a fraction.</summary>
internal readonly record struct UnitInfo(string Name, UnitDimension Dimension, double Numerator, double Denominator)
{
    /// <summary>The dimension's name for messages.</summary>
    public string DimensionName => Dimension switch
    {
        UnitDimension.Money => "money",
        UnitDimension.Area => "an area",
        UnitDimension.Electricity => "electricity",
        UnitDimension.Energy => "energy (standard coal)",
        UnitDimension.Mass => "a mass",
        UnitDimension.Persons => "a head count",
        _ => "a count",
    };
}

/// <summary>
/// A conversion of a column's values to its measure's canonical unit: <c>value × <see cref="Numerator"/> / <see cref="Denominator"/></c>,
/// both whole numbers, so that e.g. 元 → 万元 divides by exactly 10000.
/// </summary>
internal readonly record struct UnitConversion(double Numerator, double Denominator)
{
    public static UnitConversion Identity { get; } = new(1, 1);

    public bool IsIdentity => Numerator == Denominator;

    public double Factor => Numerator / Denominator;

    public double Apply(double value) => IsIdentity ? value : value * Numerator / Denominator;
}

/// <summary>The units the readers recognise in header suffixes and <see cref="InputUnits"/>, and conversions between them.</summary>
internal static class UnitCatalog
{
    private static readonly FrozenDictionary<string, UnitInfo> Units = Create();

    private static FrozenDictionary<string, UnitInfo> Create()
    {
        var map = new Dictionary<string, UnitInfo>(StringComparer.Ordinal);
        void Add(UnitDimension dimension, double numerator, double denominator, params string[] names)
        {
            foreach (var name in names)
            {
                map.Add(Key(name), new UnitInfo(name, dimension, numerator, denominator));
            }
        }

        Add(UnitDimension.Money, 1, 1, "元", "人民币元", "yuan");
        Add(UnitDimension.Money, 1000, 1, "千元");
        Add(UnitDimension.Money, 10000, 1, "万元", "人民币万元");
        Add(UnitDimension.Money, 1000000, 1, "百万元");
        Add(UnitDimension.Money, 100000000, 1, "亿元");
        Add(UnitDimension.Area, 1, 1, "㎡", "平方米", "平米", "m2", "sqm");
        Add(UnitDimension.Area, 10000, 15, "亩");
        Add(UnitDimension.Area, 10000, 1, "公顷", "ha", "hm2", "万平方米");
        Add(UnitDimension.Area, 1000000, 1, "平方公里", "km2");
        Add(UnitDimension.Electricity, 1, 1, "千瓦时", "kwh", "kw·h", "kw.h", "度");
        Add(UnitDimension.Electricity, 1000, 1, "兆瓦时", "mwh");
        Add(UnitDimension.Electricity, 10000, 1, "万千瓦时", "万kwh", "万kw·h", "万度");
        Add(UnitDimension.Electricity, 100000000, 1, "亿千瓦时", "亿度");
        Add(UnitDimension.Energy, 1, 1, "吨标准煤", "吨标煤", "tce", "t标准煤");
        Add(UnitDimension.Energy, 10000, 1, "万吨标准煤", "万吨标煤", "万tce");
        Add(UnitDimension.Energy, 1, 1000, "千克标准煤", "kgce");
        Add(UnitDimension.Mass, 1000, 1, "吨", "t");
        Add(UnitDimension.Mass, 1, 1, "千克", "公斤", "kg");
        Add(UnitDimension.Mass, 10000000, 1, "万吨");
        Add(UnitDimension.Persons, 1, 1, "人", "名");
        Add(UnitDimension.Count, 1, 1, "户", "家", "个");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The spellings recognised for <paramref name="dimension"/>, for messages.</summary>
    public static IEnumerable<string> Spellings(UnitDimension dimension) =>
        Units.Values.Where(u => u.Dimension == dimension).Select(u => u.Name).Order(StringComparer.Ordinal);

    /// <summary>Finds a unit by its spelling: spaces ignored, ASCII case ignored, ² and ³ as 2 and 3.</summary>
    public static bool TryGet(string text, out UnitInfo unit) => Units.TryGetValue(Key(text), out unit);

    /// <summary>The conversion from <paramref name="from"/> to <paramref name="to"/> (same dimension).</summary>
    public static UnitConversion Conversion(UnitInfo from, UnitInfo to)
    {
        var numerator = from.Numerator * to.Denominator;
        var denominator = from.Denominator * to.Numerator;
        var gcd = Gcd(numerator, denominator);
        return new UnitConversion(numerator / gcd, denominator / gcd);
    }

    private static double Gcd(double a, double b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            sb.Append(c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                '²' => '2',
                '³' => '3',
                '・' or '•' => '·',
                _ => c,
            });
        }

        return sb.ToString();
    }
}
