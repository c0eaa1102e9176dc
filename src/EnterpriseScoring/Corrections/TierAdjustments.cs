using System.Collections.Frozen;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Corrections;

/// <summary>
/// A tier adjustments file (调档): manual decisions that place rated firms in a tier after every rule and quota — published
/// counts show A above its quota where firms were placed there directly. <see cref="ApplyTo"/> keeps the tier the rules
/// gave as the initial tier (初评, <see cref="FirmResult.InitialTier"/>) and makes the decided tier the firm's tier
/// (<see cref="FirmResult.Tier"/>, tier counts, results), its tier reason saying who decided, when and why.
/// A decision may also take a rated firm out of the graded levels — to T (不适合评价类) or to ungraded, managed as B
/// (不定等级，参照B类管理): the firm stays rated (<see cref="FirmStatus.Rated"/>, its score and rank kept, as evaluated)
/// with that tier. Decisions are applied after quotas and never move another firm: the firm placed outside the levels keeps
/// its place in its pool's ranking, so no other firm's tier is recomputed (a quota filled by the rules stays as published).
/// </summary>
/// <remarks>
/// <para>Read with the firm reader's rules (UTF-8 or GB18030; <see cref="FirmCsvReader"/>). Columns, Chinese headers
/// accepted: <c>id</c> (统一社会信用代码), <c>tier</c> (档次: a code of the profile's tier set, <c>A</c>–<c>D</c> by default,
/// <c>T</c>, <c>ungraded_as_b</c>; code + 类 such as <c>A类</c> or <c>T类</c>; the profile's tier label such as 优先发展类 or
/// 不适合评价类; <c>参照B类</c> or <c>不定等级</c> for ungraded-as-B), <c>reason</c> (原因), <c>approved_by</c> (审批人) required; <c>date</c> (日期) optional.</para>
/// <para>Nothing is dropped: a row with no id, reason or approver, a bad date, a tier that is none of those, an unknown firm, a firm
/// that is not rated in a tier (exempt, rejected, not pooled, a pool without tiers), a second decision for one firm, is a
/// problem with its line, column, value and reason. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TierAdjustments
{
    /// <summary>The canonical column names: <c>id</c>, <c>tier</c>, <c>reason</c>, <c>approved_by</c>, <c>date</c> (optional).</summary>
    public static IReadOnlyList<string> Columns { get; } = ValueList<string>.Own([DecisionFile.IdColumn, TierColumn, ReasonColumn, ApproverColumn, DateColumn]);

    private const string TierColumn = "tier";
    private const string ReasonColumn = "reason";
    private const string ApproverColumn = "approved_by";
    private const string DateColumn = "date";
    private const string What = "tier adjustments file 调档文件";

    /// <summary>Short names of <see cref="Tier.UngradedAsB"/> besides its code and label, as decisions write them.</summary>
    private static readonly string[] UngradedSpellings = ["参照B类", "参照B类管理", "不定等级", "不定等级，参照B类管理", "不定等级(参照B类管理)", "不定等级（参照B类管理）", "ungraded"];

    private static readonly string[] Required = [DecisionFile.IdColumn, TierColumn, ReasonColumn, ApproverColumn];

    private static readonly FrozenDictionary<string, string> Aliases = DecisionFile.Aliases(
        DecisionFile.IdSpellings,
        [TierColumn, "档次", "调整后档次", "调档后", "调档后档次", "类别", "分类", "等级", "new_tier", "adjusted_tier"],
        DecisionFile.ReasonSpellings,
        DecisionFile.ApproverSpellings,
        DecisionFile.DateSpellings);

    private readonly IReadOnlyList<(int Line, string Id, string TierText, string Reason, string ApprovedBy, DateOnly? Date)> rows;

    private TierAdjustments(IReadOnlyList<(int, string, string, string, string, DateOnly?)> rows, IReadOnlyList<RowIssue> problems, IReadOnlyList<RowIssue> warnings, string sha256)
    {
        this.rows = rows;
        Problems = ReadOnlyCopy.List(problems)!;
        Warnings = ReadOnlyCopy.List(warnings)!;
        Sha256 = sha256;
    }

    /// <summary>The number of decisions read (rows without a reading problem).</summary>
    public int Count => rows.Count;

    /// <summary>The rows that could not be read, with line, column, value and reason.</summary>
    public IReadOnlyList<RowIssue> Problems { get; }

    /// <summary>Warnings: columns that were ignored.</summary>
    public IReadOnlyList<RowIssue> Warnings { get; }

    /// <summary>The SHA-256 of the bytes read, lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>Reads the tier adjustments file at <paramref name="path"/> (CSV).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <exception cref="FirmDataException">The file cannot be read as tier adjustments: no header, a required column missing, two columns with one meaning, a workbook.</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read.</exception>
    public static TierAdjustments Read(string path, FirmCsvReaderOptions? options = null) =>
        Of(DecisionFile.Read(path, options, What, Aliases, Required));

    /// <summary>Reads tier adjustments from a CSV <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">Encoding, delimiter and limits (as for firms); <see langword="null"/> for the defaults.</param>
    /// <exception cref="FirmDataException">The input cannot be read as tier adjustments.</exception>
    public static TierAdjustments ReadCsv(Stream stream, FirmCsvReaderOptions? options = null) =>
        Of(DecisionFile.ReadStream(stream, options, What, Aliases, Required));

    /// <summary>
    /// Applies the decisions to <paramref name="evaluation"/> after its rules and quotas: each decided firm's tier becomes
    /// the decided one, its initial tier is kept, and its tier reason and explanation state the decision.
    /// </summary>
    /// <param name="evaluation">The evaluation (its tiers are the initial tiers).</param>
    /// <returns>The adjusted evaluation, the decisions applied and every decision that could not be applied.</returns>
    public TierAdjustmentResult ApplyTo(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var problems = new List<RowIssue>(Problems);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var applied = new List<AppliedTierAdjustment>();
        var byRow = new Dictionary<int, AppliedTierAdjustment>();
        var labels = evaluation.Profile.Labels;
        var set = evaluation.Profile.Tiers;
        foreach (var (line, id, tierText, reason, approvedBy, date) in rows)
        {
            void Problem(string column, string value, RowIssueCode code, string why) =>
                problems.Add(new RowIssue(line, id, column, value, code, why, IssueSeverity.Error));

            if (!firstLine.TryAdd(id, line))
            {
                Problem(DecisionFile.IdColumn, id, RowIssueCode.DuplicateId, $"重复调档 a second decision for this firm, first on line {firstLine[id]}: keep one");
                continue;
            }

            if (!TryParseTier(tierText, set, labels, out var tier))
            {
                Problem(TierColumn, tierText, RowIssueCode.InvalidValue, $"不是档次 not a tier: {string.Join(", ", set.Codes)}, T (不适合评价类 not graded) or ungraded_as_b (参照B类 ungraded, managed as B) ({set.Codes[0]}类 …, or a label: {string.Join(", ", set.AllTiers.Select(labels.Of))})");
                continue;
            }

            if (evaluation.Find(id) is not { } firm)
            {
                Problem(DecisionFile.IdColumn, id, RowIssueCode.InvalidReference, "评价结果中没有该企业 no firm of the evaluation has this id");
                continue;
            }

            if (firm.Status != FirmStatus.Rated || evaluation.InitialTierOf(firm.Row) is not { } initial)
            {
                Problem(DecisionFile.IdColumn, id, RowIssueCode.InvalidReference, $"该企业未参评分档 the firm is not rated in a tier (status {ResultsCsvFormat.StatusCode(firm.Status)}{(firm.Status == FirmStatus.Rated ? ", its pool has no tiers" : string.Empty)}): only a rated firm's tier can be adjusted");
                continue;
            }

            var decision = new AppliedTierAdjustment(new TierAdjustment(line, id, tier, reason, approvedBy, date), initial);
            applied.Add(decision);
            byRow[firm.Row] = decision;
        }

        var adjusted = applied.Count == 0 ? evaluation : evaluation.WithTierAdjustments(applied, byRow);
        return new TierAdjustmentResult(adjusted, applied, [.. problems.OrderBy(p => p.Line)]);
    }

    /// <summary>
    /// A tier by code (<c>A</c>, <c>A+</c>, <c>T</c>, <c>ungraded_as_b</c>; ignoring case), code + 类 (<c>A类</c>, <c>T类</c>),
    /// the profile's label (优先发展类, 不适合评价类, 不定等级（参照B类管理）) or the short names of ungraded-as-B
    /// (<c>参照B类</c>, <c>不定等级</c>): any tier of <see cref="TierSet.AllTiers"/>.
    /// </summary>
    private static bool TryParseTier(string text, TierSet set, TierLabels labels, out Tier tier)
    {
        var code = text.Trim();
        tier = default;
        if (code.Length == 0)
        {
            return false;
        }

        if ((set.TryParse(code, out var parsed) || (code.Length > 1 && code.EndsWith('类') && set.TryParse(code[..^1], out parsed))) && parsed is { } own)
        {
            tier = own;
            return true;
        }

        foreach (var candidate in set.AllTiers)
        {
            if (string.Equals(labels.Of(candidate), code, StringComparison.Ordinal))
            {
                tier = candidate;
                return true;
            }
        }

        if (UngradedSpellings.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            tier = Tier.UngradedAsB;
            return true;
        }

        return false;
    }

    private static TierAdjustments Of(DecisionFile.Contents contents)
    {
        var read = new List<(int, string, string, string, string, DateOnly?)>();
        var problems = new List<RowIssue>(contents.Problems);
        foreach (var row in contents.Rows)
        {
            var id = row[DecisionFile.IdColumn];
            var before = problems.Count;
            void Problem(string column, string value, RowIssueCode code, string reason) =>
                problems.Add(new RowIssue(row.Line, id, row.HeaderOf(column), value, code, reason, IssueSeverity.Error));

            if (id.Length == 0)
            {
                Problem(DecisionFile.IdColumn, id, RowIssueCode.MissingId, "缺少企业代码 no firm id");
            }

            if (row[ReasonColumn].Length == 0)
            {
                Problem(ReasonColumn, string.Empty, RowIssueCode.InvalidValue, "缺少调档原因 no reason: a manual tier decision states why");
            }

            if (row[ApproverColumn].Length == 0)
            {
                Problem(ApproverColumn, string.Empty, RowIssueCode.InvalidValue, "缺少审批人 no approver: a manual tier decision states who decided");
            }

            DateOnly? date = null;
            if (row[DateColumn].Length > 0)
            {
                if (CellDate.TryParse(row[DateColumn], out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    Problem(DateColumn, row[DateColumn], RowIssueCode.InvalidValue, CellDate.NotADate);
                }
            }

            if (problems.Count == before)
            {
                read.Add((row.Line, id, row[TierColumn], row[ReasonColumn], row[ApproverColumn], date));
            }
        }

        return new TierAdjustments(read, problems, contents.Warnings, contents.Sha256);
    }
}
