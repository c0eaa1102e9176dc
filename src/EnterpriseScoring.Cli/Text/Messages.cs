using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Cli.Text.Localization;

namespace EnterpriseScoring.Cli.Text;

/// <summary>
/// The messages <c>escore</c> composes — errors, warnings, progress and the lines of its reports on stdout — in English
/// and Chinese, each pair in one place (<see cref="Localization.Pick"/> chooses by the run's language). Numbers are
/// formatted invariantly in both. Texts that come from the library (already bilingual where they explain a result) are
/// passed through as they are.
/// </summary>
internal static partial class Messages
{
    /// <summary>An unknown <c>--lang</c> value: in both languages, since which one the user reads is what is unknown.</summary>
    public static string UnknownLanguage(string value) =>
        $"--lang must be zh (中文) or en (English), got '{value}'. / --lang 只能是 zh（中文）或 en（English），不能是 '{value}'。";

    /// <summary>A parse error (one line for all of them).</summary>
    public static string UsageError(string errors) =>
        Pick($"{errors} (see '{EscoreApplication.ToolName} --help')", $"{errors}（见 '{EscoreApplication.ToolName} --help'）");

    /// <summary>A parse error of System.CommandLine in the run's language.</summary>
    public static string ParseError(string message) => IsChinese ? ParseErrorText.ToChinese(message) : message;

    /// <summary>A signal that arrived after the run began to publish.</summary>
    public static string SignalTooLate(string signal) =>
        Pick($"{signal} arrived too late to cancel the run (its results were being published): it completed",
            $"{signal} 到达时结果已在发布，无法取消：本次运行已完成");

    /// <summary>A run cancelled by a signal.</summary>
    public static string Cancelled(string signal) =>
        Pick($"cancelled by {signal}: nothing was published — the output directory (--out) and the results database are unchanged, and the run's temporary files were removed",
            $"已被 {signal} 取消：未发布任何结果——输出目录（--out）和结果数据库均未改动，本次运行的临时文件已删除");

    /// <summary>The summary line of an invalid profile (each problem follows on its own line).</summary>
    public static string InvalidProfile(int problems) =>
        Pick(Invariant($"invalid profile: {problems} problem{(problems == 1 ? string.Empty : "s")}"), Invariant($"评价方案无效：{problems} 个问题"));

    /// <summary>The prefix of one profile problem.</summary>
    public static string ProfileProblem(string problem) => Pick("profile " + problem, "方案 " + problem);

    /// <summary>An input the reader could not read at all.</summary>
    public static string CannotReadInput(string detail) => Pick("cannot read the input: " + detail, "无法读取输入数据：" + detail);

    /// <summary>Corrections applied before evaluation.</summary>
    public static string CorrectionsApplied(int count, string file) =>
        Pick(Invariant($"{count} correction{(count == 1 ? string.Empty : "s")} from '{file}' applied before evaluation"), Invariant($"已应用 '{file}' 中的 {count} 条数据更正（评价前）"));

    /// <summary>Manual tier decisions applied after the rules and quotas.</summary>
    public static string AdjustmentsApplied(int count, string file) =>
        Pick(Invariant($"{count} manual tier decision{(count == 1 ? string.Empty : "s")} from '{file}' applied after the rules and quotas"), Invariant($"已应用 '{file}' 中的 {count} 条人工调档（规则和名额之后）"));

    /// <summary>One correction or tier decision that cannot be applied.</summary>
    public static string DecisionProblem(string option, string file, RowIssue problem) =>
        Pick(Invariant($"{option} '{file}' line {problem.Line}, id '{TextExcerpt.Of(problem.Id)}', column '{TextExcerpt.Of(problem.Column)}', value '{TextExcerpt.Of(problem.Value)}': {problem.Reason}"),
            Invariant($"{option} '{file}' 第 {problem.Line} 行，企业 '{TextExcerpt.Of(problem.Id)}'，列 '{TextExcerpt.Of(problem.Column)}'，值 '{TextExcerpt.Of(problem.Value)}'：{problem.Reason}"));

    /// <summary><c>validate --adjustments</c>: every decision can be applied.</summary>
    public static string AdjustmentsValid(int count, string file) =>
        Pick(Invariant($"--adjustments '{file}': {count} decision{(count == 1 ? string.Empty : "s")}, each can be applied to the evaluation"),
            Invariant($"--adjustments '{file}'：{count} 条调档，均可应用于评价结果"));

    /// <summary><c>validate --adjustments</c>: some decisions cannot be applied.</summary>
    public static string AdjustmentsInvalid(string file, int count) =>
        Pick(Invariant($"{count} row{(count == 1 ? string.Empty : "s")} of --adjustments '{file}' cannot be applied (listed above): score would fail and publish nothing; correct the file"),
            Invariant($"--adjustments '{file}' 中有 {count} 行无法应用（见上）：score 将失败且不发布结果；请改正该文件"));

    /// <summary>One applicable decision of <c>validate --adjustments</c>: initial tier → decided tier.</summary>
    public static string AdjustmentLine(int line, string id, string initialTier, string tier) =>
        Pick(Invariant($"  line {line}: {id} {initialTier} → {tier}"),
            Invariant($"  第 {line} 行：{id} {initialTier} → {tier}"));

    /// <summary><c>validate --events</c> without a scorecard profile.</summary>
    public static string EventsNeedScorecard => Pick(
        "--events needs --profile naming the scorecard profile (its event_classes are the classes the file may name).",
        "--events 需要同时用 --profile 给出考核方案（文件中的事件类别须是其 event_classes 之一）。");

    /// <summary><c>validate --events</c> with options that check the firm data.</summary>
    public static string EventsValidatedAlone => Pick(
        "--events checks the events file against the scorecard of --profile (and, with --input and --platforms, each event's platform): leave out --rejects, --corrections, --adjustments and --accept-missing (validate the firm data in a separate run).",
        "--events 对照 --profile 的考核方案检查事件文件（给出 --input 和 --platforms 时还检查每条事件的平台）：请不要同时给出 --rejects、--corrections、--adjustments 和 --accept-missing（企业数据请另行检查）。");

    /// <summary><c>validate --platforms</c> without <c>--events</c> and firm input.</summary>
    public static string PlatformsNeedEventsAndInput => Pick(
        "--platforms checks the platforms of an --events file: it needs --events, --profile (the scorecard) and --input (the firms, whose platform cells name platforms too).",
        "--platforms 用于检查 --events 文件中的平台：需要同时给出 --events、--profile（考核方案）和 --input（企业数据，其中所填平台也是平台）。");

    /// <summary><c>validate --events</c> without firm input: the platforms are not checked.</summary>
    public static string EventPlatformsNotChecked => Pick(
        "platforms not checked: give --input FIRMS (and --platforms REGISTER) to check each event's platform as the scorecard matches it",
        "未检查平台：给出 --input 企业数据（及 --platforms 平台名录）即可按考核时的方式检查每条事件的平台");

    /// <summary><c>validate --events --input</c>: every event of the year is on a scored platform.</summary>
    public static string EventPlatformsValid(int ofYear, int year, int firms, int platforms) =>
        Pick(Invariant($"platforms: each of the {ofYear} event(s) of {year} names a platform the scorecard counts it on ({firms} firm(s), {platforms} register platform(s))"),
            Invariant($"平台：{year} 年度的 {ofYear} 条事件均对应考核中计入的平台（企业 {firms} 家，名录平台 {platforms} 个）"));

    /// <summary><c>validate --events</c>: the scorecard profile is valid.</summary>
    public static string ScorecardValid(string id, string jurisdiction, int year, int eventClasses) =>
        Pick(Invariant($"scorecard {id} ({jurisdiction} {year}) is valid: {eventClasses} event class(es)"),
            Invariant($"考核方案 {id}（{jurisdiction} {year} 年度）有效：事件类别 {eventClasses} 个"));

    /// <summary><c>validate --events</c>: every row of the file can be read.</summary>
    public static string EventsValid(string file, int rows, int events, int ofYear, int year) =>
        Pick(Invariant($"--events '{file}': {rows} row(s), {events} event(s), each readable ({ofYear} of {year}; the others are not counted by the scorecard)"),
            Invariant($"--events '{file}'：{rows} 行，事件 {events} 条，均可读取（{year} 年度 {ofYear} 条，其他年度不计入考核）"));

    /// <summary><c>validate --adjustments</c> without <c>--profile</c>.</summary>
    public static string AdjustmentsNeedProfile => Pick(
        "--adjustments needs --profile (the decisions name tiers of the profile's tier set and apply to its evaluation).",
        "--adjustments 需要同时给出 --profile（调档使用方案分类集中的档次，并作用于该方案的评价结果）。");

    /// <summary><c>validate --corrections</c>: every row can be applied.</summary>
    public static string CorrectionsValid(int count, string file) =>
        Pick(Invariant($"--corrections '{file}': {count} correction{(count == 1 ? string.Empty : "s")}, each can be applied to the input"),
            Invariant($"--corrections '{file}'：{count} 条更正，均可应用于输入数据"));

    /// <summary>A value marked missing (before or after a correction).</summary>
    public static string MissingValue => Pick("missing", "缺失");

    /// <summary><c>validate --corrections</c>: rows that cannot be applied.</summary>
    public static string CorrectionsInvalid(string file, int count) =>
        Pick(Invariant($"{count} row{(count == 1 ? string.Empty : "s")} of --corrections '{file}' cannot be applied (listed above): score would fail and publish nothing; correct the file"),
            Invariant($"--corrections '{file}' 中有 {count} 行无法应用（见上）：score 将失败且不发布结果；请改正该文件"));

    /// <summary>One correction that <c>validate --corrections</c> found applicable.</summary>
    public static string CorrectionLine(int line, string id, string measure, string oldValue, string newValue, string unit) =>
        Pick(Invariant($"  line {line}: {id} {measure} {oldValue} → {newValue}{(unit.Length > 0 ? " " + unit : string.Empty)}"),
            Invariant($"  第 {line} 行：{id} {measure} {oldValue} → {newValue}{(unit.Length > 0 ? " " + unit : string.Empty)}"));

    /// <summary>The run fails because decisions cannot be applied.</summary>
    public static string DecisionsNotApplied(string option, string file, int count) =>
        Pick(Invariant($"{count} row{(count == 1 ? string.Empty : "s")} of {option} '{file}' cannot be applied (listed above): an official decision must not be lost, so nothing was published; correct the file and run again"),
            Invariant($"{option} '{file}' 中有 {count} 行无法应用（见上）：官方决定不能遗漏，因此未发布任何结果；请改正该文件后重新运行"));

    /// <summary>A database error.</summary>
    public static string DatabaseError(string detail) => Pick("database error: " + detail, "数据库错误：" + detail);

    /// <summary>A file that is not there.</summary>
    public static string FileNotFound(string file) => Pick($"file not found: {file}", $"文件不存在：{file}");

    /// <summary>An unexpected error (a bug): exit code 4.</summary>
    public static string UnexpectedError(string type, string message, bool verbose) =>
        Pick($"unexpected error: {type}: {message} {(verbose ? string.Empty : " (rerun with --verbose for details)")}",
            $"意外错误（程序缺陷，请报告）：{type}: {message}{(verbose ? string.Empty : "（加 --verbose 重新运行可看到详细信息）")}");

    /// <summary>The input file does not exist.</summary>
    public static string InputNotFound(string path) => Pick($"input file '{path}' not found", $"输入文件 '{path}' 不存在");

    /// <summary>The input is a directory.</summary>
    public static string InputIsDirectory(string path) => Pick($"input '{path}' is a directory, not a file", $"输入 '{path}' 是目录，不是文件");

    /// <summary>The SQLite database does not exist.</summary>
    public static string SqliteNotFound(string path) => Pick($"SQLite database '{path}' not found", $"SQLite 数据库 '{path}' 不存在");

    /// <summary>The progress line when reading starts.</summary>
    public static string Reading(string what) => Pick($"reading {what}", $"正在读取 {what}");

    /// <summary>What a database read reads.</summary>
    public static string Query(string kind) => Pick($"{kind} query", $"{kind} 查询");

    /// <summary>The summary of a read.</summary>
    public static string Read(int rows, string source, int loaded, int rejected, int warnings) =>
        Pick(Invariant($"read {rows:N0} rows from {source}: {loaded:N0} loaded, {rejected:N0} rejected, {warnings:N0} warnings"),
            Invariant($"从 {source} 读入 {rows:N0} 行：载入 {loaded:N0} 行，拒收 {rejected:N0} 行，警告 {warnings:N0} 条"));

    /// <summary>The time a stage took, after its summary.</summary>
    public static string Took(string summary, long milliseconds) =>
        Pick(Invariant($"{summary} in {milliseconds} ms"), Invariant($"{summary}，用时 {milliseconds} 毫秒"));

    /// <summary>The unit of a progress bar.</summary>
    public static string Unit(string unit) => unit switch
    {
        "rows" => Pick("rows", "行"),
        "firms" => Pick("firms", "家企业"),
        "files" => Pick("files", "个文件"),
        "draws" => Pick("draws", "次抽样"),
        _ => unit,
    };

    /// <summary>The profile a run uses.</summary>
    public static string ProfileInUse(string name, string jurisdiction, int year) =>
        Pick(Invariant($"profile {name} ({jurisdiction}, {year})"), Invariant($"评价方案 {name}（{jurisdiction}，{year} 年度）"));

    /// <summary>The progress line when the evaluation starts.</summary>
    public static string Evaluating => Pick("evaluating", "正在评价");

    /// <summary>The summary of the evaluation.</summary>
    public static string Evaluated(int firms, int pools) =>
        Pick(Invariant($"evaluated {firms:N0} firms in {pools} pools"), Invariant($"已评价 {firms:N0} 家企业，共 {pools} 个评价组"));

    /// <summary>The progress line when writing starts.</summary>
    public static string Writing(string directory) => Pick($"writing {directory}", $"正在写入 {directory}");

    /// <summary>The summary of writing the outputs.</summary>
    public static string Wrote(IEnumerable<string> files, string directory) =>
        Pick($"wrote {string.Join(", ", files)} to {directory}", $"已将 {string.Join("、", files)} 写入 {directory}");

    /// <summary>A pool's note (indicator or weighting).</summary>
    public static string PoolNote(string pool, string what, string note) => Pick($"pool {pool}, {what}: {note}", $"评价组 {pool}，{what}：{note}");

    /// <summary>"weights" in a pool note.</summary>
    public static string Weights => Pick("weights", "权重");

    /// <summary>Too many rows rejected on input: nothing published.</summary>
    public static string TooManyRejectsOnInput(int rejected, int rows, string limit, string outDir) =>
        Pick(Invariant($"{rejected} of {rows} rows rejected, more than --max-rejects {limit} allows: '{outDir}' left unchanged (see 'escore validate --rejects FILE')"),
            Invariant($"{rows} 行中拒收 {rejected} 行，超过 --max-rejects {limit} 的上限：'{outDir}' 未改动（用 'escore validate --rejects FILE' 查看拒收行）"));

    /// <summary>Too many rows rejected on input and by the evaluation: nothing published.</summary>
    public static string TooManyRejects(int rejected, int rows, int onInput, int byEvaluation, string limit, string outDir) =>
        Pick(Invariant($"{rejected} of {rows} rows rejected ({onInput} on input, {byEvaluation} by the evaluation), more than --max-rejects {limit} allows: '{outDir}' left unchanged"),
            Invariant($"{rows} 行中拒收 {rejected} 行（读入时 {onInput} 行，评价时 {byEvaluation} 行），超过 --max-rejects {limit} 的上限：'{outDir}' 未改动"));

    /// <summary>Where the rejected rows are, after a count.</summary>
    public static string SeeFile(string file) => Pick($" (see {file})", $"（见 {file}）");

    /// <summary>More rows rejected than <c>--max-rejects</c> allows.</summary>
    public static string RejectsBeyondLimit(int rejected, int rows, string limit, string where) =>
        Pick(Invariant($"{rejected} of {rows} rows rejected, more than --max-rejects {limit} allows{where}"),
            Invariant($"{rows} 行中拒收 {rejected} 行，超过 --max-rejects {limit} 的上限{where}"));

    /// <summary>Rows rejected within <c>--max-rejects</c>.</summary>
    public static string RejectsWithinLimit(int rejected, int rows, string limit, string where) =>
        Pick(Invariant($"{rejected} of {rows} rows rejected, within --max-rejects {limit}{where}"),
            Invariant($"{rows} 行中拒收 {rejected} 行，在 --max-rejects {limit} 限度内{where}"));

    /// <summary>The first rejected row, after the count of rejected rows.</summary>
    public static string FirstRejected(RowIssue issue) => Pick($"; first: {issue}", "；第一条：" + IssueLine(issue));

    /// <summary>
    /// One row issue as a line: in English <see cref="RowIssue.ToString"/>; in Chinese the same parts with the Chinese
    /// reason (<see cref="RowIssueText.Chinese(RowIssue)"/>), quoted values shortened alike.
    /// </summary>
    public static string IssueLine(RowIssue issue) => IsChinese
        ? Invariant($"第 {issue.Line} 行，编号 '{TextExcerpt.Of(issue.Id)}'，列 '{TextExcerpt.Of(issue.Column)}'，值 '{TextExcerpt.Of(issue.Value)}'：{TextExcerpt.Of(Reason(issue), TextExcerpt.DefaultMaxCellLength)}（{(issue.Severity == IssueSeverity.Error ? "拒收" : "警告")}）")
        : issue.ToString();

    /// <summary>The reason of <paramref name="issue"/> in the run's language.</summary>
    public static string Reason(RowIssue issue) => IsChinese ? RowIssueText.Chinese(issue) : issue.Reason;

    /// <summary>The issues with their reasons in the run's language (the same list in English): what rejects.csv is written from.</summary>
    public static IReadOnlyList<RowIssue> InLanguage(IReadOnlyList<RowIssue> issues) =>
        IsChinese ? [.. issues.Select(i => i with { Reason = RowIssueText.Chinese(i) })] : issues;

    /// <summary>The kind of an issue in a summary by reason.</summary>
    public static string Kind(RowIssueCode code) => IsChinese ? $"{RowIssueText.Chinese(code)} ({code})" : code.ToString();

    /// <summary>The closing line of <c>score</c>.</summary>
    public static string ScoreSummary(int rows, int rated, int notRated, int rejected, string outDir) =>
        Pick(Invariant($"{rows} rows: {rated} rated, {notRated} not rated, {rejected} rejected. Results in {outDir}"),
            Invariant($"共 {rows} 行：参评 {rated} 家，未评价 {notRated} 家，拒收 {rejected} 行。结果在 {outDir}"));

    /// <summary>The tier table's header.</summary>
    /// <param name="codes">The codes of the profile's tier set, best first (A, B, C, D unless it has its own).</param>
    public static string[] TierTableHeader(IEnumerable<string> codes) => IsChinese
        ? ["评价组", "企业数", .. codes, "T", "未分档", "无分类"]
        : ["pool", "firms", .. codes, "T", "ungraded", "no tier"];

    /// <summary>The tier table's row of firms in no pool.</summary>
    public static string NoPool => Pick("(no pool)", "（无评价组）");

    /// <summary>The tier table's total row.</summary>
    public static string Total => Pick("total", "合计");

    /// <summary>Rows written to the results database.</summary>
    public static string WroteDatabase(int rows, string provider, string table, string scope, int year, string runId, int replaced) =>
        Pick(Invariant($"wrote {rows} firms to {provider} table {table}, scope '{scope}', {year} (run {runId}; {replaced} rows of earlier runs replaced)"),
            Invariant($"已将 {rows} 家企业写入 {provider} 表 {table}，范围 '{scope}'，{year} 年度（运行 {runId}；替换往次运行的 {replaced} 行）"));

    /// <summary><c>validate</c>: the rejections written.</summary>
    public static string WroteRejections(int count, string path) =>
        Pick(Invariant($"wrote {count} rejections to {path}"), Invariant($"已将 {count} 条拒收记录写入 {path}"));

    /// <summary>A label of <c>validate</c>'s summary, padded to 12 display columns (CJK characters count double).</summary>
    public static string Label(string english, string chinese)
    {
        var label = Pick(english, chinese + "：");
        return label + new string(' ', Math.Max(1, 12 - Commands.ValidateCommand.DisplayWidth(label)));
    }

    /// <summary><c>validate</c>'s summary: how a column was read.</summary>
    public static string RoleName(ColumnRole role) => role switch
    {
        ColumnRole.Field => Pick("field", "字段"),
        ColumnRole.Measure => Pick("measure", "数据项"),
        ColumnRole.CustomMeasure => Pick("custom measure", "自定义数据项"),
        ColumnRole.Tag => Pick("tag", "标记"),
        ColumnRole.TagList => Pick("tag list", "标记列表"),
        _ => Pick("ignored", "忽略"),
    };

    /// <summary><c>validate --profile</c>: the profile is valid.</summary>
    public static string ProfileValid(string name, string jurisdiction, int year) =>
        Pick(Invariant($"Profile:    {name} (valid; {jurisdiction}, {year})"), Invariant($"{Label("Profile:", "评价方案")}{name}（有效；{jurisdiction}，{year} 年度）"));

    /// <summary><c>validate</c>'s summary: the input.</summary>
    public static string SummaryInput(string source, string kind) => $"{Label("Input:", "输入")}{source} ({kind})";

    /// <summary><c>validate</c>'s summary: the rows read.</summary>
    public static string SummaryRowsRead(int rows, int blank) =>
        Label("Rows read:", "读入行数") + Pick(Invariant($"{rows:N0} ({blank:N0} blank rows skipped)"), Invariant($"{rows:N0}（跳过空行 {blank:N0} 行）"));

    /// <summary><c>validate</c>'s summary: the firms loaded.</summary>
    public static string SummaryLoaded(int loaded) => Label("Loaded:", "载入") + Invariant($"{loaded:N0}");

    /// <summary><c>validate</c>'s summary: the rows rejected.</summary>
    public static string SummaryRejected(int rows, int problems) =>
        Label("Rejected:", "拒收") + Pick(Invariant($"{rows:N0} rows ({problems:N0} problems)"), Invariant($"{rows:N0} 行（{problems:N0} 个问题）"));

    /// <summary><c>validate</c>'s summary: the warnings.</summary>
    public static string SummaryWarnings(int warnings) => Label("Warnings:", "警告") + Invariant($"{warnings:N0}");

    /// <summary><c>validate</c>'s summary: the columns.</summary>
    public static string SummaryColumns(int mapped, int ignored) =>
        Label("Columns:", "列") + Pick(Invariant($"{mapped} mapped, {ignored} ignored"), Invariant($"识别 {mapped} 列，忽略 {ignored} 列"));

    /// <summary><c>validate</c>'s summary: the ignored columns.</summary>
    public static string SummaryIgnored(string columns) => Label("Ignored:", "忽略的列") + columns;

    /// <summary><c>validate</c>'s summary: no ignored column.</summary>
    public static string None => Pick("(none)", "（无）");

    /// <summary><c>validate</c>'s summary: the heading of the rejections by reason.</summary>
    public static string RejectionsByReason => Pick("Rejections by reason:", "拒收原因统计：");

    /// <summary><c>validate</c>'s summary: the heading of the first rejections.</summary>
    public static string FirstRejections(int count) => Pick(Invariant($"First {count} rejections:"), Invariant($"前 {count} 条拒收："));

    /// <summary><c>validate</c>'s summary: the heading of the first warnings.</summary>
    public static string FirstWarnings(int count) => Pick(Invariant($"First {count} warnings:"), Invariant($"前 {count} 条警告："));

    /// <summary><c>explain</c>: a firm rejected on input.</summary>
    public static string RejectedOnInput(string id) => Pick($"{id}: rejected on input:", $"{id}：读入时被拒收：");

    /// <summary><c>explain</c>: the heading of the columns a header alias (the profile's <c>columns</c>) mapped.</summary>
    public static string AliasedColumns => Pick("Columns read through the profile's header aliases (columns):", "按方案的列名映射（columns）读取的列：");

    /// <summary><c>explain</c>: an id not in the input.</summary>
    public static string NoSuchFirm(string id) => Pick($"no firm with id '{id}' in the input", $"输入数据中没有代码为 '{id}' 的企业");

    /// <summary><c>profiles list</c>: the table's header.</summary>
    public static string[] ProfileListHeader => IsChinese ? ["名称", "地区", "年度", "继承自"] : ["name", "jurisdiction", "year", "extends"];

    /// <summary><c>profiles list</c>: the scorecards' heading.</summary>
    public static string ScorecardListHeading => Pick(
        "built-in platform scorecards (escore scorecard --profile NAME; docs/scorecard.md):",
        "内置平台考核方案（escore scorecard --profile NAME；docs/scorecard.md）：");

    /// <summary><c>profiles list</c>: the scorecards' header.</summary>
    public static string[] ScorecardListHeader => IsChinese ? ["名称", "地区", "年度", "企业评价方案"] : ["name", "jurisdiction", "year", "firm profile"];

    /// <summary><c>profiles validate</c>: the profile is valid.</summary>
    public static string ProfileValidLine(string name, string jurisdiction, int year, int pools, string sha256) =>
        Pick(Invariant($"{name}: valid ({jurisdiction}, {year}; {pools} pools; sha256 {sha256})"),
            Invariant($"{name}：有效（{jurisdiction}，{year} 年度；{pools} 个评价组；sha256 {sha256}）"));

    /// <summary><c>sample</c>: the file written.</summary>
    public static string SampleWritten(int firms, int above, ulong seed, int year, string path, long milliseconds) =>
        Pick(Invariant($"Wrote {firms} firms ({above} 规上, {firms - above} 规下; seed {seed}, year {year}) to {path} in {milliseconds} ms."),
            Invariant($"已将 {firms} 家企业（规上 {above} 家，规下 {firms - above} 家；种子 {seed}，{year} 年度）写入 {path}，用时 {milliseconds} 毫秒。"));

    /// <summary><c>sample --platforms</c>: the register written.</summary>
    public static string SampleRegisterWritten(int platforms, string path) =>
        Pick(Invariant($"Wrote the platform register ({platforms} platforms) to {path}."),
            Invariant($"已将平台名录（{platforms} 个平台）写入 {path}。"));

    /// <summary><c>sample</c>: <c>--platforms</c> names the <c>--out</c> file.</summary>
    public static string SamplePlatformsSameFile(string path) =>
        Pick($"--platforms and --out name the same file '{path}'.", $"--platforms 与 --out 指向同一个文件 '{path}'。");

    /// <summary>An option value out of its range.</summary>
    public static string OutOfRange(string option, string range, string value) =>
        Pick($"{option} must be in {range}, got {value}.", $"{option} 须在 {range} 之间，实际为 {value}。");

    /// <summary>A limit option that is not positive.</summary>
    public static string NotPositive(string option, int value) =>
        Pick(Invariant($"{option} must be a positive number, got {value}."), Invariant($"{option} 须为正数，实际为 {value}。"));

    /// <summary><c>--max-rejects</c> unparsable.</summary>
    public static string BadMaxRejects(string text) =>
        Pick($"--max-rejects must be a count ≥ 0 or a percentage 0%…100%, got '{text}'.", $"--max-rejects 须为 ≥ 0 的行数或 0%…100% 的百分比，实际为 '{text}'。");

    /// <summary><c>--rejects-exit-code</c> not 0 or 1.</summary>
    public static string BadRejectsExitCode(string text) =>
        Pick($"--rejects-exit-code must be 0 or 1, got '{text}'.", $"--rejects-exit-code 只能是 0 或 1，实际为 '{text}'。");

    /// <summary><c>--accept-missing</c> with a bad id.</summary>
    public static string BadAcceptMissing(string part) =>
        Pick($"--accept-missing takes measure ids separated by commas (e.g. cod,nox), got '{part}'.", $"--accept-missing 应为逗号分隔的数据项代码（如 cod,nox），实际为 '{part}'。");

    /// <summary><c>--accept-missing</c> without <c>--profile</c>.</summary>
    public static string AcceptMissingNeedsProfile => Pick("--accept-missing needs --profile.", "--accept-missing 需要同时给出 --profile。");

    /// <summary><c>--accept-missing</c> of a measure the profile does not read.</summary>
    public static string AcceptMissingUnread(string id, string reads) =>
        Pick($"--accept-missing {id}: the profile does not read '{id}', nothing to accept (it reads {reads})", $"--accept-missing {id}：方案不读取 '{id}'，无需接受（方案读取 {reads}）");

    /// <summary>How to fix a measure the input lacks.</summary>
    public static string MissingMeasureRemedy(string ids, string quoted) =>
        Pick($"Rename or add the column (or map it with a header alias), or accept it as missing with --accept-missing {ids} (or \"accept_missing_measures\": [{quoted}] in the profile).",
            $"请重命名或补充该列（或用表头别名映射），或用 --accept-missing {ids} 接受其缺失（或在方案中写 \"accept_missing_measures\": [{quoted}]）。");

    /// <summary>No input given.</summary>
    public static string NoInput => Pick("Give the firms with --input FILE, or --db-provider with --connection and --query.", "请用 --input FILE 给出企业数据，或用 --db-provider 配合 --connection 和 --query。");

    /// <summary><c>--connection</c>/<c>--query</c> without a provider.</summary>
    public static string ConnectionNeedsProvider => Pick("--connection and --query need --db-provider.", "--connection 和 --query 需要同时给出 --db-provider。");

    /// <summary><c>--sheet</c> for a non-xlsx input.</summary>
    public static string SheetOnlyXlsx => Pick("--sheet applies only to an .xlsx input.", "--sheet 只适用于 .xlsx 输入。");

    /// <summary>Both a file and a database.</summary>
    public static string InputOrDatabase => Pick("Give either --input or --db-provider, not both.", "--input 和 --db-provider 只能给出其一。");

    /// <summary>A provider without connection or query.</summary>
    public static string ProviderNeedsConnection => Pick("--db-provider needs --connection and --query.", "--db-provider 需要同时给出 --connection 和 --query。");

    /// <summary>An unknown <c>--encoding</c>.</summary>
    public static string BadEncoding(string encoding) =>
        Pick($"--encoding must be auto, utf-8, gb18030, big5, utf-16le, utf-16be or another encoding name, got '{encoding}'.",
            $"--encoding 须为 auto、utf-8、gb18030、big5、utf-16le、utf-16be 或其他编码名，实际为 '{encoding}'。");

    /// <summary><c>--decimals</c> out of range.</summary>
    public static string BadDecimals => Pick("--decimals must be between 0 and 10.", "--decimals 须在 0 到 10 之间。");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
