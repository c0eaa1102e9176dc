using System.Text;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// The platform indicators of one year for every unit of a <see cref="PlatformMembership"/> — each platform, county and the
/// city — computed from a firm evaluation, with <see cref="Explain"/> writing out every number.
/// </summary>
/// <remarks>
/// Each indicator computes additive parts per platform group once (<see cref="IPlatformIndicator.Compute"/>); a unit's
/// value is made from the sums of its groups' parts, added in group order, so results do not depend on the order of the
/// firm rows. Immutable and thread-safe.
/// </remarks>
public sealed class PlatformFigures
{
    private readonly PlatformIndicatorValue[][] values; // [unit][indicator]
    private readonly Dictionary<string, int> indicatorIndex;

    private PlatformFigures(PlatformMembership membership, IPlatformIndicator[] indicators, PlatformIndicatorValue[][] values)
    {
        Membership = membership;
        Indicators = ValueList<IPlatformIndicator>.Own(indicators);
        this.values = values;
        indicatorIndex = indicators.Select((i, n) => (i.Id, n)).ToDictionary(p => p.Id, p => p.n, StringComparer.Ordinal);
    }

    /// <summary>The membership: the units, in order.</summary>
    public PlatformMembership Membership { get; }

    /// <summary>The indicators, in the order given.</summary>
    public IReadOnlyList<IPlatformIndicator> Indicators { get; }

    /// <summary>Computes <paramref name="indicators"/> for every unit.</summary>
    /// <param name="evaluation">The firm evaluation of the year (its table is the membership's).</param>
    /// <param name="membership">The membership of the same table in the year.</param>
    /// <param name="indicators">The indicators; ids distinct.</param>
    /// <param name="prior">The prior year's firms, for growth indicators; null when none is needed.</param>
    /// <param name="options">
    /// Options; only <see cref="EvaluatorOptions.MaxDegreeOfParallelism"/> is used: the most threads the sums and
    /// the units' figures use (pass the firm evaluator's <see cref="Evaluator.Options"/> to keep a service's limit). The figures are
    /// bit-identical at every value. Defaults when null (−1: as many as the runtime likes).
    /// </param>
    /// <exception cref="ArgumentException">The membership is of another table, or two indicators share an id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="EvaluatorOptions.MaxDegreeOfParallelism"/> is 0 or below −1.</exception>
    /// <exception cref="InvalidOperationException">An indicator needs a measure the firm table lacks, or a prior table that was not given, or names a tier the firm profile's tier set does not have.</exception>
    public static PlatformFigures Compute(Evaluation evaluation, PlatformMembership membership, IEnumerable<IPlatformIndicator> indicators, FirmTable? prior = null, EvaluatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(indicators);
        var degree = (options ?? EvaluatorOptions.Default).MaxDegreeOfParallelism;
        if (degree is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), degree, "MaxDegreeOfParallelism must be -1 or at least 1.");
        }

        if (!ReferenceEquals(evaluation.Table, membership.Table))
        {
            throw new ArgumentException("The membership was made for another firm table than the evaluation's.", nameof(membership));
        }

        // A tier-land share names its tier by a code of the firm profile's tier set: resolved here (or failing), so that its
        // explanation shows the set's code.
        var list = indicators.Select(i => i is TierLandSharePlatformIndicator share ? share.Resolve(evaluation.Profile.Tiers) : i).ToArray();
        var duplicate = list.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two platform indicators have the id '{duplicate.Key}'.", nameof(indicators));
        }

        var input = new PlatformIndicatorInput(evaluation, membership, prior, degree);
        var parts = new PlatformIndicatorParts[list.Length];
        for (var k = 0; k < list.Length; k++)
        {
            parts[k] = list[k].Compute(input);
            if (parts[k].GroupCount != input.GroupCount)
            {
                throw new InvalidOperationException($"Platform indicator '{list[k].Id}' gave parts for {parts[k].GroupCount} groups; there are {input.GroupCount}.");
            }
        }

        // Each unit's figures (its groups' parts added in group order), unit by unit on several
        // threads: every unit writes only its own row, so the figures are the same at any thread count.
        var units = membership.Units.Count;
        var values = new PlatformIndicatorValue[units][];
        Parallelism.For(units, degree, (long)units * list.Length * UnitWork, u =>
        {
            var row = values[u] = new PlatformIndicatorValue[list.Length];
            var groups = membership.GroupsOf(u);
            for (var k = 0; k < list.Length; k++)
            {
                double numerator = 0, denominator = 0;
                var count = 0;
                foreach (var g in groups)
                {
                    numerator += parts[k].Numerators[g];
                    denominator += parts[k].Denominators[g];
                    count += parts[k].Counts[g];
                }

                row[k] = new PlatformIndicatorValue(list[k].Value(numerator, denominator, count), numerator, denominator, count, list[k]); // its arithmetic written when read
            }
        });

        return new PlatformFigures(membership, list, values);
    }

    /// <summary>The figure of indicator <paramref name="indicatorId"/> for unit <paramref name="unitId"/>.</summary>
    /// <param name="unitId">A platform id, a county, or <see cref="PlatformMembership.CityId"/>.</param>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <exception cref="KeyNotFoundException">No such unit or indicator.</exception>
    public PlatformIndicatorValue Get(string unitId, string indicatorId) => values[UnitIndex(unitId)][IndicatorIndex(indicatorId)];

    /// <summary>The figures of unit <paramref name="unitId"/>, one per indicator in <see cref="Indicators"/> order.</summary>
    /// <param name="unitId">A platform id, a county, or <see cref="PlatformMembership.CityId"/>.</param>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    public IReadOnlyList<PlatformIndicatorValue> Of(string unitId) => ValueList<PlatformIndicatorValue>.Own([.. values[UnitIndex(unitId)]]);

    /// <summary>Writes out how every figure of unit <paramref name="unitId"/> was made, in Chinese and English.</summary>
    /// <param name="unitId">A platform id, a county, or <see cref="PlatformMembership.CityId"/>.</param>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    public string Explain(string unitId)
    {
        var u = UnitIndex(unitId);
        var unit = Membership.Units[u];
        var sb = new StringBuilder();
        sb.Append(unit.Kind switch { PlatformUnitKind.County => "县(市、区) County ", PlatformUnitKind.City => "全市 City ", _ => "平台 Platform " })
            .Append(unit.Id);
        if (unit.Name != unit.Id)
        {
            sb.Append(' ').Append(unit.Name);
        }

        sb.Append(" | 年度 Year ").Append(ExplainFormat.Int(Membership.Year));
        if (unit.Kind == PlatformUnitKind.Platform)
        {
            sb.Append(" | 级别 Level ").Append(unit.Level == PlatformLevel.Unspecified ? "—" : PlatformLevels.ChineseName(unit.Level))
                .Append(" | 县 County ").Append(unit.County.Length > 0 ? unit.County : "—");
            if (unit.Parent.Length > 0)
            {
                sb.Append(" | 主平台 Main platform ").Append(unit.Parent);
            }

            if (!unit.IsRegistered)
            {
                sb.Append(" | 未在平台名录中 not in the register");
            }
        }

        sb.AppendLine().Append("企业 Firms: ").Append(ExplainFormat.Int(unit.FirmCount));
        var groups = Membership.GroupsOf(u);
        if (unit.Kind == PlatformUnitKind.Platform && groups.Length > 1)
        {
            sb.Append(" (含分区分园 with its sub-parks: ").Append(string.Join(", ", groups.ToArray().Where(g => g != u).Select(g => Membership.Units[g].Id))).Append(')');
        }

        if (unit.Absorbed.Count > 0)
        {
            sb.Append(" (含已并入 with merged platforms: ").Append(string.Join(", ", unit.Absorbed)).Append(')');
        }

        sb.AppendLine();
        for (var k = 0; k < Indicators.Count; k++)
        {
            var indicator = Indicators[k];
            sb.Append("  ").Append(indicator.Name).Append(" (").Append(indicator.Id).Append("): ").AppendLine(values[u][k].Arithmetic);
        }

        return sb.ToString();
    }

    /// <summary>The work of one figure of one unit, in row-sized steps (for <see cref="Parallelism.For"/>): a few sums (its arithmetic text is written when read).</summary>
    private const long UnitWork = 8;

    private int UnitIndex(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var u = Membership.IndexOf(unitId);
        return u >= 0 ? u : throw new KeyNotFoundException($"No platform, county or city unit '{unitId}' in {Membership.Year}. Units: {string.Join(", ", Membership.Units.Take(20).Select(x => x.Id))}{(Membership.Units.Count > 20 ? " …" : string.Empty)}.");
    }

    private int IndicatorIndex(string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        return indicatorIndex.TryGetValue(indicatorId, out var k) ? k : throw new KeyNotFoundException($"No platform indicator '{indicatorId}'. Indicators: {string.Join(", ", Indicators.Select(i => i.Id))}.");
    }
}
