using System.Globalization;
using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Policies;

/// <summary>
/// A jurisdiction's differentiated policies (差别化政策) by tier, as data: electricity surcharges, energy-quota cuts and
/// free-form policy lines. <see cref="Apply(Tier?, int, int, TierSet)"/> turns a firm's tier and tier history into consequence lines.
/// </summary>
/// <remarks>
/// <para><b>No stacking.</b> Surcharges do not add up: when several surcharge rules apply to a firm, only the highest
/// amount applies (就高不就低), and the line names that rule; on equal amounts the rule listed first wins. Quota cuts
/// follow the same rule (the largest cut applies). Policy notes are all listed.</para>
/// <para>Firms ungraded but managed as B (不定等级，参照B类管理) get B's consequences when
/// <see cref="TreatUngradedAsB"/> is set (the default).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ConsequenceSchedule
{
    private readonly SurchargeRule[] surcharges;
    private readonly QuotaCutRule[] quotaCuts;
    private readonly PolicyNote[] notes;

    /// <summary>Creates a schedule.</summary>
    /// <param name="id">The schedule id.</param>
    /// <param name="source">The policy source it follows (empty when none).</param>
    /// <param name="surcharges">Electricity surcharge rules.</param>
    /// <param name="quotaCuts">Energy-quota cut rules.</param>
    /// <param name="notes">Free-form policy lines.</param>
    /// <param name="treatUngradedAsB">Whether firms ungraded but managed as B get B's consequences.</param>
    /// <exception cref="ArgumentException">The id is empty, a list holds null, or two rules share an id.</exception>
    public ConsequenceSchedule(
        string id,
        string source = "",
        IEnumerable<SurchargeRule>? surcharges = null,
        IEnumerable<QuotaCutRule>? quotaCuts = null,
        IEnumerable<PolicyNote>? notes = null,
        bool treatUngradedAsB = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(source);
        Id = id;
        Source = source;
        this.surcharges = surcharges?.ToArray() ?? [];
        Surcharges = ValueList<SurchargeRule>.Own(this.surcharges);
        this.quotaCuts = quotaCuts?.ToArray() ?? [];
        QuotaCuts = ValueList<QuotaCutRule>.Own(this.quotaCuts);
        this.notes = notes?.ToArray() ?? [];
        Notes = ValueList<PolicyNote>.Own(this.notes);
        TreatUngradedAsB = treatUngradedAsB;
        if (this.surcharges.Any(r => r is null) || this.quotaCuts.Any(r => r is null) || this.notes.Any(r => r is null))
        {
            throw new ArgumentException("Rule lists must not contain null.");
        }

        var duplicate = this.surcharges.Select(r => r.Id).Concat(this.quotaCuts.Select(r => r.Id)).Concat(this.notes.Select(r => r.Id))
            .GroupBy(x => x, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule id '{duplicate.Key}' is used more than once in schedule '{id}'.");
        }
    }

    /// <summary>The schedule id.</summary>
    public string Id { get; }

    /// <summary>The policy source.</summary>
    public string Source { get; }

    /// <summary>Electricity surcharge rules, in order (the order breaks ties between equal amounts).</summary>
    public IReadOnlyList<SurchargeRule> Surcharges { get; }

    /// <summary>Energy-quota cut rules.</summary>
    public IReadOnlyList<QuotaCutRule> QuotaCuts { get; }

    /// <summary>Free-form policy lines.</summary>
    public IReadOnlyList<PolicyNote> Notes { get; }

    /// <summary>Whether firms ungraded but managed as B get B's consequences. <value>The default value is <see langword="true"/>.</value></summary>
    public bool TreatUngradedAsB { get; }

    /// <summary>
    /// The consequences for a firm in <paramref name="tier"/> for <paramref name="consecutiveYearsInTier"/> consecutive years
    /// (including <paramref name="evaluationYear"/>): at most one surcharge line (the highest applicable), at most one quota
    /// cut line (the largest), then every policy note of the tier. Empty when <paramref name="tier"/> is null.
    /// </summary>
    /// <param name="tier">The firm's tier in the evaluation year, or null.</param>
    /// <param name="consecutiveYearsInTier">Consecutive years in that tier, including the evaluation year (≥ 1 when <paramref name="tier"/> is set).</param>
    /// <param name="evaluationYear">The year, for calendar-year schedules.</param>
    /// <exception cref="ArgumentOutOfRangeException">A tier is given with fewer than 1 consecutive year.</exception>
    public IReadOnlyList<ConsequenceLine> Apply(Tier? tier, int consecutiveYearsInTier, int evaluationYear) =>
        Apply(tier, consecutiveYearsInTier, evaluationYear, TierSet.Standard);

    /// <summary>
    /// <see cref="Apply(Tier?, int, int)"/> for a profile graded into <paramref name="tiers"/>: the lines name the tier by
    /// its code in that set (e.g. <c>A+类</c>).
    /// </summary>
    /// <param name="tier">The firm's tier in the evaluation year, or null.</param>
    /// <param name="consecutiveYearsInTier">Consecutive years in that tier, including the evaluation year (≥ 1 when <paramref name="tier"/> is set).</param>
    /// <param name="evaluationYear">The year, for calendar-year schedules.</param>
    /// <param name="tiers">The profile's tier set.</param>
    /// <exception cref="ArgumentOutOfRangeException">A tier is given with fewer than 1 consecutive year.</exception>
    public IReadOnlyList<ConsequenceLine> Apply(Tier? tier, int consecutiveYearsInTier, int evaluationYear, TierSet tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        if (tier is not { } t)
        {
            return [];
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(consecutiveYearsInTier, 1);
        if (t == Tier.UngradedAsB && TreatUngradedAsB)
        {
            t = Tier.B;
        }

        var f = CultureInfo.InvariantCulture;
        var code = tiers.CodeOf(t);
        var lines = new List<ConsequenceLine>();
        SurchargeRule? best = null;
        var bestAmount = 0.0;
        var applicable = 0;
        foreach (var rule in surcharges)
        {
            if (rule.AmountFor(t, consecutiveYearsInTier, evaluationYear) is { } amount)
            {
                applicable++;
                if (best is null || amount > bestAmount)
                {
                    best = rule;
                    bestAmount = amount;
                }
            }
        }

        if (best is not null)
        {
            var basisZh = best.Basis == SurchargeBasis.ConsecutiveYears
                ? $"{code}类连续第{consecutiveYearsInTier}年"
                : $"{code}类，{evaluationYear}年标准";
            var basisEn = best.Basis == SurchargeBasis.ConsecutiveYears
                ? $"{code}, consecutive year {consecutiveYearsInTier}"
                : $"{code}, {evaluationYear} rate";
            var stackZh = applicable > 1 ? $"，{applicable}项不叠加取最高" : string.Empty;
            var stackEn = applicable > 1 ? $", highest of {applicable} applicable, not stacked" : string.Empty;
            var amountText = bestAmount.ToString("0.00##", f);
            lines.Add(new ConsequenceLine(
                ConsequenceKind.ElectricitySurcharge,
                $"电价加价 +{amountText} {SurchargeRule.Unit}（{basisZh}{stackZh}）/ electricity surcharge +{amountText} {SurchargeRule.Unit} ({basisEn}{stackEn}) [{best.Id}]",
                bestAmount,
                SurchargeRule.Unit,
                best.Id));
        }

        QuotaCutRule? cut = null;
        foreach (var rule in quotaCuts)
        {
            if (rule.Tier == t && (cut is null || rule.Percent > cut.Percent))
            {
                cut = rule;
            }
        }

        if (cut is not null)
        {
            var p = cut.Percent.ToString("0.##", f);
            lines.Add(new ConsequenceLine(
                ConsequenceKind.EnergyQuotaCut,
                $"用能指标核减 {p}%（{code}类）/ energy-use quota cut by {p}% ({code}) [{cut.Id}]",
                cut.Percent,
                "%",
                cut.Id));
        }

        foreach (var note in notes)
        {
            if (note.Tier == t)
            {
                lines.Add(new ConsequenceLine(ConsequenceKind.PolicyNote, $"{note.Chinese} / {note.English} [{note.Id}]".Replace("; ", "，", StringComparison.Ordinal), null, string.Empty, note.Id));
            }
        }

        return lines.Count == 0 ? ValueList<ConsequenceLine>.Empty : ReadOnlyCopy.List(lines);
    }

    /// <summary>Every tier a rule names (surcharges, quota cuts, notes), each once, in rule order.</summary>
    public IEnumerable<Tier> Tiers =>
        surcharges.Select(r => r.Tier).Concat(quotaCuts.Select(r => r.Tier)).Concat(notes.Select(r => r.Tier)).Distinct();

    /// <summary>This schedule with every rule moved to the tier <paramref name="move"/> gives for its own (ids, amounts and texts kept).</summary>
    internal ConsequenceSchedule WithTiers(Func<Tier, Tier> move) => new(
        Id,
        Source,
        surcharges.Select(r => r.Basis == SurchargeBasis.ConsecutiveYears
            ? SurchargeRule.ByConsecutiveYears(r.Id, move(r.Tier), r.Amounts, r.Source)
            : SurchargeRule.ByCalendarYear(r.Id, move(r.Tier), [.. r.FromYears.Zip(r.Amounts)], r.Source)),
        quotaCuts.Select(r => new QuotaCutRule(r.Id, move(r.Tier), r.Percent, r.Source)),
        notes.Select(n => n with { Tier = move(n.Tier) }),
        TreatUngradedAsB);

    /// <inheritdoc />
    public override string ToString() =>
        $"ConsequenceSchedule '{Id}': {surcharges.Length} surcharge, {quotaCuts.Length} quota-cut, {notes.Length} note rules";
}
