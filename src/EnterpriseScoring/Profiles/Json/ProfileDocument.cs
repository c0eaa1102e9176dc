using EnterpriseScoring.Indicators;
using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Profiles.Json;

// The JSON form of a profile (data transfer objects). Property names become snake_case keys; a null property means
// "not given" (the engine default applies) and is never written. The [Description] texts go into
// docs/profile.schema.json, so editors show them. Components (land, scoring, benchmark, weighting, aggregation,
// adjustment rules, tiering) stay JSON objects here: their descriptors (Profiles/Components) check, read, write and
// describe them. Internal on purpose: users edit JSON or use ProfileBuilder; the
// public object model is EvaluationProfile.

/// <summary>A whole profile document (the JSON root).</summary>
[Description("An EnterpriseScoring evaluation profile: everything one jurisdiction decides for one evaluation year.")]
internal sealed class ProfileDocument
{
    [JsonPropertyName("$schema")]
    [Description("Optional URL or path of docs/profile.schema.json, for editors.")]
    public string? Schema { get; set; }

    [Description("A built-in profile name, or a relative path of a profile file to extend inside this file's folder (no absolute paths, no '..' out of it). Objects merge deeply; arrays of objects that all have an id merge by id ({\"id\": x, \"remove\": true} removes); other arrays replace; null deletes.")]
    public string? Extends { get; set; }

    [Description("The profile's name, e.g. zhejiang-six-indicators.")]
    public required string Name { get; set; }

    [Description("One-line description shown by profile listings.")]
    public string? Description { get; set; }

    [Description("The jurisdiction, e.g. 浙江省临海市.")]
    public string? Jurisdiction { get; set; }

    [Description("The evaluation year (data are usually from the calendar year before).")]
    public required int EvaluationYear { get; set; }

    [Description("Money unit of the input data: 万元 (default) or 元. Recorded for readers and reports; the engine computes in the data's units.")]
    public string? CurrencyUnit { get; set; }

    [Description("Land unit of the input data: 亩 (default), ㎡ or 公顷. Recorded for readers and reports.")]
    public string? AreaUnit { get; set; }

    [Description("The policy documents the profile is taken from.")]
    public List<SourceDto>? Sources { get; set; }

    [Description("Free-text notes.")]
    public List<string>? Notes { get; set; }

    [Description("Every number or choice that is an assumption rather than published policy: a JSON path into the resolved profile and why.")]
    public List<AssumptionDto>? Assumptions { get; set; }

    [Description("Ids of input measures that are not built-in (KnownMeasures); any other unknown measure id is reported as a typo.")]
    public List<string>? CustomMeasures { get; set; }

    [Description("Header aliases of the county's export: each maps an input header (matched like the built-in ones: trimmed, a unit suffix in brackets removed, ASCII case ignored) to a built-in measure or one of custom_measures, with the unit the export uses when the header names none, e.g. {\"header\": \"rd_expense\", \"measure\": \"rd_spending\", \"unit\": \"元\"}. Applied by every reader (CSV, xlsx, database) when reading under the profile. Default: none.")]
    public List<ColumnDto>? Columns { get; set; }

    [Description("Measures the profile reads that the input may lack entirely (no column), e.g. [\"cod\", \"ammonia_nitrogen\"] for a county without emissions data: each then counts as missing for every firm under the policy of what reads it (an indicator's missing policy, a condition that fails, net land's leased terms as 0), printed as a warning. Any other measure the profile reads that the input has no column for is an error. Default: none.")]
    public List<string>? AcceptMissingMeasures { get; set; }

    [Description("How each firm's evaluated land area is determined. Default: certificate.")]
    public JsonObject? Land { get; set; }

    [Description("Eligibility rules checked before pools (first match wins): exempt, transition, collect_only, t_class, ungraded_as_b.")]
    public List<EligibilityDto>? Eligibility { get; set; }

    [Description("The pools, in matching order: a firm goes to the first pool whose selector matches.")]
    public required List<PoolDto> Pools { get; set; }

    [Description("Tier overrides applied after quota tiers in every pool (order: caps and floors, then direct placements; vetoes win).")]
    public List<OverrideDto>? Overrides { get; set; }

    [Description("Whether quota slots freed by overrides are re-filled by the next-ranked firms. Default: false.")]
    public bool? ReflowOverriddenSlots { get; set; }

    [Description("Tier labels: a known set (plain, development, transformation, regulation, support) or custom labels. Default: plain. With tier_set, only t and ungraded (tier_set labels its own tiers).")]
    public LabelsDto? Labels { get; set; }

    [Description("The ordered tiers firms are graded into, best first, when they are not A/B/C/D: 3–6 tiers, each with the code results show (unique ignoring case, not T or ungraded_as_b) and its label, e.g. 乐清's A+/A/B/C. Every pool's tiering then gives one band (percents) or one minimum per tier but the bottom one (minimums), limits act on the best and bottom tiers, and overrides name tiers by code. Default: A, B, C, D.")]
    public List<TierDto>? TierSet { get; set; }

    [Description("How numbers are shown where people read them (report, results.xlsx, summary.csv, results.csv's display columns): decimal places and rounding of indicator scores, totals and group figures. results.csv's own columns keep full precision. Default: 2 places, half_up, for each.")]
    public DisplayDto? Display { get; set; }

    [Description("The differentiated policies that follow from tiers and tier history: a built-in schedule by name (shandong_2022, jiangsu_calendar_2019, zhejiang_county_draft_2025), {\"known\": name}, or an inline schedule.")]
    public System.Text.Json.Nodes.JsonNode? Consequences { get; set; }
}

[Description("Display precision of indicator scores, totals and group figures; a part not given is 2 places, half_up.")]
internal sealed class DisplayDto
{
    [Description("Indicator scores (<indicator>.score), e.g. {\"decimals\": 2, \"rounding\": \"half_up\"}.")]
    public PrecisionDto? Scores { get; set; }

    [Description("Totals (score, 综合得分), e.g. {\"decimals\": 2, \"rounding\": \"truncate\"} for lists that cut 73.7156 to 73.71.")]
    public PrecisionDto? Totals { get; set; }

    [Description("Group figures of summaries (亩均税收, 亩均增加值, 亩均营收 of a region, platform, industry or pool).")]
    public PrecisionDto? Figures { get; set; }
}

[Description("Decimal places and rounding of one kind of figure. Rounding is done in decimal on the value's shortest round-trip text, so 2.675 half_up is 2.68; negative values are rounded like positive ones (mirror image).")]
internal sealed class PrecisionDto
{
    [Description("Decimal places, 0–10. Default 2.")]
    public int? Decimals { get; set; }

    [Description("half_up (四舍五入, half away from zero; default), half_even (banker's rounding), truncate (toward zero: 73.7156 → 73.71) or none (full precision).")]
    public DisplayRoundingKind? Rounding { get; set; }
}

/// <summary>Rounding names of the profile format (SummaryRounding in the object model).</summary>
internal enum DisplayRoundingKind
{
    HalfUp,
    HalfEven,
    Truncate,
    None,
}

[Description("A consequence schedule: a built-in one by name ({\"known\": name}, nothing else), or inline: id, source, surcharges, quota_cuts, notes, treat_ungraded_as_b.")]
internal sealed class ConsequencesDto
{
    [Description("A built-in schedule (KnownConsequenceSchedules): shandong_2022 (alias shandong), jiangsu_calendar_2019 (jiangsu_calendar), zhejiang_county_draft_2025 (zhejiang_county_draft). Excludes every other key.")]
    public string? Known { get; set; }

    [Description("Inline: the schedule id. Required unless known is given.")]
    public string? Id { get; set; }

    [Description("Inline: the policy document the schedule follows.")]
    public string? Source { get; set; }

    [Description("Electricity surcharges (元/kWh); when several apply to a firm only the highest counts (not stacked).")]
    public List<SurchargeDto>? Surcharges { get; set; }

    [Description("Energy-use quota cuts in percent; the largest applicable cut applies.")]
    public List<QuotaCutDto>? QuotaCuts { get; set; }

    [Description("Free-form policy lines per tier, e.g. A: 优先保障用地、用能.")]
    public List<PolicyNoteDto>? Notes { get; set; }

    [Description("Whether firms ungraded but managed as B (不定等级，参照B类管理) get B's consequences. Default true.")]
    public bool? TreatUngradedAsB { get; set; }
}

[Description("An electricity surcharge on one tier: amounts by consecutive years in the tier, or by calendar year.")]
internal sealed class SurchargeDto
{
    [Description("Rule id, unique within the schedule.")]
    public required string Id { get; set; }

    [Description("The tier it applies to: a, b, c, d, t or ungraded_as_b; with tier_set, one of its codes (or t, ungraded_as_b).")]
    public required string Tier { get; set; }

    [Description("consecutive_years (with amounts) or calendar_year (with by_year). Default: from which of amounts / by_year is given.")]
    public Policies.SurchargeBasis? Basis { get; set; }

    [Description("consecutive_years: amount in the 1st, 2nd, … consecutive year in the tier; the last repeats. E.g. [0.05, 0.10, 0.15].")]
    public List<double>? Amounts { get; set; }

    [Description("calendar_year: amount from each year on, e.g. {\"2019\": 0.10, \"2020\": 0.20, \"2021\": 0.30}; none before the first year.")]
    public Dictionary<string, double>? ByYear { get; set; }

    [Description("Unit of the amounts; only 元/kWh (the default).")]
    public string? Unit { get; set; }

    [Description("The policy source of this rule.")]
    public string? Source { get; set; }
}

[Description("An energy-use quota cut for one tier.")]
internal sealed class QuotaCutDto
{
    [Description("Rule id, unique within the schedule.")]
    public required string Id { get; set; }

    [Description("The tier: a, b, c, d, t or ungraded_as_b; with tier_set, one of its codes (or t, ungraded_as_b).")]
    public required string Tier { get; set; }

    [Description("The cut in percent, in [0, 100].")]
    public required double Percent { get; set; }

    [Description("The policy source of this rule.")]
    public string? Source { get; set; }
}

[Description("A free-form policy line for one tier.")]
internal sealed class PolicyNoteDto
{
    [Description("Rule id, unique within the schedule.")]
    public required string Id { get; set; }

    [Description("The tier: a, b, c, d, t or ungraded_as_b; with tier_set, one of its codes (or t, ungraded_as_b).")]
    public required string Tier { get; set; }

    [Description("The line in Chinese, e.g. 优先保障用地、用能.")]
    public required string Chinese { get; set; }

    [Description("The line in English, e.g. priority for land and energy.")]
    public required string English { get; set; }
}

[Description("A policy document a profile takes figures from.")]
internal sealed class SourceDto
{
    [Description("The document: its 文号 (e.g. 浙政发〔2018〕5号) or title.")]
    public required string Document { get; set; }

    [Description("Where it was published.")]
    public string? Url { get; set; }

    [Description("What was taken from it.")]
    public string? What { get; set; }
}

[Description("A header alias: the export's header, the measure it holds and the unit of its values.")]
internal sealed class ColumnDto
{
    [Description("The header as the export writes it, e.g. rd_expense. It must not be a header the readers already know (a measure's id, Chinese or English name or alias, or a field such as id or 企业名称).")]
    public required string Header { get; set; }

    [Description("The measure the column holds: a built-in measure id (KnownMeasures) or one of custom_measures. At most one alias per measure.")]
    public required string Measure { get; set; }

    [Description("The unit of the column's values when the header names none (a header suffix such as (万元) wins), e.g. 元, 千元, 万元, 亿元 for money, 亩, ㎡, 公顷 for land; converted on reading to the measure's unit. Must measure what the measure measures. Default: currency_unit for money, area_unit for land, else the measure's unit.")]
    public string? Unit { get; set; }
}

[Description("A number or choice that is an assumption, not published policy.")]
internal sealed class AssumptionDto
{
    [Description("JSON path into the resolved profile, e.g. $.pools[0].indicators[0].weight.")]
    public required string Path { get; set; }

    [Description("Why it was assumed.")]
    public required string Note { get; set; }
}

[Description("A condition on a firm; every part that is set must hold.")]
internal sealed class ConditionDto
{
    [Description("above_designated_size (规上) or below_designated_size (规下).")]
    public SizeClass? SizeClass { get; set; }

    [Description("Lower bound of evaluated land (亩).")]
    public double? MinLand { get; set; }

    [Description("Whether min_land is in the band (含). Default true.")]
    public bool? MinLandInclusive { get; set; }

    [Description("Upper bound of evaluated land (亩).")]
    public double? MaxLand { get; set; }

    [Description("Whether max_land is in the band. Default false.")]
    public bool? MaxLandInclusive { get; set; }

    [Description("GB/T 4754 industry code prefixes, e.g. D44 (a leading section letter is optional).")]
    public List<string>? IndustryPrefixes { get; set; }

    [Description("GB/T 4754 industry codes matched exactly, e.g. C2611 (a leading section letter is optional).")]
    public List<string>? IndustryCodes { get; set; }

    [Description("Tags the firm must all carry.")]
    public List<string>? RequiredTags { get; set; }

    [Description("Tags of which the firm must carry at least one.")]
    public List<string>? AnyTags { get; set; }

    [Description("Measures that must be reported and > the value (超过/高于).")]
    public Dictionary<string, double>? MeasureGreaterThan { get; set; }

    [Description("Measures that must be reported and ≥ the value (以上(含)/不低于).")]
    public Dictionary<string, double>? MeasureGreaterOrEqual { get; set; }

    [Description("Measures that must be reported and < the value (低于/不足/以下(不含)).")]
    public Dictionary<string, double>? MeasureLessThan { get; set; }

    [Description("Measures that must be reported and ≤ the value (以下(含)/不超过).")]
    public Dictionary<string, double>? MeasureLessOrEqual { get; set; }

    [Description("Alias of measure_greater_or_equal (≥).")]
    public Dictionary<string, double>? MeasureAtLeast { get; set; }

    [Description("Alias of measure_less_than (<).")]
    public Dictionary<string, double>? MeasureBelow { get; set; }

    [Description("Firms that started production fewer than this many years before the evaluation year.")]
    public int? StartedWithinYears { get; set; }

    [Description("Regions (exact match).")]
    public List<string>? Regions { get; set; }
}

[Description("An eligibility rule.")]
internal sealed class EligibilityDto
{
    [Description("snake_case id.")]
    public required string Id { get; set; }

    [Description("Label and reason shown on results, e.g. 公用事业企业不参评.")]
    public string? Label { get; set; }

    [Description("exempt, transition, collect_only, t_class or ungraded_as_b.")]
    public required EligibilityOutcome Outcome { get; set; }

    [Description("Which firms it applies to.")]
    public required ConditionDto When { get; set; }
}

/// <summary>The outcomes an eligibility rule may give (a subset of FirmStatus).</summary>
internal enum EligibilityOutcome
{
    Exempt,
    Transition,
    CollectOnly,
    TClass,
    UngradedAsB,
}

[Description("A pool: which firms it holds and how they are scored, ranked and tiered.")]
internal sealed class PoolDto
{
    [Description("snake_case id, unique in the profile.")]
    public required string Id { get; set; }

    [Description("Display name, e.g. 规上企业.")]
    public string? Name { get; set; }

    [Description("Which firms belong here. Default: all firms.")]
    public ConditionDto? Selector { get; set; }

    [Description("The indicators and how each is scored.")]
    public required List<IndicatorDto> Indicators { get; set; }

    [Description("How weights are formed. Default: fixed (each indicator's weight).")]
    public JsonObject? Weighting { get; set; }

    [Description("The points the weights add up to; fixed weights are rescaled to it when set.")]
    public double? TotalPoints { get; set; }

    [Description("How scores and weights become a total. Default: weighted_sum.")]
    public JsonObject? Aggregation { get; set; }

    [Description("Bonus and deduction rules.")]
    public AdjustmentsDto? Adjustments { get; set; }

    [Description("How equal totals are ranked: competition (default, 1224), dense (1223) or ordinal_by_id.")]
    public TiePolicy? Ties { get; set; }

    [Description("Within what group firms are ranked and tiered: pool (default), region or platform.")]
    public RankingScope? Scope { get; set; }

    [Description("How ranked firms become tiers; absent = ranked without tiers.")]
    public JsonObject? Tiering { get; set; }

    [Description("Limits after tiering: A ≤ x%, D ≥ y%.")]
    public LimitsDto? Limits { get; set; }
}

[Description("One indicator of a pool: a built-in or registered id, or a ratio defined here; its weight, scoring, benchmark and policies.")]
internal sealed class IndicatorDto
{
    [Description("Built-in id (tax_per_mu, value_added_per_mu, …), a registered name, or the id of the ratio defined by numerator/denominator or pollution_equivalents.")]
    public required string Id { get; set; }

    [Description("Defined indicators: Chinese name.")]
    public string? ChineseName { get; set; }

    [Description("Defined indicators: English name.")]
    public string? EnglishName { get; set; }

    [Description("Defined indicators: unit of the values.")]
    public string? Unit { get; set; }

    [Description("Defined indicators: higher_is_better (default) or lower_is_better.")]
    public Direction? Direction { get; set; }

    [Description("Defined indicators: numerator terms (Σ coefficient × measure; measure 'land' is the evaluated land area).")]
    public List<TermDto>? Numerator { get; set; }

    [Description("Defined indicators: denominator terms.")]
    public List<TermDto>? Denominator { get; set; }

    [Description("Defined indicators: multiplier of the ratio, e.g. 100 for a percentage. Default 1.")]
    public double? Scale { get; set; }

    [Description("Defined indicators: value added (or numerator) per pollution equivalent (Σ tonnes × 1000 / kg per equivalent).")]
    public PollutionEquivalentsDto? PollutionEquivalents { get; set; }

    [Description("Growth indicators (e.g. 亩均税收增速): the growth of another indicator against the same firm's prior-year value; chinese_name, english_name and direction may be given, unit and scale follow from the form.")]
    public GrowthDto? Growth { get; set; }

    [Description("Weight in points (e.g. 30). Required and > 0 unless the pool computes weights.")]
    public double? Weight { get; set; }

    [Description("Scoring method and options. Default: ratio_to_benchmark without cap.")]
    public JsonObject? Scoring { get; set; }

    [Description("Benchmark B, required by ratio_to_benchmark and inverse_benchmark.")]
    public JsonObject? Benchmark { get; set; }

    [Description("What a firm without a value scores. Default: zero.")]
    public MissingDto? Missing { get; set; }

    [Description("What to do with negative values: allow (default), clamp_to_zero or reject.")]
    public NegativeValuePolicy? Negative { get; set; }
}

[Description("The growth of an indicator against the same firm's prior-year value (from --prior results or a prior-year input).")]
internal sealed class GrowthDto
{
    [Description("The indicator that grows: a built-in or registered id (tax_per_mu, …) or an indicator listed earlier in the same pool.")]
    public required string Of { get; set; }

    [Description("rate (default): (this − prior) × 100 / prior, in %; percentage_points: this − prior, for a share.")]
    public GrowthForm? Form { get; set; }

    [Description("rate only: what a negative prior value gives: missing (default) or absolute (divide by |prior|). A prior value of 0 is always missing.")]
    public NegativePriorPolicy? NegativePrior { get; set; }
}

[Description("One term: coefficient × measure.")]
internal sealed class TermDto
{
    [Description("A measure id (tax, value_added, …, a custom measure) or 'land' for the evaluated land area.")]
    public required string Measure { get; set; }

    [Description("Multiplier. Default 1.")]
    public double? Coefficient { get; set; }

    [Description("How a blank cell in this term counts: missing (default: the indicator is missing) or zero (e.g. a pollutant not emitted; a sum whose every term is blank is still missing). Not for land.")]
    public BlankTermKind? Blank { get; set; }
}

/// <summary>How a blank cell in a term counts.</summary>
internal enum BlankTermKind
{
    Missing,
    Zero,
}

/// <summary>How a blank pollutant counts in a pollution-equivalent denominator.</summary>
internal enum BlankPollutantKind
{
    Missing,
    NotEmitted,
}

[Description("Pollution-equivalent denominator.")]
internal sealed class PollutionEquivalentsDto
{
    [Description("Numerator terms. Default: value_added.")]
    public List<TermDto>? Numerator { get; set; }

    [Description("Pollutants and kg per equivalent. Default: the statutory COD 1, NH₃-N 0.8, SO₂ 0.95, NOₓ 0.95 (环境保护税法 附表二/三).")]
    public List<PollutantDto>? Pollutants { get; set; }

    [Description("How a blank pollutant counts: missing (default: the indicator is missing) or not_emitted (counts 0; a firm with every pollutant blank is still missing). A reported 0 is always data.")]
    public BlankPollutantKind? BlankPollutant { get; set; }
}

[Description("A pollutant and its equivalent value.")]
internal sealed class PollutantDto
{
    [Description("The emission measure in tonnes, e.g. cod.")]
    public required string Measure { get; set; }

    [Description("kg per pollution equivalent (> 0).")]
    public required double KgPerEquivalent { get; set; }
}

[Description("Missing-value policy.")]
internal sealed class MissingDto
{
    [Description("zero, pool_average (the pool's average score on the indicator), fixed_score or exclude.")]
    public required MissingPolicyKind Policy { get; set; }

    [Description("fixed_score: the score given, e.g. -3.")]
    public double? Points { get; set; }
}

/// <summary>Missing-value policy names.</summary>
internal enum MissingPolicyKind
{
    Zero,
    PoolAverage,
    FixedScore,
    Exclude,
}

[Description("Bonus and deduction rules.")]
internal sealed class AdjustmentsDto
{
    [Description("The rules.")]
    public List<JsonObject>? Rules { get; set; }

    [Description("Per-category caps on the absolute value of a category's points.")]
    public Dictionary<string, double>? CategoryCaps { get; set; }
}

[Description("Tier limits.")]
internal sealed class LimitsDto
{
    [Description("At most this percent in A.")]
    public double? MaxAPercent { get; set; }

    [Description("At least this percent in D.")]
    public double? MinDPercent { get; set; }

    [Description("At most this percent in D, the bottom tier; the head count is rounded down (⌊5 % × N⌋) and the highest-scoring D firms move up to C. Not below min_d_percent.")]
    public double? MaxDPercent { get; set; }
}

[Description("A tier override.")]
internal sealed class OverrideDto
{
    [Description("snake_case id.")]
    public required string Id { get; set; }

    [Description("Display label, e.g. 发生重大安全事故.")]
    public string? Label { get; set; }

    [Description("force_a, cap_at_c, floor_at_c or force_d (the tier coded A, C or D); or cap_at (a veto: at most tier), floor_at (at least tier), place_in (directly in tier) or veto_place_in (directly in tier, as a veto), with tier.")]
    public required OverrideAction Action { get; set; }

    [Description("cap_at, floor_at, place_in and veto_place_in only: the code of the tier, e.g. B or A+ (a tier of tier_set).")]
    public string? Tier { get; set; }

    [Description("Which firms it applies to.")]
    public required ConditionDto When { get; set; }

    [Description("Vetoes only (cap_at_c, force_d, cap_at, veto_place_in): the eligibility outcomes whose firms the veto also reaches — such a firm keeps its status and gets the veto's tier (D, or C for a cap). Default: [\"transition\"] (new firms are not put in D, except on a veto); [] = rated firms only.")]
    public List<EligibilityOutcome>? AppliesToIneligible { get; set; }
}

[Description("One tier of a tier set.")]
internal sealed class TierDto
{
    [Description("The code results, reports and override actions use, e.g. A+ (unique ignoring case; not T or ungraded_as_b).")]
    public required string Code { get; set; }

    [Description("The label, e.g. A+类（优先发展类）. Default: the code followed by 类.")]
    public string? Label { get; set; }
}

[Description("Tier labels: set, or a–d (and optionally t, ungraded).")]
internal sealed class LabelsDto
{
    [Description("plain, development, transformation, regulation or support.")]
    public string? Set { get; set; }

    [Description("Label of A.")]
    public string? A { get; set; }

    [Description("Label of B.")]
    public string? B { get; set; }

    [Description("Label of C.")]
    public string? C { get; set; }

    [Description("Label of D.")]
    public string? D { get; set; }

    [Description("Label of T. Default 不适合评价类.")]
    public string? T { get; set; }

    [Description("Label of ungraded firms managed as B. Default 不定等级（参照B类管理）.")]
    public string? Ungraded { get; set; }
}
