using System.Globalization;

namespace EnterpriseScoring.Indicators;

/// <summary>
/// An indicator of the form <c>(Σ numerator terms) × scale / (Σ denominator terms)</c>, where each term is a
/// measure or the evaluated land area times a coefficient. Every built-in indicator is one of these, and a
/// profile may define its own (e.g. tax / electricity in 元/kWh).
/// </summary>
/// <remarks>
/// Outcomes per firm: a missing measure in any term → <see cref="IndicatorOutcome.MissingMeasure"/>, except in a term
/// with <see cref="IndicatorTerm.BlankIsZero"/>, which then counts 0 (unless every term of its sum is blank); land area
/// missing, ≤ 0 or below <see cref="Land.LandAreaLimits.MinimumMu"/> when a term needs it, or a value over the land
/// that overflows → <see cref="IndicatorOutcome.InvalidLand"/>; a denominator of 0 →
/// <see cref="IndicatorOutcome.ZeroDenominator"/>; a negative denominator (e.g. negative net assets, which would turn a
/// loss into a positive return) → <see cref="IndicatorOutcome.NegativeDenominator"/>. A value is never ∞ or NaN.
/// Immutable and thread-safe.
/// </remarks>
public sealed class RatioIndicator : IIndicator
{
    private readonly IndicatorTerm[] numerator;
    private readonly IndicatorTerm[] denominator;

    /// <summary>Creates a ratio indicator.</summary>
    /// <param name="id">snake_case id.</param>
    /// <param name="chineseName">Chinese name.</param>
    /// <param name="englishName">English name.</param>
    /// <param name="unit">Unit of the result.</param>
    /// <param name="direction">Whether more is better.</param>
    /// <param name="numerator">Numerator terms (at least one).</param>
    /// <param name="denominator">Denominator terms (at least one).</param>
    /// <param name="scale">Multiplier of the ratio (e.g. 100 for a percentage); finite and non-zero.</param>
    /// <exception cref="ArgumentException">A term list is empty, or a coefficient or the scale is not finite and non-zero.</exception>
    public RatioIndicator(
        string id,
        string chineseName,
        string englishName,
        string unit,
        Direction direction,
        IReadOnlyList<IndicatorTerm> numerator,
        IReadOnlyList<IndicatorTerm> denominator,
        double scale = 1)
    {
        Preconditions.CheckIdentifier(id);
        ArgumentNullException.ThrowIfNull(chineseName);
        ArgumentNullException.ThrowIfNull(englishName);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        if (numerator.Count == 0 || denominator.Count == 0)
        {
            throw new ArgumentException($"Indicator '{id}' needs at least one numerator and one denominator term.");
        }

        foreach (var term in numerator.Concat(denominator))
        {
            if (!double.IsFinite(term.Coefficient) || term.Coefficient == 0)
            {
                throw new ArgumentException($"Indicator '{id}': coefficient of '{term.Id}' must be finite and non-zero.");
            }

            if (term.IsLand && term.BlankIsZero)
            {
                throw new ArgumentException($"Indicator '{id}': the land term cannot count a blank as 0 (a missing land area is a data error).");
            }
        }

        if (!double.IsFinite(scale) || scale == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "Scale must be finite and non-zero.");
        }

        Id = id;
        ChineseName = chineseName;
        EnglishName = englishName;
        Unit = unit;
        Direction = direction;
        this.numerator = numerator.ToArray();
        Numerator = ValueList<IndicatorTerm>.Own(this.numerator);
        this.denominator = denominator.ToArray();
        Denominator = ValueList<IndicatorTerm>.Own(this.denominator);
        Scale = scale;
        UsesLand = this.numerator.Any(t => t.IsLand) || this.denominator.Any(t => t.IsLand);
        Measures = this.numerator.Concat(this.denominator).Where(t => !t.IsLand).Select(t => t.Measure!).Distinct().ToArray().AsValueList();
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string ChineseName { get; }

    /// <inheritdoc />
    public string EnglishName { get; }

    /// <inheritdoc />
    public string Unit { get; }

    /// <inheritdoc />
    public Direction Direction { get; }

    /// <inheritdoc />
    public bool UsesLand { get; }

    /// <inheritdoc />
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>The numerator terms.</summary>
    public IReadOnlyList<IndicatorTerm> Numerator { get; }

    /// <summary>The denominator terms.</summary>
    public IReadOnlyList<IndicatorTerm> Denominator { get; }

    /// <inheritdoc />
    public double Scale { get; }

    /// <inheritdoc />
    /// <remarks>E.g. <c>tax / land</c> or <c>rd_spending × 100 / revenue</c>.</remarks>
    public string Formula
    {
        get
        {
            var top = string.Join(" + ", numerator.Select(t => t.ToString()));
            var bottom = string.Join(" + ", denominator.Select(t => t.ToString()));
            if (numerator.Length > 1)
            {
                top = "(" + top + ")";
            }

            if (denominator.Length > 1)
            {
                bottom = "(" + bottom + ")";
            }

            var scale = Scale == 1 ? string.Empty : " × " + Scale.ToString("G6", CultureInfo.InvariantCulture);
            return top + scale + " / " + bottom;
        }
    }

    /// <inheritdoc />
    /// <remarks>A measure the table has no column for counts as missing for every row.</remarks>
    /// <exception cref="ArgumentException">The output spans are shorter than the rows.</exception>
    public void Compute(in IndicatorInput input, Span<double> numerators, Span<double> denominators, Span<double> values, Span<IndicatorOutcome> outcomes)
    {
        var rows = input.Rows;
        if (numerators.Length < rows.Length || denominators.Length < rows.Length || values.Length < rows.Length || outcomes.Length < rows.Length)
        {
            throw new ArgumentException("Output spans must have one element per row.");
        }

        var numeratorColumns = ResolveColumns(input.Table, numerator);
        var denominatorColumns = ResolveColumns(input.Table, denominator);
        var land = input.LandArea;
        var landBelow = UsesLandIn(denominator);
        var singleTop = numerator.Length == 1;
        var singleBottom = denominator.Length == 1;
        for (var k = 0; k < rows.Length; k++)
        {
            var row = rows[k];
            var outcome = singleTop
                ? SumOne(numerator[0], numeratorColumns[0], land, row, out var top)
                : Sum(numerator, numeratorColumns, land, row, out top);
            var bottomOutcome = singleBottom
                ? SumOne(denominator[0], denominatorColumns[0], land, row, out var bottom)
                : Sum(denominator, denominatorColumns, land, row, out bottom);
            if (bottomOutcome > outcome)
            {
                outcome = bottomOutcome;
            }

            if (outcome == IndicatorOutcome.Computed && bottom <= 0)
            {
                // A negative denominator (e.g. negative net assets) would turn a loss into a positive ratio: not a value.
                outcome = landBelow ? IndicatorOutcome.InvalidLand
                    : bottom == 0 ? IndicatorOutcome.ZeroDenominator
                    : IndicatorOutcome.NegativeDenominator;
            }

            numerators[k] = top;
            denominators[k] = bottom;
            if (outcome == IndicatorOutcome.Computed)
            {
                var value = top * Scale / bottom;
                if (!double.IsFinite(value))
                {
                    // Over a land area, an overflow means the area is too small for the figure: a land error, like land 0.
                    outcome = landBelow ? IndicatorOutcome.InvalidLand : IndicatorOutcome.ZeroDenominator;
                    value = double.NaN;
                }

                values[k] = value;
            }
            else
            {
                values[k] = double.NaN;
            }

            outcomes[k] = outcome;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {ChineseName} = {Formula} ({Unit})";

    private static bool UsesLandIn(IndicatorTerm[] terms)
    {
        foreach (var t in terms)
        {
            if (t.IsLand)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each term's value array, resolved once per call (null for the land term and for a measure the table lacks).</summary>
    private static double[]?[] ResolveColumns(FirmTable table, IndicatorTerm[] terms)
    {
        var columns = new double[]?[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            if (terms[i].Measure is { } measure)
            {
                columns[i] = table.TryGetMeasure(measure.Id, out var column) ? column.ValueArray : null;
            }
        }

        return columns;
    }

    /// <summary><see cref="Sum"/> for a single term (most indicators: one measure over one measure or the land), without
    /// the loop; the same operations, so the same bits.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static IndicatorOutcome SumOne(in IndicatorTerm term, double[]? column, ReadOnlySpan<double> land, int row, out double sum)
    {
        double v;
        if (column is not null)
        {
            v = column[row];
            if (double.IsNaN(v))
            {
                sum = double.NaN;
                return IndicatorOutcome.MissingMeasure;
            }
        }
        else if (!term.IsLand)
        {
            sum = double.NaN;
            return IndicatorOutcome.MissingMeasure;
        }
        else
        {
            v = land[row];
            if (!Land.LandAreaLimits.IsUsable(v))
            {
                sum = double.NaN;
                return IndicatorOutcome.InvalidLand;
            }
        }

        sum = 0;
        sum += term.Coefficient * v;
        return IndicatorOutcome.Computed;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static IndicatorOutcome Sum(IndicatorTerm[] terms, double[]?[] columns, ReadOnlySpan<double> land, int row, out double sum)
    {
        sum = 0;
        var outcome = IndicatorOutcome.Computed;
        var blanks = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            double v;
            var blank = !terms[i].IsLand && (columns[i] is not { } c || double.IsNaN(c[row]));
            if (blank && terms[i].BlankIsZero)
            {
                // Not reported, and the profile says a blank here is 0 (e.g. a pollutant the firm does not emit).
                blanks++;
                continue;
            }

            if (blank)
            {
                outcome = outcome == IndicatorOutcome.InvalidLand ? outcome : IndicatorOutcome.MissingMeasure;
                continue;
            }

            if (columns[i] is { } column)
            {
                v = column[row];
            }
            else
            {
                v = land[row];
                if (!Land.LandAreaLimits.IsUsable(v))
                {
                    outcome = IndicatorOutcome.InvalidLand;
                    continue;
                }
            }

            sum += terms[i].Coefficient * v;
        }

        if (blanks == terms.Length)
        {
            // Every term blank: the firm reported nothing, which is not a reported 0.
            outcome = IndicatorOutcome.MissingMeasure;
        }

        if (outcome != IndicatorOutcome.Computed)
        {
            sum = double.NaN;
        }

        return outcome;
    }

    /// <inheritdoc />
    void IIndicator.CheckRanges(ParameterRangeCheck check, string path)
    {
        check.Factor(path + ".scale", Scale);
        for (var t = 0; t < Numerator.Count; t++)
        {
            check.Factor($"{path}.numerator[{t}].coefficient", Numerator[t].Coefficient);
        }

        for (var t = 0; t < Denominator.Count; t++)
        {
            check.Factor($"{path}.denominator[{t}].coefficient", Denominator[t].Coefficient);
        }
    }
}
