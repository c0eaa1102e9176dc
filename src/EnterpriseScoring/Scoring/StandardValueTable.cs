using EnterpriseScoring.Benchmarks;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// A standard-value table by industry × size (企业绩效评价标准值, 行业 × 规模, five bands each; 国资发评价〔2006〕157号 and the
/// yearly 《企业绩效评价标准值》) for the banded 功效系数 (<see cref="EfficacyCoefficientOptions.Table"/>): each firm is
/// scored against the most specific row that fits its GB/T 4754 code and size class.
/// </summary>
/// <remarks>
/// <para>Lookup (<see cref="Find"/>), most specific first: the firm's 大类 with its size class, its 大类 全行业, its 门类
/// with its size class, its 门类 全行业, a default row (no industry) with its size class, a default row 全行业; then the
/// indicator's own <see cref="EfficacyCoefficientOptions.Standards"/>, if given. A firm that fits none of these has no
/// standard values: its value counts as missing (<see cref="Indicators.IndicatorOutcome.NoStandardRow"/>) and the
/// indicator's missing-value policy applies.</para>
/// <para>Size classes: the published tables split 大型 / 中型 / 小型 by 《统计上大中小微型企业划分办法》(国统字〔2017〕213号),
/// which for industry uses 从业人员 and 营业收入, both to be met (大型 从业人员 ≥ 1000 且 营业收入 ≥ 40000 万元). A class is a
/// threshold on the table's one <see cref="SizeMeasure"/> (<see cref="StandardSizeClass.AtLeast"/>) or thresholds on
/// several measures, all to be met (<see cref="StandardSizeClass.Thresholds"/>); a firm is in the first class, largest
/// first, whose thresholds it meets. A firm below every class has no size class and gets a 全行业 row; a firm whose value
/// of a size measure is missing gets a 全行业 row too, or no row at all, as <see cref="WhenSizeMissing"/> says — never the
/// smallest class.</para>
/// <para>A firm's industry code is read with its spaces removed (<c>C 2611</c> as <c>C2611</c>), so that a stray space
/// does not move it from its 大类 row to its 门类 row; the explanation shows the code as written.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class StandardValueTable
{
    private static readonly IndustryMeanBenchmark SectionKeys = new(MeanKind.RatioOfSums, IndustryLevel.Section);
    private static readonly IndustryMeanBenchmark DivisionKeys = new(MeanKind.RatioOfSums, IndustryLevel.Division);

    private readonly Dictionary<(string? Industry, string? Size), StandardValueRow> byKey;
    private readonly double[][] thresholds;

    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows; industry keys are normalised (<c>26</c> → <c>C26</c>, <c>c</c> → <c>C</c>).</param>
    /// <param name="sizeMeasure">The measure the size classes are defined over; required when a row names a size.</param>
    /// <param name="sizeClasses">The size classes, largest first: strictly decreasing <see cref="StandardSizeClass.AtLeast"/>
    /// over <paramref name="sizeMeasure"/>, or <see cref="StandardSizeClass.Thresholds"/> on the same measures in every class,
    /// each at or below the class before and not all equal to it (then <paramref name="sizeMeasure"/> is null).</param>
    /// <param name="whenSizeMissing">What a firm whose value of a size measure is missing gets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Problems"/> says (the first problem, with its path); an undefined <paramref name="whenSizeMissing"/>.</exception>
    public StandardValueTable(IReadOnlyList<StandardValueRow> rows, Measure? sizeMeasure = null, IReadOnlyList<StandardSizeClass>? sizeClasses = null, MissingSizeMeasure whenSizeMissing = MissingSizeMeasure.AllSizes)
    {
        ArgumentNullException.ThrowIfNull(rows);
        sizeClasses ??= [];
        if (Problems(rows, sizeMeasure, sizeClasses).FirstOrDefault() is { Path: not null } problem)
        {
            throw new ArgumentException($"{problem.Path}: {problem.Message}", nameof(rows));
        }

        if (!Enum.IsDefined(whenSizeMissing))
        {
            throw new ArgumentException($"Unknown {nameof(MissingSizeMeasure)} {whenSizeMissing}.", nameof(whenSizeMissing));
        }

        Rows = rows.Select(r => r with { Industry = r.Industry is null ? null : NormaliseIndustry(r.Industry) }).ToArray().AsValueList();
        SizeMeasure = sizeMeasure;
        SizeClasses = ReadOnlyCopy.List(sizeClasses);
        WhenSizeMissing = whenSizeMissing;
        SizeMeasures = (sizeMeasure is not null ? [sizeMeasure] : sizeClasses.Count > 0 ? sizeClasses[0].Thresholds.Select(t => t.Measure).ToArray() : []).AsValueList();
        thresholds = [.. sizeClasses.Select(c => c.Thresholds.Count == 0 ? new[] { c.AtLeast } : SizeMeasures.Select(m => c.Thresholds.First(t => t.Measure.Id == m.Id).AtLeast).ToArray())];
        byKey = Rows.ToDictionary(r => (r.Industry, r.Size));
    }

    /// <summary>The rows, industry keys normalised, in the order given.</summary>
    public IReadOnlyList<StandardValueRow> Rows { get; }

    /// <summary>The one measure the size classes are defined over (<see cref="StandardSizeClass.AtLeast"/>), or null when there are no size classes or they are defined over several measures.</summary>
    public Measure? SizeMeasure { get; }

    /// <summary>Every measure a size class reads: <see cref="SizeMeasure"/>, or the measures of the classes' <see cref="StandardSizeClass.Thresholds"/> in the first class's order; empty without size classes.</summary>
    public IReadOnlyList<Measure> SizeMeasures { get; }

    /// <summary>The size classes, largest first.</summary>
    public IReadOnlyList<StandardSizeClass> SizeClasses { get; }

    /// <summary>What a firm whose value of a size measure is missing gets.</summary>
    public MissingSizeMeasure WhenSizeMissing { get; }

    /// <summary>The CSV file the rows were read from (<c>standard_table.file</c>), with its digest; null for rows given inline.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public StandardTableFile? Source { get; init; }

    /// <summary>The file line of each row (<see cref="Rows"/>'s order) when <see cref="Source"/> is set: where problems found later point.</summary>
    internal IReadOnlyList<int>? SourceLines { get; init; }

    /// <summary>
    /// The normalised industry key: a 门类 letter A–T upper-cased (<c>C</c>), or a 大类 with its 门类 letter (<c>26</c> and
    /// <c>C26</c> → <c>C26</c>); null when <paramref name="key"/> is neither, or its letter is not the 门类 of its digits.
    /// </summary>
    /// <param name="key">The key as written.</param>
    public static string? NormaliseIndustry(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var k = key.Trim();
        if (k.Length == 1)
        {
            return char.IsAsciiLetter(k[0]) && char.ToUpperInvariant(k[0]) is >= 'A' and <= 'T' ? SectionKeys.GroupOf(k) : null;
        }

        var digits = k.Length == 3 && char.IsAsciiLetter(k[0]) ? k[1..] : k;
        if (digits.Length != 2 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[1]) || DivisionKeys.GroupOf(k) is not { Length: 3 } division)
        {
            return null;
        }

        return digits.Length == k.Length || char.ToUpperInvariant(k[0]) == division[0] ? division : null;
    }

    /// <summary>
    /// Every problem of a table, with its path below the table (<c>rows[2].standards</c>): a row whose standards are not five
    /// finite values strictly monotone, an industry key that is no 门类 or 大类, a size that is no size class, two rows with
    /// the same key, sizes without a size measure, size classes without an id or with duplicate ids; thresholds over one
    /// measure that are not finite and strictly decreasing; thresholds over several measures that do not name the same
    /// measures in every class, are not finite, rise above the class before or equal it on every measure
    /// (<c>size_classes[1].at_least.employees</c>). Empty when the table is valid.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="sizeMeasure">The size measure, or null.</param>
    /// <param name="sizeClasses">The size classes.</param>
    public static IEnumerable<(string Path, string Message)> Problems(IReadOnlyList<StandardValueRow> rows, Measure? sizeMeasure, IReadOnlyList<StandardSizeClass> sizeClasses)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(sizeClasses);
        if (rows.Count == 0)
        {
            yield return ("rows", "a standard-value table needs at least one row");
        }

        var classIds = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < sizeClasses.Count; c++)
        {
            var sc = sizeClasses[c];
            if (string.IsNullOrWhiteSpace(sc.Id))
            {
                yield return ($"size_classes[{c}].id", "a size class needs an id, e.g. \"large\"");
            }
            else if (!classIds.Add(sc.Id))
            {
                yield return ($"size_classes[{c}].id", $"size class '{sc.Id}' is listed twice");
            }
        }

        var several = sizeClasses.Any(c => c.Thresholds.Count > 0);
        var problems = several ? SeveralMeasureProblems(sizeMeasure, sizeClasses) : OneMeasureProblems(sizeMeasure, sizeClasses);
        foreach (var problem in problems)
        {
            yield return problem;
        }

        var keys = new Dictionary<(string?, string?), int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            string? industry = null;
            if (row.Industry is not null && (industry = NormaliseIndustry(row.Industry)) is null)
            {
                yield return ($"rows[{r}].industry", $"'{row.Industry}' is no GB/T 4754 门类 (a letter A–T) or 大类 (2 digits, e.g. C26 or 26, the letter that of the digits)");
            }

            if (row.Size is not null && !classIds.Contains(row.Size))
            {
                yield return ($"rows[{r}].size", sizeClasses.Count == 0
                    ? $"unknown size class '{row.Size}': the table defines no size_classes"
                    : $"unknown size class '{row.Size}'; the classes are {string.Join(", ", sizeClasses.Select(s => s.Id))}");
            }

            if (StandardsProblem(row.Standards) is { } standards)
            {
                yield return ($"rows[{r}].standards", standards);
            }

            if (row.Industry is null || industry is not null)
            {
                if (keys.TryGetValue((industry, row.Size), out var first))
                {
                    yield return ($"rows[{r}]", $"duplicate row {industry ?? "default 默认"} × {row.Size ?? "全行业"}: rows[{first}] has the same industry and size");
                }
                else
                {
                    keys.Add((industry, row.Size), r);
                }
            }
        }
    }

    /// <summary>The problems of size classes over the table's one size measure (<see cref="StandardSizeClass.AtLeast"/>).</summary>
    private static IEnumerable<(string Path, string Message)> OneMeasureProblems(Measure? sizeMeasure, IReadOnlyList<StandardSizeClass> sizeClasses)
    {
        for (var c = 0; c < sizeClasses.Count; c++)
        {
            var sc = sizeClasses[c];
            if (!double.IsFinite(sc.AtLeast))
            {
                yield return ($"size_classes[{c}].at_least", $"{sc.AtLeast} is not a finite number");
            }
            else if (c > 0 && !(sc.AtLeast < sizeClasses[c - 1].AtLeast))
            {
                yield return ($"size_classes[{c}].at_least", $"{ExplainFormat.Num(sc.AtLeast)} must be below the class before ({ExplainFormat.Num(sizeClasses[c - 1].AtLeast)}): classes are listed largest first");
            }
        }

        if (sizeClasses.Count > 0 && sizeMeasure is null)
        {
            yield return ("size_measure", "size classes need the measure they are defined over, e.g. \"revenue\" (or thresholds on several measures: \"at_least\": {\"employees\": 1000, \"revenue\": 40000})");
        }
    }

    /// <summary>
    /// The problems of size classes over several measures (<see cref="StandardSizeClass.Thresholds"/>): every class in this
    /// form, naming the measures of the first class, once each, with finite thresholds at or below the class before and
    /// not all equal to them; no <c>size_measure</c> beside them.
    /// </summary>
    private static IEnumerable<(string Path, string Message)> SeveralMeasureProblems(Measure? sizeMeasure, IReadOnlyList<StandardSizeClass> sizeClasses)
    {
        if (sizeMeasure is not null)
        {
            yield return ("size_measure", "size classes with thresholds on several measures name their measures in at_least: leave size_measure out");
        }

        var first = sizeClasses[0].Thresholds.Select(t => t.Measure.Id).ToArray();
        for (var c = 0; c < sizeClasses.Count; c++)
        {
            var sc = sizeClasses[c];
            if (sc.Thresholds.Count == 0)
            {
                yield return ($"size_classes[{c}].at_least", $"a single number here, thresholds on several measures in another class: give every class at_least per measure, {{\"{string.Join("\": …, \"", first)}\": …}}");
                continue;
            }

            var ids = sc.Thresholds.Select(t => t.Measure.Id).ToArray();
            if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
            {
                yield return ($"size_classes[{c}].at_least", $"a measure is named twice: {string.Join(", ", ids)}");
                continue;
            }

            if (c > 0 && (ids.Length != first.Length || ids.Except(first, StringComparer.Ordinal).Any()))
            {
                yield return ($"size_classes[{c}].at_least", $"names {string.Join(", ", ids)}, size_classes[0] names {string.Join(", ", first)}: every class has a threshold on each measure (a class needs all of them met)");
                continue;
            }

            foreach (var t in sc.Thresholds.Where(t => !double.IsFinite(t.AtLeast)))
            {
                yield return ($"size_classes[{c}].at_least.{t.Measure.Id}", $"{t.AtLeast} is not a finite number");
            }

            if (c == 0 || sizeClasses[c - 1].Thresholds.Count != sc.Thresholds.Count)
            {
                continue;
            }

            var before = sizeClasses[c - 1].Thresholds.ToDictionary(t => t.Measure.Id, t => t.AtLeast, StringComparer.Ordinal);
            if (!before.Keys.SequenceEqual(before.Keys.Intersect(ids, StringComparer.Ordinal)))
            {
                continue;
            }

            var lower = false;
            foreach (var t in sc.Thresholds)
            {
                if (t.AtLeast > before[t.Measure.Id])
                {
                    yield return ($"size_classes[{c}].at_least.{t.Measure.Id}", $"{ExplainFormat.Num(t.AtLeast)} is above the class before ({ExplainFormat.Num(before[t.Measure.Id])}): classes are listed largest first, each threshold at or below the one before");
                }

                lower |= t.AtLeast < before[t.Measure.Id];
            }

            if (!lower && sc.Thresholds.All(t => t.AtLeast <= before[t.Measure.Id]))
            {
                yield return ($"size_classes[{c}].at_least", $"the same thresholds as size_classes[{c - 1}]: no firm could be in it");
            }
        }
    }

    /// <summary>Why five standard values cannot be a row (not five, not finite, not strictly monotone), or null.</summary>
    /// <param name="standards">The values, best band first.</param>
    internal static string? StandardsProblem(IReadOnlyList<double> standards) =>
        standards.Count != 5 || !standards.All(double.IsFinite) || !(StrictlyMonotone(standards, -1) || StrictlyMonotone(standards, 1))
            ? $"standards must be five finite values, best band first (优秀, 良好, 平均, 较低, 较差), strictly decreasing (higher is better) or strictly increasing (lower is better); got [{string.Join(", ", standards.Select(ExplainFormat.Num))}]"
            : null;

    /// <summary>
    /// The rows whose standards run against <paramref name="direction"/> (downwards from 优秀 for higher-is-better,
    /// upwards for lower-is-better), with their paths below the table.
    /// </summary>
    /// <param name="direction">The indicator's direction.</param>
    public IEnumerable<(string Path, string Message)> DirectionProblems(Direction direction)
    {
        var sign = direction == Direction.LowerIsBetter ? 1 : -1;
        for (var r = 0; r < Rows.Count; r++)
        {
            if (!StrictlyMonotone(Rows[r].Standards, sign))
            {
                yield return ($"rows[{r}].standards", $"the standards of {Rows[r].Key} must run from 优秀 to 较差 {(sign < 0 ? "downwards for a higher-is-better indicator" : "upwards for a lower-is-better indicator")}");
            }
        }
    }

    /// <summary>
    /// The size class of a firm's values of <see cref="SizeMeasures"/> (in that order): the first class, largest first, whose
    /// every threshold the firm meets; null when a value is missing (NaN: see <see cref="WhenSizeMissing"/>) or the firm is
    /// below every class.
    /// </summary>
    /// <param name="values">The firm's values of <see cref="SizeMeasures"/>, one each.</param>
    /// <exception cref="ArgumentException">Not one value per size measure.</exception>
    public StandardSizeClass? SizeClassOf(params ReadOnlySpan<double> values)
    {
        if (values.Length != SizeMeasures.Count)
        {
            throw new ArgumentException($"{values.Length} values for {SizeMeasures.Count} size measures ({string.Join(", ", SizeMeasures.Select(m => m.Id))}).", nameof(values));
        }

        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                return null;
            }
        }

        for (var c = 0; c < SizeClasses.Count; c++)
        {
            var met = true;
            for (var m = 0; m < values.Length && met; m++)
            {
                met = values[m] >= thresholds[c][m];
            }

            if (met)
            {
                return SizeClasses[c];
            }
        }

        return null;
    }

    /// <summary>The thresholds of a size class as explanations show them, e.g. <c>employees ≥ 1000 且 revenue ≥ 40000</c>.</summary>
    /// <param name="sizeClass">A class of this table.</param>
    public string ThresholdsOf(StandardSizeClass sizeClass)
    {
        ArgumentNullException.ThrowIfNull(sizeClass);
        return sizeClass.Thresholds.Count > 0
            ? string.Join(" 且 ", sizeClass.Thresholds.Select(t => t.Display))
            : $"{SizeMeasure?.Id} ≥ {ExplainFormat.Num(sizeClass.AtLeast)}";
    }

    /// <summary>
    /// The most specific row for a firm: its 大类 with <paramref name="size"/>, its 大类 全行业, its 门类 with the size, its
    /// 门类 全行业, the default row with the size, the default row 全行业; null when none fits.
    /// </summary>
    /// <param name="industryCode">The firm's GB/T 4754 code, or null.</param>
    /// <param name="size">The firm's size class (<see cref="SizeClassOf"/>), or null.</param>
    public StandardValueRow? Find(string? industryCode, StandardSizeClass? size)
    {
        industryCode = WithoutSpaces(industryCode);
        var division = DivisionKeys.GroupOf(industryCode);
        var section = SectionKeys.GroupOf(industryCode);
        return (division is null ? null : Lookup(division, size)) ?? (section is null ? null : Lookup(section, size)) ?? Lookup(null, size);

        StandardValueRow? Lookup(string? industry, StandardSizeClass? sizeClass)
        {
            return sizeClass is not null && byKey.TryGetValue((industry, sizeClass.Id), out var sized) ? sized
                : byKey.TryGetValue((industry, null), out var all) ? all : null;
        }
    }

    /// <summary>The firm's code with every white-space character removed (<c>C 2611</c> → <c>C2611</c>); null stays null.</summary>
    private static string? WithoutSpaces(string? code) =>
        code is null || !code.Any(char.IsWhiteSpace) ? code : string.Concat(code.Where(c => !char.IsWhiteSpace(c)));

    private static bool StrictlyMonotone(IReadOnlyList<double> values, int sign)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (!(sign * (values[i] - values[i - 1]) > 0))
            {
                return false;
            }
        }

        return true;
    }
}
