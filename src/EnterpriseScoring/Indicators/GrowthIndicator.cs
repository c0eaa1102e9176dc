namespace EnterpriseScoring.Indicators;

/// <summary>
/// The growth of a firm's figure against the same firm's prior-year value, e.g. 亩均税收增速 = growth of
/// <c>tax_per_mu</c>. This year's figure is computed by <see cref="Base"/>; the prior-year figure is looked up by firm id in
/// <see cref="IndicatorInput.Context"/> (<see cref="EvaluationContext.GetPriorFigures"/> of the base indicator's id).
/// </summary>
/// <remarks>
/// <para><see cref="GrowthForm.Rate"/>: value = (this − prior) × 100 / prior, in %; numerator = this − prior, denominator =
/// prior (|prior| under <see cref="NegativePriorPolicy.Absolute"/>), scale 100 — so a ratio-of-sums benchmark is the
/// pool's aggregate growth Σ(this − prior) × 100 / Σ prior. <see cref="GrowthForm.PercentagePoints"/>: value = this −
/// prior, in 百分点; numerator = this − prior, denominator = 1.</para>
/// <para>Outcomes per firm: when this year's figure is not computed, its outcome (missing measure, invalid land, …);
/// otherwise no prior value for the firm id (a new firm, a merger, a changed id) → <see cref="IndicatorOutcome.NoPriorValue"/>;
/// a shared parcel whose firms differ from the prior year's evaluation unit → <see cref="IndicatorOutcome.ParcelChanged"/>;
/// a rate with prior 0 → <see cref="IndicatorOutcome.ZeroPrior"/>; with a negative prior under
/// <see cref="NegativePriorPolicy.Missing"/> → <see cref="IndicatorOutcome.NegativePrior"/>. Each of these is missing, and
/// the indicator's missing-value policy applies. A value is never ∞ or NaN. Immutable and thread-safe.</para>
/// </remarks>
public sealed class GrowthIndicator : IIndicator
{
    /// <summary>Creates a growth indicator.</summary>
    /// <param name="id">snake_case id, e.g. <c>tax_per_mu_growth</c>.</param>
    /// <param name="baseIndicator">The figure that grows, e.g. <see cref="KnownIndicators.TaxPerMu"/>; not itself a growth indicator.</param>
    /// <param name="form">Rate in % or change in percentage points.</param>
    /// <param name="negativePrior">What a rate does with a negative prior value (ignored by <see cref="GrowthForm.PercentagePoints"/>).</param>
    /// <param name="chineseName">Chinese name; null for the base's name + 增速 (rate) or + 变化 (points).</param>
    /// <param name="englishName">English name; null for "Growth of …" or "Change in …".</param>
    /// <param name="direction">Whether more is better; null for the base's direction.</param>
    /// <exception cref="ArgumentException">The base is a growth indicator, or an enum value is undefined.</exception>
    public GrowthIndicator(
        string id,
        IIndicator baseIndicator,
        GrowthForm form = GrowthForm.Rate,
        NegativePriorPolicy negativePrior = NegativePriorPolicy.Missing,
        string? chineseName = null,
        string? englishName = null,
        Direction? direction = null)
    {
        Preconditions.CheckIdentifier(id);
        ArgumentNullException.ThrowIfNull(baseIndicator);
        if (baseIndicator is GrowthIndicator)
        {
            throw new ArgumentException($"Indicator '{id}': the growth of a growth indicator ('{baseIndicator.Id}') is not supported.", nameof(baseIndicator));
        }

        if (!Enum.IsDefined(form))
        {
            throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown growth form.");
        }

        if (!Enum.IsDefined(negativePrior))
        {
            throw new ArgumentOutOfRangeException(nameof(negativePrior), negativePrior, "Unknown negative-prior policy.");
        }

        Id = id;
        Base = baseIndicator;
        Form = form;
        NegativePrior = negativePrior;
        ChineseName = chineseName ?? baseIndicator.ChineseName + (form == GrowthForm.Rate ? "增速" : "变化");
        EnglishName = englishName ?? (form == GrowthForm.Rate ? "Growth of " : "Change in ") + baseIndicator.EnglishName;
        Direction = direction ?? baseIndicator.Direction;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <summary>The figure that grows (this year's value is computed by it; the prior value is its id's prior figure).</summary>
    public IIndicator Base { get; }

    /// <summary>Rate in % or change in percentage points.</summary>
    public GrowthForm Form { get; }

    /// <summary>What a rate does with a negative prior value.</summary>
    public NegativePriorPolicy NegativePrior { get; }

    /// <inheritdoc />
    public string ChineseName { get; }

    /// <inheritdoc />
    public string EnglishName { get; }

    /// <inheritdoc />
    /// <remarks><c>%</c> for a rate, <c>百分点</c> for percentage points.</remarks>
    public string Unit => Form == GrowthForm.Rate ? "%" : "百分点";

    /// <inheritdoc />
    public Direction Direction { get; }

    /// <inheritdoc />
    public bool UsesLand => Base.UsesLand;

    /// <inheritdoc />
    public IReadOnlyList<Measure> Measures => Base.Measures;

    /// <inheritdoc />
    /// <remarks>100 for a rate (per cent), 1 for percentage points.</remarks>
    public double Scale => Form == GrowthForm.Rate ? 100 : 1;

    /// <inheritdoc />
    /// <remarks>E.g. <c>(tax_per_mu − prior tax_per_mu) × 100 / prior tax_per_mu</c>.</remarks>
    public string Formula => Form == GrowthForm.PercentagePoints
        ? $"{Base.Id} − prior {Base.Id}"
        : NegativePrior == NegativePriorPolicy.Absolute
            ? $"({Base.Id} − prior {Base.Id}) × 100 / |prior {Base.Id}|"
            : $"({Base.Id} − prior {Base.Id}) × 100 / prior {Base.Id}";

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The output spans are shorter than the rows.</exception>
    public void Compute(in IndicatorInput input, Span<double> numerators, Span<double> denominators, Span<double> values, Span<IndicatorOutcome> outcomes)
    {
        var n = input.Rows.Length;
        Compute(input, new double[n], new double[n], numerators, denominators, values, outcomes);
    }

    /// <summary>
    /// <see cref="Compute(in IndicatorInput, Span{double}, Span{double}, Span{double}, Span{IndicatorOutcome})"/> that also
    /// writes each row's figure of this year and its prior value (NaN where there is none), which an explanation shows.
    /// </summary>
    internal void Compute(in IndicatorInput input, Span<double> current, Span<double> prior, Span<double> numerators, Span<double> denominators, Span<double> values, Span<IndicatorOutcome> outcomes)
    {
        var rows = input.Rows;
        if (current.Length < rows.Length || prior.Length < rows.Length || numerators.Length < rows.Length || denominators.Length < rows.Length
            || values.Length < rows.Length || outcomes.Length < rows.Length)
        {
            throw new ArgumentException("Output spans must have one element per row.");
        }

        Base.Compute(input, numerators, denominators, current, outcomes);
        var all = input.Context.GetPriorFigures(Base.Id);
        var figures = all?.ByFirmId;
        var changed = all?.ParcelChanged;
        var ids = input.Table.Ids;
        for (var k = 0; k < rows.Length; k++)
        {
            prior[k] = figures is not null && figures.TryGetValue(ids[rows[k]], out var p) ? p : double.NaN;
            var outcome = outcomes[k] != IndicatorOutcome.Computed ? outcomes[k]
                : changed is { Count: > 0 } && changed.Contains(ids[rows[k]]) ? IndicatorOutcome.ParcelChanged
                : Grow(current[k], prior[k], out numerators[k], out denominators[k], out values[k]);
            if (outcome != IndicatorOutcome.Computed)
            {
                (numerators[k], denominators[k], values[k]) = (double.NaN, double.NaN, double.NaN);
            }

            outcomes[k] = outcome;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {ChineseName} = {Formula} ({Unit})";

    private IndicatorOutcome Grow(double current, double prior, out double numerator, out double denominator, out double value)
    {
        (numerator, denominator, value) = (double.NaN, double.NaN, double.NaN);
        if (double.IsNaN(prior))
        {
            return IndicatorOutcome.NoPriorValue;
        }

        numerator = current - prior;
        if (Form == GrowthForm.PercentagePoints)
        {
            denominator = 1;
            value = numerator;
            return double.IsFinite(value) ? IndicatorOutcome.Computed : IndicatorOutcome.ZeroPrior;
        }

        if (prior == 0)
        {
            return IndicatorOutcome.ZeroPrior;
        }

        if (prior < 0 && NegativePrior == NegativePriorPolicy.Missing)
        {
            return IndicatorOutcome.NegativePrior;
        }

        denominator = Math.Abs(prior);
        value = numerator * 100 / denominator;

        // A prior so close to 0 that the rate overflows has no rate either.
        return double.IsFinite(value) ? IndicatorOutcome.Computed : IndicatorOutcome.ZeroPrior;
    }
}
