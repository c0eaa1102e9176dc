using System.Globalization;

namespace EnterpriseScoring.Policies;

/// <summary>
/// An electricity-price surcharge (差别化电价, 元/kWh) on firms in one tier, by the number of consecutive years in that
/// tier or by calendar year.
/// </summary>
/// <remarks>Immutable and thread-safe. Create with <see cref="ByConsecutiveYears"/> or <see cref="ByCalendarYear"/>.</remarks>
public sealed class SurchargeRule
{
    private readonly double[] amounts;
    private readonly int[] fromYears;

    private SurchargeRule(string id, Tier tier, SurchargeBasis basis, double[] amounts, int[] fromYears, string source)
    {
        Id = id;
        Tier = tier;
        Basis = basis;
        this.amounts = amounts;
        Amounts = ValueList<double>.Own(this.amounts);
        this.fromYears = fromYears;
        FromYears = ValueList<int>.Own(this.fromYears);
        Source = source;
    }

    /// <summary>The rule id, e.g. <c>shandong_d_surcharge</c>.</summary>
    public string Id { get; }

    /// <summary>The tier the surcharge applies to.</summary>
    public Tier Tier { get; }

    /// <summary>What the amount depends on.</summary>
    public SurchargeBasis Basis { get; }

    /// <summary>The amounts (元/kWh): per consecutive year (the last repeats), or per calendar-year step.</summary>
    public IReadOnlyList<double> Amounts { get; }

    /// <summary>For <see cref="SurchargeBasis.CalendarYear"/>: the first year of each step, ascending (the last step lasts); empty otherwise.</summary>
    public IReadOnlyList<int> FromYears { get; }

    /// <summary>The policy source, as cited.</summary>
    public string Source { get; }

    /// <summary>The unit of the amounts: 元/kWh.</summary>
    public static string Unit => "元/kWh";

    /// <summary>
    /// A surcharge by consecutive years in <paramref name="tier"/>: <paramref name="amounts"/>[0] in the 1st year,
    /// [1] in the 2nd, …; the last amount applies to every later year. E.g. 0.05, 0.10, 0.15 = +0.05 / +0.10 / +0.15 for the
    /// 1st / 2nd / 3rd and later consecutive year.
    /// </summary>
    /// <param name="id">The rule id.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="amounts">The amounts, ≥ 0 and finite; at least one.</param>
    /// <param name="source">The policy source.</param>
    /// <exception cref="ArgumentException">No amount, or an amount is negative or not finite; or the id is empty.</exception>
    public static SurchargeRule ByConsecutiveYears(string id, Tier tier, IReadOnlyList<double> amounts, string source = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(source);
        var copy = CheckAmounts(amounts);
        return new SurchargeRule(id, tier, SurchargeBasis.ConsecutiveYears, copy, [], source);
    }

    /// <summary>
    /// A surcharge by calendar year: from each step's first year on, its amount applies, until the next step; the last step
    /// lasts. Before the first step there is no surcharge. E.g. (2019, 0.10), (2020, 0.20), (2021, 0.30).
    /// </summary>
    /// <param name="id">The rule id.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="steps">The steps, with strictly increasing years; amounts ≥ 0 and finite; at least one.</param>
    /// <param name="source">The policy source.</param>
    /// <exception cref="ArgumentException">No step, years not strictly increasing, or an amount is negative or not finite; or the id is empty.</exception>
    public static SurchargeRule ByCalendarYear(string id, Tier tier, IReadOnlyList<(int FromYear, double Amount)> steps, string source = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(source);
        var copy = CheckAmounts(steps.Select(s => s.Amount).ToArray());
        var years = steps.Select(s => s.FromYear).ToArray();
        for (var i = 1; i < years.Length; i++)
        {
            if (years[i] <= years[i - 1])
            {
                throw new ArgumentException("Calendar-year steps must have strictly increasing years.", nameof(steps));
            }
        }

        return new SurchargeRule(id, tier, SurchargeBasis.CalendarYear, copy, years, source);
    }

    /// <summary>
    /// The surcharge for a firm in <paramref name="tier"/> for <paramref name="consecutiveYears"/> consecutive years in the
    /// year <paramref name="year"/>; null when the rule does not apply (other tier, or a year before the first calendar step).
    /// </summary>
    /// <param name="tier">The firm's tier.</param>
    /// <param name="consecutiveYears">Consecutive years in that tier, including the current one (≥ 1).</param>
    /// <param name="year">The year.</param>
    public double? AmountFor(Tier tier, int consecutiveYears, int year)
    {
        if (tier != Tier || consecutiveYears < 1)
        {
            return null;
        }

        if (Basis == SurchargeBasis.ConsecutiveYears)
        {
            return amounts[Math.Min(consecutiveYears, amounts.Length) - 1];
        }

        for (var i = fromYears.Length - 1; i >= 0; i--)
        {
            if (year >= fromYears[i])
            {
                return amounts[i];
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var f = CultureInfo.InvariantCulture;
        var steps = Basis == SurchargeBasis.ConsecutiveYears
            ? string.Join(" / ", amounts.Select((a, i) => $"year {i + 1}{(i == amounts.Length - 1 ? "+" : string.Empty)}: +{a.ToString("0.00##", f)}"))
            : string.Join(" / ", amounts.Select((a, i) => $"{fromYears[i]}{(i == amounts.Length - 1 ? "+" : string.Empty)}: +{a.ToString("0.00##", f)}"));
        return $"{Id}: {Tier} surcharge {Unit} by {(Basis == SurchargeBasis.ConsecutiveYears ? "consecutive years" : "calendar year")}: {steps}";
    }

    private static double[] CheckAmounts(IReadOnlyList<double> amounts)
    {
        if (amounts.Count == 0)
        {
            throw new ArgumentException("A surcharge needs at least one amount.", nameof(amounts));
        }

        var copy = amounts.ToArray();
        foreach (var a in copy)
        {
            if (!double.IsFinite(a) || a < 0)
            {
                throw new ArgumentException($"Surcharge amounts must be finite and ≥ 0, got {a.ToString(CultureInfo.InvariantCulture)}.", nameof(amounts));
            }
        }

        return copy;
    }
}
