namespace EnterpriseScoring.Scoring;

/// <summary>
/// 功效系数 (efficacy coefficient) scoring, in two forms (<see cref="EfficacyCoefficientOptions"/>):
/// <list type="bullet">
/// <item><description>The formula: <c>d = 60 + 40 × (x − 不允许值) / (满意值 − 不允许值)</c>, normalised = d / 100, so the score
/// is <c>d / 100 × W</c>. At or better than 满意值 d = 100 (capped: never above W); worse than 不允许值 d = 0, or the
/// formula's own value (never below 0) with <see cref="BelowUnacceptable.Formula"/>. 满意值 and 不允许值 are given per
/// indicator, or both left out for the pool's best and worst values; direction-aware (a lower-is-better indicator has
/// 满意值 &lt; 不允许值).</description></item>
/// <item><description>The banded form against a standard-value table of five bands (优秀 / 良好 / 平均 / 较低 / 较差) with
/// standard coefficients c (default 1, 0.8, 0.6, 0.4, 0.2): in band k (at or better than its standard Sₖ, worse than the
/// next band's Sₖ₋₁) the score is <c>本档基础分 + (x − Sₖ) / (Sₖ₋₁ − Sₖ) × 档差</c> with 本档基础分 = cₖ × W and
/// 档差 = (cₖ₋₁ − cₖ) × W; at or better than 优秀 it is c₀ × W ≤ W; worse than 较差 it is 0.</description></item>
/// </list>
/// The formula is the one the platform scorecards' 功效系数 attainment method uses (shared code). Immutable and thread-safe.
/// </summary>
/// <example><c>(60 + 40 × (0.04 − 0.01) / (0.05 − 0.01)) / 100 × 20 = 90 / 100 × 20 = 18</c>; banded, 良好 0.04 … 优秀 0.06:
/// <c>0.8 × 20 + (0.05 − 0.04) / (0.06 − 0.04) × (1 − 0.8) × 20 = 16 + 2 = 18</c>.</example>
public sealed class EfficacyCoefficientScoring : IScoringMethod
{
    /// <summary>The name profiles use.</summary>
    public const string MethodName = "efficacy_coefficient";

    private readonly double[] standards;
    private readonly double[] coefficients;
    private readonly Dictionary<StandardValueRow, EfficacyCoefficientScoring> rowMethods = new(ReferenceEqualityComparer.Instance);
    private readonly EfficacyCoefficientScoring? defaultMethod;

    /// <summary>Creates the formula form with 满意值 and 不允许值 from the pool.</summary>
    public EfficacyCoefficientScoring()
        : this(EfficacyCoefficientOptions.Default)
    {
    }

    /// <summary>Creates the method with the given options.</summary>
    /// <param name="options">满意值 and 不允许值, or the standard-value table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">Only one of 满意值 and 不允许值 is given, or they are equal or not finite; standards
    /// are given with them, or are not five finite values strictly monotone; the coefficients are not five strictly
    /// decreasing values in (0, 1]; <see cref="BelowUnacceptable.Formula"/> with standards.</exception>
    public EfficacyCoefficientScoring(EfficacyCoefficientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        standards = [.. options.Standards];
        coefficients = [.. options.BandCoefficients];
        if (standards.Length > 0 || options.Table is not null)
        {
            if (options.Satisfactory is not null || options.Unacceptable is not null)
            {
                throw new ArgumentException("Give either standards or a standard-value table (the banded form) or satisfactory and unacceptable (the formula), not both.", nameof(options));
            }

            if (standards.Length > 0 && standards.Length != 5 || !standards.All(double.IsFinite) || !(StrictlyMonotone(standards, -1) || StrictlyMonotone(standards, 1)))
            {
                throw new ArgumentException($"Standards must be five finite values, best band first (优秀, 良好, 平均, 较低, 较差), strictly decreasing (higher is better) or strictly increasing (lower is better); got [{string.Join(", ", standards.Select(ExplainFormat.Num))}].", nameof(options));
            }

            if (options.BelowUnacceptable != BelowUnacceptable.Zero)
            {
                throw new ArgumentException("below_unacceptable applies to the formula form only: worse than 较差 scores 0 in the banded form.", nameof(options));
            }
        }
        else if ((options.Satisfactory is null) != (options.Unacceptable is null))
        {
            throw new ArgumentException("Give both satisfactory (满意值) and unacceptable (不允许值), or neither (then both come from the pool).", nameof(options));
        }
        else if (options.Satisfactory is { } s && options.Unacceptable is { } u && (!double.IsFinite(s) || !double.IsFinite(u) || s == u))
        {
            throw new ArgumentException($"Satisfactory (满意值) {ExplainFormat.Num(s)} and unacceptable (不允许值) {ExplainFormat.Num(u)} must be finite and different.", nameof(options));
        }

        if (coefficients.Length != 5 || !coefficients.All(c => c > 0 && c <= 1) || !StrictlyMonotone(coefficients, -1))
        {
            throw new ArgumentException($"Band coefficients must be five values in (0, 1], strictly decreasing (best band first); got [{string.Join(", ", coefficients.Select(ExplainFormat.Num))}].", nameof(options));
        }

        if (!Enum.IsDefined(options.BelowUnacceptable))
        {
            throw new ArgumentException($"Unknown below_unacceptable {options.BelowUnacceptable}.", nameof(options));
        }

        Options = options;
        if (options.Table is { } table)
        {
            var single = options with { Table = null };
            defaultMethod = standards.Length > 0 ? new EfficacyCoefficientScoring(single) : null;
            foreach (var row in table.Rows)
            {
                rowMethods.Add(row, new EfficacyCoefficientScoring(single with { Standards = row.Standards }));
            }
        }
    }

    /// <summary>The options.</summary>
    public EfficacyCoefficientOptions Options { get; }

    /// <summary>Whether this is the banded form (a standard-value table).</summary>
    public bool IsBanded => standards.Length > 0 || Options.Table is not null;

    /// <summary>Whether the standards differ by firm (<see cref="EfficacyCoefficientOptions.Table"/>): the engine scores each firm with <see cref="Match"/>'s method.</summary>
    public bool HasTable => Options.Table is not null;

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool RequiresBenchmark => false;

    /// <inheritdoc />
    public bool FitReadsValues => !IsBanded && Options.Satisfactory is null;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite; the fixed 满意值/不允许值 or the standards run against <paramref name="direction"/>.</exception>
    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction)
    {
        if (DirectionProblem(direction) is { } problem)
        {
            throw new ArgumentException(problem, nameof(direction));
        }

        return ScoringFit.Create(values, benchmark, direction, FitStatistics.Extremes);
    }

    /// <summary>
    /// Why the fixed 满意值/不允许值 or the standards cannot score an indicator of <paramref name="direction"/>, or
    /// <see langword="null"/> when they can (the profile reports it at the indicator's scoring).
    /// </summary>
    /// <param name="direction">The indicator's direction.</param>
    internal string? DirectionProblem(Direction direction)
    {
        var sign = direction == Direction.LowerIsBetter ? 1 : -1;
        if (Options.Table?.DirectionProblems(direction).FirstOrDefault() is { Path: not null } row)
        {
            return $"standard_table.{row.Path}: {row.Message}";
        }

        if (IsBanded)
        {
            return standards.Length == 0 || StrictlyMonotone(standards, sign) ? null
                : $"the standards must run from 优秀 to 较差 {(sign < 0 ? "downwards for a higher-is-better indicator" : "upwards for a lower-is-better indicator")}";
        }

        if (Options.Satisfactory is { } s && Options.Unacceptable is { } u && (sign < 0 ? s < u : s > u))
        {
            return $"满意值 {ExplainFormat.Num(s)} must be {(sign < 0 ? "above" : "below")} 不允许值 {ExplainFormat.Num(u)} for a {(sign < 0 ? "higher" : "lower")}-is-better indicator";
        }

        return null;
    }

    /// <summary>
    /// The standard values of a firm under <see cref="EfficacyCoefficientOptions.Table"/>: its size class, the most specific
    /// row (<see cref="StandardValueTable.Find"/>) and the banded method with that row's standards; the method of
    /// <see cref="EfficacyCoefficientOptions.Standards"/> with a null row when no row fits; a null method when the
    /// indicator has no standards either, or when a size value is missing and the table says
    /// <see cref="MissingSizeMeasure.NoRow"/> (the firm's value counts as missing).
    /// </summary>
    /// <param name="industryCode">The firm's GB/T 4754 code, or null.</param>
    /// <param name="sizeValues">The firm's values of <see cref="StandardValueTable.SizeMeasures"/> (NaN when missing).</param>
    /// <exception cref="InvalidOperationException">The method has no table.</exception>
    internal (StandardValueRow? Row, StandardSizeClass? Size, EfficacyCoefficientScoring? Method) Match(string? industryCode, ReadOnlySpan<double> sizeValues)
    {
        var table = Options.Table ?? throw new InvalidOperationException("This efficacy_coefficient method has no standard-value table.");
        if (table.WhenSizeMissing == MissingSizeMeasure.NoRow && HasNaN(sizeValues))
        {
            return (null, null, null);
        }

        var size = table.SizeClassOf(sizeValues);
        return table.Find(industryCode, size) is { } row ? (row, size, rowMethods[row]) : (null, size, defaultMethod);
    }

    private static bool HasNaN(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The method has a standard-value table and no default <see cref="EfficacyCoefficientOptions.Standards"/>: each firm is scored with its own row (the engine does this).</exception>
    public double Normalise(double value, ScoringFit fit)
    {
        ScoringGuards.CheckFit(fit);
        if (HasTable)
        {
            return Default().Normalise(value, fit);
        }

        return IsBanded ? BandedKernel(value, fit.Direction == Direction.LowerIsBetter) : FormulaKernel(value, fit);
    }

    /// <inheritdoc />
    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        ScoringGuards.CheckFit(fit);
        ScoringGuards.CheckDestination(values, destination);
        if (HasTable)
        {
            Default().NormaliseAll(values, fit, destination);
            return;
        }

        var lower = fit.Direction == Direction.LowerIsBetter;
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = IsBanded ? BandedKernel(values[i], lower) : FormulaKernel(values[i], fit);
        }
    }

    /// <inheritdoc />
    public string Explain(double value, double weight, ScoringFit fit)
    {
        ScoringGuards.CheckFit(fit);
        if (HasTable)
        {
            return Default().Explain(value, weight, fit);
        }

        var x = ExplainFormat.Num(value);
        var w = ExplainFormat.Num(weight);
        var score = ExplainFormat.Num(weight * Normalise(value, fit));
        return IsBanded ? ExplainBanded(value, x, weight, score, fit.Direction == Direction.LowerIsBetter) : ExplainFormula(value, x, w, score, fit);
    }

    /// <inheritdoc />
    public override string ToString() => Options.Table is { } table
        ? $"{MethodName} standard-value table of {table.Rows.Count} rows{(standards.Length > 0 ? $", default bands [{string.Join(", ", standards.Select(ExplainFormat.Num))}]" : string.Empty)}"
        : IsBanded
        ? $"{MethodName} bands [{string.Join(", ", standards.Select(ExplainFormat.Num))}]"
        : Options.Satisfactory is { } s ? $"{MethodName} 满意值 {ExplainFormat.Num(s)}, 不允许值 {ExplainFormat.Num(Options.Unacceptable!.Value)}" : MethodName;

    private EfficacyCoefficientScoring Default() => defaultMethod
        ?? throw new InvalidOperationException("A standard-value table without default standards scores each firm against its own row: use the evaluator, which looks the row up by industry and size.");

    private (double Satisfactory, double Unacceptable) Posts(ScoringFit fit)
    {
        var lower = fit.Direction == Direction.LowerIsBetter;
        return Options.Satisfactory is { } s ? (s, Options.Unacceptable!.Value) : lower ? (fit.Min, fit.Max) : (fit.Max, fit.Min);
    }

    private double FormulaKernel(double x, ScoringFit fit)
    {
        var (s, u) = Posts(fit);
        if (Options.Satisfactory is null && (fit.Count == 0 || s == u))
        {
            return 1;
        }

        return EfficacyFormula.Coefficient(EfficacyFormula.Position(x, u, s), Options.BelowUnacceptable == BelowUnacceptable.Formula) / 100;
    }

    private double BandedKernel(double x, bool lower)
    {
        var g = lower ? -1 : 1;
        if (g * x >= g * standards[0])
        {
            return coefficients[0];
        }

        for (var k = 1; k < standards.Length; k++)
        {
            if (g * x >= g * standards[k])
            {
                return EfficacyFormula.Banded(EfficacyFormula.Position(x, standards[k], standards[k - 1]), coefficients[k], coefficients[k - 1]);
            }
        }

        return 0;
    }

    private string ExplainFormula(double value, string x, string w, string score, ScoringFit fit)
    {
        var (s, u) = Posts(fit);
        var from = Options.Satisfactory is null ? " (the pool's best and worst values)" : string.Empty;
        var posts = $"满意值 {ExplainFormat.Num(s)}, 不允许值 {ExplainFormat.Num(u)}{from}";
        if (Options.Satisfactory is null && (fit.Count == 0 || s == u))
        {
            return $"功效系数 efficacy coefficient: {(fit.Count == 0 ? "empty pool" : $"constant column, {posts}")}: 100 / 100 × {w} = {score}";
        }

        var p = EfficacyFormula.Position(value, u, s);
        var position = $"({x} − {ExplainFormat.Num(u)}) / ({ExplainFormat.Num(s)} − {ExplainFormat.Num(u)}) = {ExplainFormat.Num(p)}";
        var d = ExplainFormat.Num(EfficacyFormula.Coefficient(p, Options.BelowUnacceptable == BelowUnacceptable.Formula));
        if (p < 0)
        {
            return Options.BelowUnacceptable == BelowUnacceptable.Formula
                ? $"功效系数 efficacy coefficient: {posts}; {position} < 0, worse than 不允许值, formula kept: max(60 + 40 × {ExplainFormat.Num(p)}, 0) = {d}; {d} / 100 × {w} = {score}"
                : $"功效系数 efficacy coefficient: {posts}; {position} < 0: worse than 不允许值, 0 × {w} = {score}";
        }

        return $"功效系数 efficacy coefficient: {posts}; 60 + 40 × min({position}, 1) = {d}; {d} / 100 × {w} = {score}";
    }

    private string ExplainBanded(double value, string x, double weight, string score, bool lower)
    {
        var g = lower ? -1 : 1;
        var names = EfficacyCoefficientOptions.BandNames;
        string S(int k) => ExplainFormat.Num(standards[k]);
        string Base(int k) => ExplainFormat.Num(coefficients[k] * weight);
        if (g * value >= g * standards[0])
        {
            return $"功效系数 banded 功效系数档位: {x} at or better than {names[0]} {S(0)} → {ExplainFormat.Num(coefficients[0])} × {ExplainFormat.Num(weight)} = {score}";
        }

        for (var k = 1; k < standards.Length; k++)
        {
            if (g * value >= g * standards[k])
            {
                var step = ExplainFormat.Num((coefficients[k - 1] - coefficients[k]) * weight);
                return $"功效系数 banded 功效系数档位: {x} in {names[k]} [{S(k)}, {names[k - 1]} {S(k - 1)}): 本档基础分 {ExplainFormat.Num(coefficients[k])} × {ExplainFormat.Num(weight)} = {Base(k)}, "
                    + $"档差 ({ExplainFormat.Num(coefficients[k - 1])} − {ExplainFormat.Num(coefficients[k])}) × {ExplainFormat.Num(weight)} = {step}; "
                    + $"{Base(k)} + ({x} − {S(k)}) / ({S(k - 1)} − {S(k)}) × {step} = {score}";
            }
        }

        return $"功效系数 banded 功效系数档位: {x} worse than {names[^1]} {S(standards.Length - 1)}: 0 × {ExplainFormat.Num(weight)} = {score}";
    }

    /// <summary>Whether each value is strictly above (<paramref name="sign"/> 1) or below (−1) the one before.</summary>
    private static bool StrictlyMonotone(double[] values, int sign)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (!(sign * (values[i] - values[i - 1]) > 0))
            {
                return false;
            }
        }

        return true;
    }
}
