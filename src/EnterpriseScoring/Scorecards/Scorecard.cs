using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A platform scorecard (平台考核结果) of one year: every scored platform's indicator values against their targets, the
/// points of each attainment method, the total, the rank within the peer group and flags with reasons; <see cref="Explain"/>
/// writes out every number (docs/scorecard.md).
/// </summary>
/// <remarks>
/// Never silently wrong: a platform without a value for an indicator, or without a target that applies to it, gets 0 points
/// for that indicator and a flag that says so; a veto indicator without a value counts as failed. Ranks are competition
/// ranks (1, 2, 2, 4) by total, compared at 9 decimals, within the peer group; platforms of equal total are listed by id
/// (ordinal); vetoed platforms are not ranked and come last. Immutable and thread-safe.
/// </remarks>
public sealed class Scorecard
{
    private readonly Dictionary<string, int> rowIndex;

    private Scorecard(ScorecardProfile profile, PlatformFigures figures, ScorecardRow[] rows, IReadOnlyList<string> warnings, ScorecardQuotaOutcome[] quotaOutcomes, ScorecardEventMatching? events, IReadOnlyList<ScorecardStanding> lastYear)
    {
        LastYear = lastYear.ToFrozenDictionary(s => s.PlatformId, StringComparer.Ordinal);
        UnmatchedEvents = ValueList<RowIssue>.Own([.. events?.Unmatched ?? []]);
        EventsOfOtherYears = events?.OtherYears ?? 0;
        EventsCounted = events?.Counted ?? 0;
        Profile = profile;
        QuotaOutcomes = ValueList<ScorecardQuotaOutcome>.Own(quotaOutcomes);
        Figures = figures;
        Warnings = warnings;
        Rows = ValueList<ScorecardRow>.Own(rows);
        rowIndex = rows.Select((r, i) => (r.Platform.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The scorecard profile.</summary>
    public ScorecardProfile Profile { get; }

    /// <summary>
    /// Last year's standing of each platform (total, veto, indicator values), by platform id: the scorecard of year − 1 in
    /// the history given to <see cref="Evaluate"/> (<c>--prior</c>); empty when the history has none — then the report says
    /// "no prior". A platform without a row last year (new, merged since, not scored) has no entry.
    /// </summary>
    public IReadOnlyDictionary<string, ScorecardStanding> LastYear { get; }

    /// <summary>The platform figures the values come from (every unit: platforms, counties, the city).</summary>
    public PlatformFigures Figures { get; }

    /// <summary>The scored platforms: by peer group (levels in level order, unspecified last; counties by name), then rank, then id; vetoed platforms last in their group.</summary>
    public IReadOnlyList<ScorecardRow> Rows { get; }

    /// <summary>What each quota of the profile did in each of its groups (quota order, then group by name); empty without quotas.
    /// A quota that could not be met is also a warning (<see cref="Warnings"/>).</summary>
    public IReadOnlyList<ScorecardQuotaOutcome> QuotaOutcomes { get; }

    /// <summary>The events that could not be counted — their platform is not a platform of the year (neither in the register
    /// nor named by a firm), or their class is not one of the profile's — as rejected rows with line, column, value and
    /// reason. The CLI refuses to publish a scorecard with unmatched events; empty without events.</summary>
    public IReadOnlyList<RowIssue> UnmatchedEvents { get; }

    /// <summary>The number of events dated in another year than the scorecard's: read, not counted.</summary>
    public int EventsOfOtherYears { get; }

    /// <summary>The number of events of the year counted on the scorecard (each on every scored row that covers its platform).</summary>
    public int EventsCounted { get; }

    /// <summary>
    /// What the scorecard assumed: a firm evaluation for another year than the scorecard's (its tiers and D land are that
    /// year's profile's), and what the membership assumed (unregistered platforms, firms whose region differs from their
    /// platform's county …).
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// The events <see cref="Evaluate"/> would list in <see cref="UnmatchedEvents"/> for these firms, register and
    /// profile — an event class the profile does not declare, a platform that is not a platform of the year (neither in
    /// the register nor named by a firm), a platform no scored row covers — as rejected rows with line, column, value and
    /// reason, without evaluating the firms (the membership alone decides): what <c>escore validate --events --input</c>
    /// reports.
    /// </summary>
    /// <param name="firms">The firms (their platform cells).</param>
    /// <param name="register">The platform register; null when there is none.</param>
    /// <param name="profile">The scorecard profile; its year picks the membership.</param>
    /// <param name="events">The events (any years: those of other years are not counted, and not checked for their platform).</param>
    /// <returns>The events that cannot be counted, in the order given; empty when every one can.</returns>
    public static IReadOnlyList<RowIssue> UnmatchedEventsOf(FirmTable firms, PlatformRegister? register, ScorecardProfile profile, IEnumerable<ScorecardEvent> events)
    {
        ArgumentNullException.ThrowIfNull(firms);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(events);
        register ??= PlatformRegister.Empty;
        var membership = PlatformMembership.Create(firms, register, profile.Year);
        var matching = ScorecardEventMatching.Match(events, profile, membership, register, [.. ScoredUnits(profile, membership).Select(u => u.Id)]);
        return ValueList<RowIssue>.Own([.. matching.Unmatched]);
    }

    /// <summary>The units the profile scores: the platforms of the membership, only the 主平台 for <see cref="ScorecardScope.MainPlatforms"/>.</summary>
    internal static List<PlatformUnit> ScoredUnits(ScorecardProfile profile, PlatformMembership membership) =>
        membership.Units
            .Where(u => u.Kind == PlatformUnitKind.Platform && (profile.Scope == ScorecardScope.AllPlatforms || u.Parent.Length == 0))
            .ToList();

    /// <summary>Scores the platforms of <paramref name="evaluation"/>'s firms under <paramref name="profile"/>.</summary>
    /// <param name="evaluation">The firm evaluation (with the scorecard's firm profile).</param>
    /// <param name="register">The platform register; null when there is none (every platform is then unregistered).</param>
    /// <param name="profile">The scorecard profile; its year picks the membership and the targets.</param>
    /// <param name="prior">The prior year's firms, for growth indicators; null when none is needed.</param>
    /// <param name="history">Earlier years' scorecards, for the profile's history rules; null for none (every earlier year
    /// then counts as off the list, and a warning says so).</param>
    /// <param name="events">Events (any years: those of the profile's year count) of the profile's event classes, e.g.
    /// <see cref="ScorecardEventsReadResult.Events"/>: deductions and disqualifications (docs/scorecard.md, "Events"); null for none.
    /// An event that cannot be counted is listed in <see cref="UnmatchedEvents"/>.</param>
    /// <param name="options">Options; only <see cref="EvaluatorOptions.MaxDegreeOfParallelism"/> is used, by the platform
    /// figures (<see cref="PlatformFigures.Compute"/>): pass the firm evaluator's <see cref="Evaluator.Options"/> to keep a
    /// service's thread limit. The scorecard is the same at every value. Defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="EvaluatorOptions.MaxDegreeOfParallelism"/> is 0 or below −1.</exception>
    /// <exception cref="InvalidOperationException">An indicator needs a measure the firm table lacks, or a prior table that was not given.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> holds a year not earlier than the profile's.</exception>
    /// <exception cref="ProfileException">An indicator names a tier the evaluation's firm profile does not have (with the JSON path of its code).</exception>
    public static Scorecard Evaluate(Evaluation evaluation, PlatformRegister? register, ScorecardProfile profile, FirmTable? prior = null, ScorecardHistory? history = null, IEnumerable<ScorecardEvent>? events = null, EvaluatorOptions? options = null) =>
        EvaluateWithLaps(evaluation, register, profile, prior, history, events, options, lap: null);

    /// <summary><see cref="Evaluate"/>,
    /// calling <paramref name="lap"/> with each phase's name as the phase ends, in order (the benchmarks' phase timing:
    /// the laps add up to the whole); the scorecard is the same with or without it.</summary>
    internal static Scorecard EvaluateWithLaps(Evaluation evaluation, PlatformRegister? register, ScorecardProfile profile, FirmTable? prior, ScorecardHistory? history, IEnumerable<ScorecardEvent>? events, EvaluatorOptions? options, Action<string>? lap)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(profile);
        var year = profile.Year;
        history ??= ScorecardHistory.Empty;
        if (history.Years.Any(y => y >= year))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"往年考核结果的年度须早于 {year} the earlier scorecards must be of years before {year}, got {string.Join(", ", history.Years.Where(y => y >= year))}."), nameof(history));
        }

        profile.CheckTiers(evaluation.Profile);
        register ??= PlatformRegister.Empty;
        lap?.Invoke("checks");
        var membership = PlatformMembership.Create(evaluation.Table, register, year);
        lap?.Invoke("membership");
        var figures = PlatformFigures.Compute(evaluation, membership, profile.Indicators.Select(i => i.Indicator), prior, options);
        lap?.Invoke("figures");
        var units = ScoredUnits(profile, membership);
        var matching = events is null ? null : ScorecardEventMatching.Match(events, profile, membership, register, [.. units.Select(u => u.Id)]);
        lap?.Invoke("scored units, events");
        var scored = units.Select(u => Score(profile, figures, u, year, matching?.DeductionsOf(profile, u) ?? [])).ToList();
        lap?.Invoke("attainment, points");

        var rows = new List<ScorecardRow>(scored.Count);
        foreach (var group in scored.GroupBy(r => r.PeerGroup, StringComparer.Ordinal).OrderBy(g => GroupOrder(profile.PeerGroup, g.First())).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var ranked = group.Where(r => !r.Vetoed).OrderByDescending(r => RankKey(r.Total)).ThenBy(r => r.Platform.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ranked.Count; i++)
            {
                var rank = i > 0 && RankKey(ranked[i].Total) == RankKey(ranked[i - 1].Total) ? rows[^1].Rank : i + 1;
                rows.Add(ranked[i] with { Rank = rank, PeerCount = ranked.Count });
            }

            rows.AddRange(group.Where(r => r.Vetoed).OrderBy(r => r.Platform.Id, StringComparer.Ordinal).Select(r => r with { PeerCount = ranked.Count }));
            MarkLists(profile, rows, rows.Count - group.Count());
        }

        lap?.Invoke("ranks, lists");
        List<string> warnings = [];
        ApplyHistoryRules(profile, history, rows, warnings);
        lap?.Invoke("history rules");
        var quotaOutcomes = ScorecardTyping.Apply(profile, rows, warnings);
        lap?.Invoke("types, quotas");
        if (evaluation.Profile.EvaluationYear != year)
        {
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"the firms were evaluated under {evaluation.Profile.Name} for {evaluation.Profile.EvaluationYear}, the scorecard is for {year}: firm tiers and the D-tier land share are that profile's / 企业评价方案年度 {evaluation.Profile.EvaluationYear} 与考核年度 {year} 不一致"));
        }

        warnings.AddRange(membership.Warnings);
        if (matching is { OtherYears: > 0 })
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"events: {matching.OtherYears} event row(s) dated outside {year} are not counted / {matching.OtherYears} 条事件不在 {year} 年度，未计入"));
        }

        lap?.Invoke("warnings");
        var tierMixes = ScorecardTierMixes.Compute(evaluation, membership, units);
        lap?.Invoke("tier mixes");
        var scorecard = new Scorecard(profile, figures, [.. rows.Select(r => r with { TierMix = tierMixes[r.Platform.Id] })], ValueList<string>.Own([.. warnings]), [.. quotaOutcomes], matching, history.Of(year - 1));
        lap?.Invoke("assembly");
        return scorecard;
    }

    /// <summary>The row of platform <paramref name="platformId"/>.</summary>
    /// <param name="platformId">A scored platform's id.</param>
    /// <exception cref="KeyNotFoundException">The platform is not scored (unknown, merged, or a 分园 under <see cref="ScorecardScope.MainPlatforms"/>).</exception>
    public ScorecardRow Get(string platformId)
    {
        ArgumentNullException.ThrowIfNull(platformId);
        return rowIndex.TryGetValue(platformId, out var i)
            ? Rows[i]
            : throw new KeyNotFoundException($"No scored platform '{platformId}' on scorecard {Profile.Id} {Profile.Year}. Scored: {string.Join(", ", Rows.Select(r => r.Platform.Id).Order(StringComparer.Ordinal))}.");
    }

    /// <summary>Writes out how every number of platform <paramref name="platformId"/>'s row was made, in Chinese and English.</summary>
    /// <param name="platformId">A scored platform's id.</param>
    /// <exception cref="KeyNotFoundException">The platform is not scored.</exception>
    public string Explain(string platformId)
    {
        var row = Get(platformId);
        var unit = row.Platform;
        var sb = new StringBuilder();
        sb.Append("平台考核 Scorecard ").Append(Profile.Id);
        if (Profile.Name.Length > 0 && Profile.Name != Profile.Id)
        {
            sb.Append(' ').Append(Profile.Name);
        }

        sb.Append(" | 年度 Year ").Append(ExplainFormat.Int(Profile.Year)).AppendLine();
        sb.Append("平台 Platform ").Append(unit.Id);
        if (unit.Name != unit.Id)
        {
            sb.Append(' ').Append(unit.Name);
        }

        sb.Append(" | 级别 Level ").Append(unit.Level == PlatformLevel.Unspecified ? "—" : PlatformLevels.ChineseName(unit.Level))
            .Append(" | 县 County ").Append(unit.County.Length > 0 ? unit.County : "—")
            .Append(" | 企业 Firms ").Append(ExplainFormat.Int(unit.FirmCount)).AppendLine();
        for (var k = 0; k < row.Cells.Count; k++)
        {
            var cell = row.Cells[k];
            var indicator = Profile.Indicators[k];
            sb.Append("  ").Append(indicator.Indicator.Name).Append(" (").Append(cell.IndicatorId).Append("), W = ").AppendLine(ExplainFormat.Num(cell.Weight));
            sb.Append("    数值 value: ").AppendLine(cell.ValueArithmetic);
            if (cell.Target is { } target)
            {
                sb.Append("    目标 target: ").Append(Attainment.Relation(target, Profile.Year));
                if (target.Base is { } b)
                {
                    sb.Append(", 基数 base ").Append(ExplainFormat.Num(b));
                }

                if (target.Source.Length > 0)
                {
                    sb.Append(" (").Append(target.Source).Append(')');
                }

                sb.AppendLine();
            }

            if (cell.AttainmentPercent is { } percent)
            {
                sb.Append("    完成率 attained: ").Append(ExplainFormat.Num(percent)).Append(" %").AppendLine(cell.Met == true ? " (达标 met)" : " (未达标 not met)");
            }

            sb.Append("    得分 points: ").AppendLine(cell.PointsArithmetic);
        }

        foreach (var deduction in row.Deductions)
        {
            var c = deduction.Class;
            sb.Append("  事件 Events ").Append(c.Label).Append(" (").Append(c.Id).Append("): ").Append(deduction.Arithmetic);
            if (c.Source.Length > 0)
            {
                sb.Append(" (").Append(c.Source).Append(')');
            }

            sb.AppendLine();
            foreach (var e in deduction.Events)
            {
                sb.Append("    ").AppendLine(ScorecardEventMatching.Describe(e, unit.Id));
            }
        }

        var sum = string.Join(" + ", row.Cells.Select(c => ExplainFormat.Num(c.Points)));
        sb.Append("总分 Total: ").Append(sum.Length > 0 ? sum : "0");
        if (row.DeductedPoints != 0)
        {
            sb.Append(" − ").Append(ExplainFormat.Num(row.DeductedPoints)).Append(" (扣分 deductions)");
        }
        if (row.Vetoed)
        {
            sb.AppendLine(" → 0 (一票否决 vetoed)");
        }
        else
        {
            sb.Append(" = ").Append(ExplainFormat.Num(row.Total)).Append(" / ").AppendLine(ExplainFormat.Num(Profile.MaxPoints));
        }

        sb.Append("排名 Rank: ").Append(row.Rank is { } r ? $"{ExplainFormat.Int(r)} / {ExplainFormat.Int(row.PeerCount)}" : "— (一票否决 vetoed: not ranked)")
            .Append(" in ").AppendLine(row.PeerGroup);
        if (row.Type.Length > 0)
        {
            sb.Append("类型 Type: ").AppendLine(row.TypeReason);
        }

        foreach (var flag in row.Flags)
        {
            sb.Append("注意 Flag: ").AppendLine(flag);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Flags the platforms that meet a history rule of the profile: on the rule's list in at least <c>Years</c> of the
    /// last <c>OfLast</c> years, this year (the <paramref name="rows"/>) included; a year of the window that
    /// <paramref name="history"/> lacks counts as off the list, with a warning.
    /// </summary>
    private static void ApplyHistoryRules(ScorecardProfile profile, ScorecardHistory history, List<ScorecardRow> rows, List<string> warnings)
    {
        if (profile.HistoryRules.Count == 0)
        {
            return;
        }

        var year = profile.Year;
        var current = rows.Select(r => new ScorecardStanding(year, r.Platform.Id, r.PeerGroup, r.Total, r.Vetoed)).ToArray();
        var missing = profile.HistoryRules
            .SelectMany(rule => Enumerable.Range(year - rule.OfLast + 1, rule.OfLast - 1))
            .Distinct()
            .Where(y => !history.Years.Contains(y))
            .Order()
            .ToArray();
        if (missing.Length > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"history rules: no scorecard for {string.Join(", ", missing)} (pass it with --prior): counted as years off every list / 缺少 {string.Join("、", missing)} 年度考核结果，按未入名单计"));
        }

        var currentLists = profile.HistoryRules.Select(rule => ScorecardHistory.Listed(current, rule.List, rule.Size)).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            List<string> matched = [];
            List<string> flags = [.. row.Flags];
            for (var r = 0; r < profile.HistoryRules.Count; r++)
            {
                var rule = profile.HistoryRules[r];
                var years = Enumerable.Range(year - rule.OfLast + 1, rule.OfLast)
                    .Where(y => y == year ? currentLists[r].Contains(row.Platform.Id) : history.Listed(y, rule.List, rule.Size).Contains(row.Platform.Id))
                    .ToArray();
                if (years.Length >= rule.Years)
                {
                    matched.Add(rule.Id);
                    var list = rule.List == ScorecardList.Top ? $"前{rule.Size}名 top {rule.Size}" : $"末位{rule.Size}名 bottom {rule.Size}";
                    var what = rule.Flag.Length > 0 ? rule.Flag : "历史规则 history rule " + rule.Id;
                    flags.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {list} in {years.Length} of the last {rule.OfLast} years ({string.Join(", ", years)})"));
                }
            }

            if (matched.Count > 0)
            {
                rows[i] = row with { HistoryRules = matched, Flags = flags };
            }
        }
    }

    /// <summary>
    /// Puts the platforms of the group that starts at <paramref name="start"/> of <paramref name="rows"/> on the top and
    /// bottom lists: top when fewer than <see cref="ScorecardProfile.TopList"/> platforms of the group have a higher total
    /// (never a vetoed one), bottom when fewer than <see cref="ScorecardProfile.BottomList"/> rank strictly below it (a vetoed
    /// platform ranks below every ranked one, and none below it) — so ties at the boundary are all on the list.
    /// </summary>
    private static void MarkLists(ScorecardProfile profile, List<ScorecardRow> rows, int start)
    {
        if (profile.TopList == 0 && profile.BottomList == 0)
        {
            return;
        }

        var group = rows.Skip(start).ToArray();
        var standings = group.Select(r => new ScorecardStanding(profile.Year, r.Platform.Id, r.PeerGroup, r.Total, r.Vetoed)).ToArray();
        var topList = profile.TopList > 0 ? ScorecardHistory.Listed(standings, ScorecardList.Top, profile.TopList) : [];
        var bottomList = profile.BottomList > 0 ? ScorecardHistory.Listed(standings, ScorecardList.Bottom, profile.BottomList) : [];
        for (var i = 0; i < group.Length; i++)
        {
            var row = group[i];
            var top = topList.Contains(row.Platform.Id);
            var bottom = bottomList.Contains(row.Platform.Id);
            if (!top && !bottom)
            {
                continue;
            }

            List<string> flags = [.. row.Flags];
            if (top)
            {
                flags.Add(string.Create(CultureInfo.InvariantCulture, $"前{profile.TopList}名 top {profile.TopList} of {row.PeerGroup}"));
            }

            if (bottom)
            {
                flags.Add(string.Create(CultureInfo.InvariantCulture, $"末位{profile.BottomList}名 bottom {profile.BottomList} of {row.PeerGroup}"));
            }

            rows[start + i] = row with { OnTopList = top, OnBottomList = bottom, Flags = flags };
        }
    }

    /// <summary>Level groups in level order (国家级 first, unspecified last); other groups by name.</summary>
    private static int GroupOrder(PeerGroup peerGroup, ScorecardRow row) =>
        peerGroup != PeerGroup.Level ? 0 : row.Platform.Level == PlatformLevel.Unspecified ? int.MaxValue : (int)row.Platform.Level;

    /// <summary>Totals are compared rounded to 9 decimals (ranks, ties, lists).</summary>
    internal static decimal RankKey(double total) => Math.Round((decimal)total, 9);

    private static ScorecardRow Score(ScorecardProfile profile, PlatformFigures figures, PlatformUnit unit, int year, IReadOnlyList<ScorecardDeduction> deductions)
    {
        var flags = new List<string>();
        if (!unit.IsRegistered)
        {
            flags.Add("未在平台名录中 not in the platform register: level and register figures unknown");
        }

        var cells = new ScorecardCell[profile.Indicators.Count];
        var vetoed = false;
        for (var k = 0; k < cells.Length; k++)
        {
            var indicator = profile.Indicators[k];
            var figure = figures.Get(unit.Id, indicator.Indicator.Id);
            var method = indicator.Method;
            var target = method.NeedsTarget || indicator.Targets.Count > 0 ? indicator.TargetFor(unit, year) : null;
            var id = indicator.Indicator.Id;
            ScorecardCell cell;
            if (figure.Value is not { } x)
            {
                var veto = method.Kind == AttainmentMethodKind.Veto;
                var flag = veto
                    ? $"{id}: 无数值 no value, so the veto cannot be passed → 一票否决 vetoed"
                    : $"{id}: 无数值 no value → 0 points";
                vetoed |= veto;
                cell = new ScorecardCell { IndicatorId = id, Target = target, TargetValue = target?.ValueIn(year), Weight = indicator.Weight, Figure = figure, PointsArithmetic = "无数值 no value → 0", Flag = flag };
            }
            else if (target is null && method.NeedsTarget)
            {
                cell = new ScorecardCell { IndicatorId = id, Value = x, Weight = indicator.Weight, Figure = figure, PointsArithmetic = "无适用目标 no target → 0", Flag = $"{id}: 无适用目标 no target for this platform in {year} → 0 points" };
            }
            else
            {
                var attained = new AttainmentInput(method, indicator.Weight, x, target, year);
                var met = target is null ? (bool?)null : Attainment.Met(x, target, year);
                var flag = string.Empty;
                if (method.Kind == AttainmentMethodKind.Veto && met == false)
                {
                    vetoed = true;
                    flag = $"{id}: 一票否决 vetoed: {ExplainFormat.Num(x)} does not meet {Attainment.Relation(target!, year)}";
                }

                cell = new ScorecardCell
                {
                    IndicatorId = id,
                    Value = x,
                    Target = target,
                    TargetValue = target?.ValueIn(year),
                    AttainmentPercent = target is null ? null : Attainment.Percent(x, target, year),
                    Met = met,
                    Points = attained.Points(),
                    Weight = indicator.Weight,
                    Figure = figure,
                    Attained = attained,
                    Flag = flag,
                };
            }

            if (cell.Flag.Length > 0)
            {
                flags.Add(cell.Flag);
            }

            cells[k] = cell;
        }

        var total = 0.0;
        foreach (var cell in cells)
        {
            total += cell.Points;
        }

        var deducted = 0.0;
        foreach (var deduction in deductions)
        {
            deducted += deduction.Points;
            var c = deduction.Class;
            var events = string.Create(CultureInfo.InvariantCulture, $"{deduction.EventCount} event(s)");
            if (c.Disqualifies)
            {
                vetoed = true;
                flags.Add($"一票否决 vetoed by events of {c.Label} ({c.Id}): {events}{(c.Source.Length > 0 ? $" ({c.Source})" : string.Empty)}");
            }

            if (deduction.Points > 0)
            {
                flags.Add($"扣分 deduction {c.Label} ({c.Id}): {deduction.Arithmetic}");
            }
        }

        return new ScorecardRow
        {
            Platform = unit,
            Cells = cells,
            Total = vetoed ? 0 : total - deducted,
            DeductedPoints = deducted,
            Deductions = deductions,
            Vetoed = vetoed,
            PeerGroup = profile.PeerGroup switch
            {
                PeerGroup.Level => unit.Level == PlatformLevel.Unspecified ? "级别未知 level unspecified" : PlatformLevels.ChineseName(unit.Level),
                PeerGroup.County => unit.County.Length > 0 ? unit.County : "县未知 county unspecified",
                _ => "全部 all",
            },
            Flags = flags,
        };
    }
}
