using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Cli.Text.Localization;

namespace EnterpriseScoring.Cli.Text;

/// <summary>The messages about output directories, earlier results, databases and the commands besides <c>score</c> and <c>validate</c>.</summary>
internal static partial class Messages
{
    /// <summary>The advice after a refused <c>--out</c> that is (or holds) a place of its own.</summary>
    private static string OwnDirectory => Pick(
        "a run replaces its output directory as a whole; choose a directory of its own, e.g. results/2025",
        "每次运行会整体替换输出目录；请为结果另选一个专用目录，如 results/2025");

    /// <summary><c>--out</c> is the root of the file system.</summary>
    public static string OutIsRoot(string target) => Pick($"--out '{target}' is the root of the file system: {OwnDirectory}", $"--out '{target}' 是文件系统的根目录：{OwnDirectory}");

    /// <summary><c>--out</c> is or contains a protected place.</summary>
    public static string OutContains(string target, string place) => Pick($"--out '{target}' is (or contains) {place}: {OwnDirectory}", $"--out '{target}' 是（或包含）{place}：{OwnDirectory}");

    /// <summary>The current directory, as a protected place.</summary>
    public static string CurrentDirectory => Pick("the current directory", "当前目录");

    /// <summary>The home directory, as a protected place.</summary>
    public static string HomeDirectory => Pick("the home directory", "用户主目录");

    /// <summary>An input inside <c>--out</c>.</summary>
    public static string InputInsideOut(string what, string path, string target) =>
        Pick($"{what} '{path}' lies inside --out '{target}', which a run replaces as a whole: write the outputs to another directory",
            $"{what} '{path}' 位于 --out '{target}' 之内，而每次运行会整体替换该目录：请把结果写到其他目录");

    /// <summary><c>--out</c> cannot be listed.</summary>
    public static string CannotListOut(string target, string detail) => Pick($"cannot list --out '{target}': {detail}", $"无法列出 --out '{target}' 的内容：{detail}");

    /// <summary>"and N more" after a list of files.</summary>
    public static string AndMore(int count) => Pick(Invariant($" and {count} more"), Invariant($" 等另外 {count} 个"));

    /// <summary><c>--out</c> holds files escore did not write.</summary>
    public static string OutHasForeignFiles(string target, string shown) =>
        Pick($"--out '{target}' holds files escore did not write ({shown}): a run replaces its output directory as a whole, so it only replaces an empty directory or an earlier escore output; choose another --out or move them away",
            $"--out '{target}' 中有不是 escore 写出的文件（{shown}）：每次运行会整体替换输出目录，所以只替换空目录或以前的 escore 输出；请另选 --out，或把这些文件移走");

    /// <summary><c>--out</c> is not empty and not an escore output.</summary>
    public static string OutNotEscore(string target) =>
        Pick($"--out '{target}' is not empty and has no run.json written by escore: a run replaces its output directory as a whole, so it only replaces an empty directory or an earlier escore output; choose another --out",
            $"--out '{target}' 不是空目录，也没有 escore 写出的 run.json：每次运行会整体替换输出目录，所以只替换空目录或以前的 escore 输出；请另选 --out");

    /// <summary>Another run holds the lock of <c>--out</c>.</summary>
    public static string OutBusy(string? holder, string target, string path) =>
        Pick($"{(holder is null ? "another escore run" : $"another escore run ({holder})")} is writing to --out '{target}' (it holds the lock '{path}'): two runs must not replace one output directory; wait for it to finish, or choose another --out",
            $"另一个 escore 运行{(holder is null ? string.Empty : $"（{holder}）")}正在写 --out '{target}'（持有锁文件 '{path}'）：两个运行不能替换同一个输出目录；请等它结束，或另选 --out");

    /// <summary><c>--out</c> has no parent directory.</summary>
    public static string OutHasNoParent(string target) => Pick($"--out '{target}' has no parent directory.", $"--out '{target}' 没有上级目录。");

    /// <summary>The directory of <c>--out</c> cannot be created.</summary>
    public static string CannotCreateOutParent(string target, string detail) => Pick($"cannot create the directory of --out '{target}': {detail}", $"无法创建 --out '{target}' 所在的目录：{detail}");

    /// <summary>The lock file cannot be opened.</summary>
    public static string CannotOpenLock(string path, string target, string detail) => Pick($"cannot open the lock file '{path}' of --out '{target}': {detail}", $"无法打开 --out '{target}' 的锁文件 '{path}'：{detail}");

    /// <summary>An invalid directory path.</summary>
    public static string InvalidDirectory(string target) => Pick($"'{target}' is not a valid directory path.", $"'{target}' 不是有效的目录路径。");

    /// <summary><c>--out</c> is a file.</summary>
    public static string OutIsFile(string target) => Pick($"--out '{target}' is a file, not a directory.", $"--out '{target}' 是文件，不是目录。");

    /// <summary>The temporary directory beside <c>--out</c> cannot be created.</summary>
    public static string CannotCreateTemp(string target, string detail) => Pick($"cannot create the output directory next to '{target}': {detail}", $"无法在 '{target}' 旁创建输出目录：{detail}");

    /// <summary><c>--out</c> cannot be replaced.</summary>
    public static string CannotReplace(string target, string detail) => Pick($"cannot replace '{target}': {detail}", $"无法替换 '{target}'：{detail}");

    /// <summary>An invalid file path.</summary>
    public static string InvalidFile(string path) => Pick($"'{path}' is not a valid file path.", $"'{path}' 不是有效的文件路径。");

    /// <summary>A file path that is a directory.</summary>
    public static string FileIsDirectory(string path) => Pick($"'{path}' is a directory, not a file.", $"'{path}' 是目录，不是文件。");

    /// <summary>A file that cannot be written.</summary>
    public static string CannotWrite(string path, string detail) => Pick($"cannot write '{path}': {detail}", $"无法写入 '{path}'：{detail}");

    /// <summary>A <c>--prior</c> file that is not there.</summary>
    public static string PriorNotFound(string file) => Pick($"prior results file '{file}' not found", $"往年结果文件 '{file}' 不存在");

    /// <summary>A <c>--prior</c> file that cannot be read.</summary>
    public static string CannotReadPrior(string file, string detail) => Pick($"cannot read prior results '{file}': {detail}", $"无法读取往年结果 '{file}'：{detail}");

    /// <summary><c>--prior</c> results without an evaluation year to compare them with.</summary>
    public static string PriorWithoutYear(string file, string years) =>
        Pick($"--prior '{file}' holds results of {years}, but the profile has no evaluation year to compare them with: give --year",
            $"--prior '{file}' 是 {years} 年度的结果，但方案没有评价年度可供比较：请给出 --year");

    /// <summary><c>--prior</c> results not earlier than the evaluation year.</summary>
    public static string PriorNotEarlier(string file, string years, int firms, int year) =>
        Pick(Invariant($"--prior '{file}' holds results of {years} ({firms} firms), not earlier than the evaluation year {year}: prior results must be of earlier years — pass the results of {year - 1} or before, or set --year / 往年结果文件的年份须早于评价年度"),
            Invariant($"--prior '{file}' 是 {years} 年度的结果（{firms} 家企业），不早于评价年度 {year}：往年结果文件的年份须早于评价年度——请给出 {year - 1} 年度或更早的结果，或设置 --year"));

    /// <summary><c>--prior</c> files that give a firm two tiers in one year.</summary>
    public static string PriorTiersDisagree(string firstFile, string file, string id, int year, object firstTier, object tier) =>
        firstFile == file
            ? Pick(Invariant($"--prior '{file}' gives firm '{id}' two tiers for {year}: {firstTier} and {tier}; give one results file per year"),
                Invariant($"--prior '{file}' 中企业 '{id}' 在 {year} 年度有两个分类：{firstTier} 和 {tier}；每个年度请只给一个结果文件"))
            : Pick(Invariant($"--prior '{firstFile}' and '{file}' disagree on firm '{id}' in {year}: tier {firstTier} and tier {tier}; give one results file per year"),
                Invariant($"--prior '{firstFile}' 与 '{file}' 对企业 '{id}' {year} 年度的分类不一致：{firstTier} 类与 {tier} 类；每个年度请只给一个结果文件"));

    /// <summary><c>--prior</c> results without the columns of prior-year ratio-of-sums benchmarks.</summary>
    public static string PriorLacksColumns(string sources, int? year, string columns, string pools) =>
        Pick(Invariant($"--prior {sources}: the {year} results lack {columns} (columns missing or empty for some rated firm), needed by the profile's prior-year ratio-of-sums benchmarks (pools {pools}): those benchmarks use the current year instead; rescore {year} with this escore to get the columns"),
            Invariant($"--prior {sources}：{year} 年度结果缺少 {columns}（列缺失或部分参评企业为空），方案的上年“总量之比”基准值（评价组 {pools}）需要这些列：这些基准值改用本年度数据；请用本版 escore 重新评价 {year} 年度以得到这些列"));

    /// <summary>Growth indicators whose base figure the <c>--prior</c> results do not hold.</summary>
    public static string PriorLacksGrowthBase(string sources, int? year, string indicators, string growth) =>
        Pick(Invariant($"--prior {sources}: the {year} results have no values of {indicators}, which the growth indicators {growth} grow from: every firm's growth is missing (the missing-value policy applies); give the prior year's input with --prior-input"),
            Invariant($"--prior {sources}：{year} 年度结果中没有 {indicators} 的指标值，增速类指标 {growth} 需要它：所有企业的增速均缺失（按缺失值规则处理）；请用 --prior-input 给出上年度输入数据"));

    /// <summary>Growth indicators in the profile without any prior-year data.</summary>
    public static string GrowthWithoutPrior(string growth) =>
        Pick($"the profile's growth indicators {growth} need prior-year figures (--prior RESULTS or --prior-input FILE): without them every firm's growth is missing (the missing-value policy applies)",
            $"方案中的增速类指标 {growth} 需要上年数据（--prior 结果文件或 --prior-input 输入文件）：未给出时所有企业的增速均缺失（按缺失值规则处理）");

    /// <summary>Prior-year figures of firms that are not in this year's input.</summary>
    public static string PriorFirmsAbsent(int count, string examples) =>
        Pick(Invariant($"{count} firm{(count == 1 ? string.Empty : "s")} with a prior-year figure {(count == 1 ? "is" : "are")} not in this year's input (closed, merged or renumbered; e.g. {examples}): {(count == 1 ? "its prior value is" : "their prior values are")} ignored"),
            Invariant($"{count} 家企业有上年指标值但不在本年度输入中（关停、合并或统一社会信用代码变更，如 {examples}）：其上年值不使用"));

    /// <summary>The prior-year input read for growth indicators.</summary>
    public static string PriorInputRead(string file, int firms, int year, string figures) =>
        Pick(Invariant($"--prior-input '{file}': {firms} firms of {(year > 0 ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "the prior year")}; prior figures: {figures}"),
            Invariant($"--prior-input '{file}'：{(year > 0 ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 年度" : "上年度")} {firms} 家企业；上年指标值：{figures}"));

    /// <summary>Rows of the prior-year input rejected on reading.</summary>
    public static string PriorInputRejected(string file, int rejected, int rows) =>
        Pick(Invariant($"--prior-input '{file}': {rejected} of {rows} rows rejected on reading: those firms have no prior-year figure (their growth is missing)"),
            Invariant($"--prior-input '{file}'：{rows} 行中 {rejected} 行读取时被拒绝：这些企业没有上年指标值（增速缺失）"));

    /// <summary>A results file (<c>compare</c>, <c>explain --prior</c>) that is not there.</summary>
    public static string ResultsNotFound(string file) => Pick($"results file '{file}' not found", $"结果文件 '{file}' 不存在");

    /// <summary>A results file that cannot be read.</summary>
    public static string CannotReadResults(string file, string detail) => Pick($"cannot read results '{file}': {detail}", $"无法读取结果文件 '{file}'：{detail}");

    /// <summary><c>compare --from --to</c>: the two files' run.json record different tier sets.</summary>
    public static string CompareTierSetsDiffer(string from, string fromTiers, string to, string toTiers) =>
        Pick($"'{from}' was graded in tier set {fromTiers} and '{to}' in {toTiers} (their run.json): a migration matrix counts one tier set, and tiers of different sets are not guessed to match; compare results of one tier set, or give --profile with the set to read both files in (tiers are then matched by code)",
            $"'{from}' 的分档为 {fromTiers}，'{to}' 的分档为 {toTiers}（见各自的 run.json）：迁移矩阵只按一种分档统计，不同分档的档次不作推测对应；请比较同一分档的结果，或用 --profile 指定读取两份文件的分档（届时按档次代码对应）");

    /// <summary><c>compare --from --to</c>: a tier code the set being read does not have.</summary>
    public static string CompareTierNotInSet(string file, long line, string code, string tiers, bool fromProfile) =>
        fromProfile
            ? Pick(Invariant($"results '{file}' line {line}: tier '{code}' is not a tier of the --profile's tier set {tiers} (or T, ungraded_as_b): the file was graded in another tier set; give the profile it was scored with"),
                Invariant($"结果文件 '{file}' 第 {line} 行：档次 '{code}' 不属于 --profile 的分档 {tiers}（或 T、ungraded_as_b）：该文件按其他分档评定；请给出评定它所用的方案"))
            : Pick(Invariant($"results '{file}' line {line}: tier '{code}' is not a tier of {tiers}, the tier set its run.json records (A/B/C/D when there is none): give the profile the results were scored with (--profile), or keep the run's run.json next to its results.csv"),
                Invariant($"结果文件 '{file}' 第 {line} 行：档次 '{code}' 不属于 {tiers}（其 run.json 记录的分档；无 run.json 时为 A/B/C/D）：请用 --profile 给出评定该结果所用的方案，或将该次运行的 run.json 与 results.csv 放在一起"));

    /// <summary><c>compare --from --to</c>: a run.json next to a results file whose tier set cannot be read.</summary>
    public static string CannotReadRunTiers(string file, string detail) =>
        Pick($"cannot read the tier set (profile.tiers) of '{file}': {detail}", $"无法读取 '{file}' 中的分档（profile.tiers）：{detail}");

    /// <summary><c>compare --from --to</c> with more than one <c>--profile</c>.</summary>
    public static string CompareFilesOneProfile => Pick(
        "With --from and --to, give at most one --profile: the profile the results were scored with, whose tier set both files are read in.",
        "使用 --from 和 --to 时最多给出一个 --profile：评定这两份结果所用的方案，两份文件均按其分档读取。");

    /// <summary><c>--prior</c>: a tier code the profile's tier set does not have.</summary>
    public static string PriorTierNotInSet(string file, long line, string code, string tiers) =>
        Pick(Invariant($"--prior '{file}' line {line}: tier '{code}' is not a tier of this profile's tier set {tiers} (or T, ungraded_as_b): the prior year was graded in another tier set; tier history, consequences and the migration matrix match tiers by code, and codes of another set are not guessed — score the prior year under a profile with this set, or leave --prior out"),
            Invariant($"--prior '{file}' 第 {line} 行：档次 '{code}' 不属于本方案的分档 {tiers}（或 T、ungraded_as_b）：上年按其他分档评定；分类历史、政策后果和迁移矩阵按档次代码对应，不推测其他分档的代码——请以同一分档的方案评定上年结果，或不给 --prior"));

    /// <summary>An environment variable for <c>--connection</c> that is not set.</summary>
    public static string ConnectionVariableNotSet(string name) =>
        Pick($"environment variable '{name}' (for --connection) is not set", $"环境变量 '{name}'（用于 --connection）未设置");

    /// <summary>A <c>--query @FILE</c> that is not there.</summary>
    public static string QueryFileNotFound(string path) => Pick($"query file '{path}' not found", $"查询文件 '{path}' 不存在");

    /// <summary>An unknown encoding.</summary>
    public static string UnknownEncoding(string name) => Pick($"unknown encoding '{name}'", $"未知的编码 '{name}'");

    /// <summary>An invalid connection string.</summary>
    public static string InvalidConnection(string provider, string detail) => Pick($"invalid --connection for {provider}: {detail}", $"{provider} 的 --connection 无效：{detail}");

    /// <summary>An unknown <c>--format</c>.</summary>
    public static string BadFormat(IEnumerable<string> names, string part) =>
        Pick($"--format takes {string.Join(" and ", names)}, comma-separated (e.g. csv,xlsx), got '{part}'.", $"--format 可取 {string.Join("、", names)}，逗号分隔（如 csv,xlsx），实际为 '{part}'。");

    /// <summary><c>--results-db</c> without a connection.</summary>
    public static string ResultsDbNeedsConnection => Pick(
        "--results-db needs --results-connection (or a --connection of the input database).",
        "--results-db 需要 --results-connection（或输入数据库的 --connection）。");

    /// <summary>An empty <c>--results-scope</c>.</summary>
    public static string EmptyResultsScope => Pick("--results-scope must not be empty.", "--results-scope 不能为空。");

    /// <summary><c>compare</c>: both ways of comparing given.</summary>
    public static string CompareBoth => Pick(
        "Compare either two results files (--from, --to) or one input under several profiles (--input, --profile …, --out), not both.",
        "只能二选一：比较两份结果文件（--from、--to），或比较同一数据在多个方案下的结果（--input、--profile …、--out）。");

    /// <summary><c>compare</c>: profiles without input, out or a second profile.</summary>
    public static string CompareProfilesNeed => Pick("Comparing profiles needs --input, --out and at least two --profile.", "比较方案需要 --input、--out 和至少两个 --profile。");

    /// <summary><c>compare --out FILE</c> names one of the files compared (or the run.json beside one).</summary>
    public static string CompareOutIsInput(string path) => Pick(
        $"--out '{path}' is one of the files compared (--from, --to or the run.json beside one): name a new file for the list of changed firms.",
        $"--out '{path}' 是参与比较的文件（--from、--to 或其旁边的 run.json）：请为变化企业清单另起一个文件名。");

    /// <summary><c>compare</c>: nothing to compare.</summary>
    public static string CompareNeeds => Pick(
        "Give --from and --to (two results files), or --input, --out and two or more --profile.",
        "请给出 --from 和 --to（两份结果文件），或 --input、--out 和两个及以上 --profile。");

    /// <summary><c>compare</c>: the migration's closing line.</summary>
    public static string Migration(int firms, int up, int down, int same) =>
        Pick(Invariant($"{firms} firms: {up} upgraded, {down} downgraded, {same} unchanged."), Invariant($"共 {firms} 家企业：升档 {up} 家，降档 {down} 家，不变 {same} 家。"));

    /// <summary><c>compare --profile</c>: profiles that read different units.</summary>
    public static string CompareUnits => Pick(
        "the profiles read the input in different units or columns (currency_unit, area_unit, columns): compare profiles that read the same export",
        "各方案读取输入数据的单位或列名映射不同（currency_unit、area_unit、columns）：请比较读取同一份导出数据的方案");

    /// <summary><c>compare --profile</c>: one pair of profiles.</summary>
    public static string ComparePair(string first, string second, double sameTier, int firms, double kappa) =>
        Pick(Invariant($"{first} vs {second}: same tier {sameTier:P1} of {firms} firms, Cohen's κ {kappa:0.000}"),
            Invariant($"{first} 与 {second}：{firms} 家企业中分类相同的占 {sameTier:P1}，Cohen's κ {kappa:0.000}"));

    /// <summary><c>compare --profile</c>: one pool of a pair.</summary>
    public static string ComparePool(string pool, int firms, string first, string second, double spearman, double kendall) =>
        Pick(Invariant($"{pool} ({firms} firms) {first} vs {second}: Spearman ρ {spearman:0.000}, Kendall τ-b {kendall:0.000}"),
            Invariant($"{pool}（{firms} 家企业）{first} 与 {second}：Spearman ρ {spearman:0.000}，Kendall τ-b {kendall:0.000}"));

    /// <summary><c>sensitivity</c>: <c>--draws</c> out of range.</summary>
    public static string BadDraws(int? draws) => Pick(Invariant($"--draws must be 1 to 1,000,000, got {draws}."), Invariant($"--draws 须为 1 至 1,000,000，实际为 {draws}。"));

    /// <summary><c>sensitivity</c>: <c>--benchmarks</c> out of range.</summary>
    public static string BadBenchmarks(double percent) =>
        Pick(Invariant($"--benchmarks must be a percentage ≥ 0 and < 100, got {percent}."), Invariant($"--benchmarks 须为 ≥ 0 且 < 100 的百分数，实际为 {percent}。"));

    /// <summary><c>sensitivity</c>: nothing to draw.</summary>
    public static string NothingToDraw => Pick("Nothing to draw: give --weights, --benchmarks and/or --data.", "没有可抽样的内容：请给出 --weights、--benchmarks 和/或 --data。");

    /// <summary><c>sensitivity</c>: an invalid <c>--weights</c>.</summary>
    public static string BadWeights(string text) =>
        Pick($"--weights must be dirichlet:K or uniform:P (e.g. dirichlet:200, uniform:10), got '{text}'.", $"--weights 须为 dirichlet:K 或 uniform:P（如 dirichlet:200、uniform:10），实际为 '{text}'。");

    /// <summary><c>sensitivity</c>: an invalid <c>--data</c> item.</summary>
    public static string BadDataItem(string item) => Pick($"--data items must be MEASURE:P (e.g. tax:5), got '{item}'.", $"--data 的每项须为 数据项:P（如 tax:5），实际为 '{item}'。");

    /// <summary><c>sensitivity</c>: a <c>--data</c> spread out of range.</summary>
    public static string BadDataSpread(string measure, double percent) =>
        Pick(Invariant($"--data {measure}: the spread must be a percentage ≥ 0 and < 100, got {percent}."), Invariant($"--data {measure}：扰动幅度须为 ≥ 0 且 < 100 的百分数，实际为 {percent}。"));

    /// <summary><c>sensitivity</c>: a <c>--data</c> measure the input lacks.</summary>
    public static string DataMeasureMissing(string name, string columns) =>
        Pick($"--data {name}: the input has no column for that measure (columns: {columns})", $"--data {name}：输入数据没有该数据项的列（现有列：{columns}）");

    /// <summary><c>sensitivity</c>: the progress line.</summary>
    public static string Drawing => Pick("drawing", "正在抽样");

    /// <summary><c>sensitivity</c>: the summary of the draws.</summary>
    public static string Drawn(int draws, int firms) => Pick(Invariant($"{draws:N0} draws of {firms:N0} firms"), Invariant($"{firms:N0} 家企业，抽样 {draws:N0} 次"));

    /// <summary><c>sensitivity</c>: one pool's line.</summary>
    public static string SensitivityPool(string pool, int rated, double stable, double spearman, double kendall) =>
        Pick(Invariant($"{pool}: {rated} rated, stable {stable:P1}, mean Spearman ρ {spearman:0.000}, mean Kendall τ-b {kendall:0.000}"),
            Invariant($"{pool}：参评 {rated} 家，分类稳定 {stable:P1}，平均 Spearman ρ {spearman:0.000}，平均 Kendall τ-b {kendall:0.000}"));

    /// <summary><c>scorecard</c>: the scorecard in use.</summary>
    public static string ScorecardInUse(string id, string jurisdiction, int year, string firmProfile) =>
        Pick(Invariant($"scorecard {id} ({jurisdiction}, {year}); firm profile {firmProfile}"), Invariant($"考核方案 {id}（{jurisdiction}，{year} 年度）；企业评价方案 {firmProfile}"));

    /// <summary><c>scorecard</c>: the register is not there.</summary>
    public static string RegisterNotFound(string path) => Pick($"platform register '{path}' not found", $"平台名录 '{path}' 不存在");

    /// <summary><c>scorecard --prior</c>: the file is not there.</summary>
    public static string PriorScorecardNotFound(string path) => Pick($"--prior '{path}' not found", $"--prior '{path}' 不存在");

    /// <summary><c>scorecard --prior</c>: the file is not a scorecard.csv.</summary>
    public static string PriorScorecardUnreadable(string path, string reason) => Pick($"--prior '{path}': {reason}", $"--prior '{path}'：{reason}");

    /// <summary><c>scorecard --prior</c>: a scorecard of the year being scored or later.</summary>
    public static string PriorScorecardNotEarlier(string path, int year, int scored) =>
        Pick(Invariant($"--prior '{path}' is the scorecard of {year}, not earlier than {scored}: pass earlier years' scorecard.csv"),
            Invariant($"--prior '{path}' 是 {year} 年度的考核结果，不早于考核年度 {scored}：请给出往年的 scorecard.csv"));

    /// <summary><c>scorecard --prior</c>: two files of one year.</summary>
    public static string PriorScorecardYearTwice(string first, string second, int year) =>
        Pick(Invariant($"--prior '{first}' and '{second}' are both scorecards of {year}: pass one per year"),
            Invariant($"--prior '{first}' 与 '{second}' 都是 {year} 年度的考核结果：每个年度只给一个"));

    /// <summary><c>scorecard --prior-firms</c>: the file does not exist.</summary>
    public static string PriorFirmsNotFound(string path) => Pick($"--prior-firms '{path}' not found", $"--prior-firms '{path}' 不存在");

    /// <summary><c>scorecard --platforms</c>, <c>validate --events --platforms</c>: one rejected register row (line, id, column, value, reason).</summary>
    public static string RegisterProblem(string file, RowIssue problem) => Invariant($"--platforms '{file}': {IssueLine(problem)}");

    /// <summary>
    /// <c>scorecard --platforms</c>, <c>validate --events --platforms</c>: register rows rejected beyond <c>--max-rejects</c>;
    /// the first <paramref name="listed"/> were listed above; <paramref name="outDir"/> (when not null) was left unchanged.
    /// </summary>
    public static string RegisterRejectsBeyondLimit(string path, int rejected, int rows, string limit, int listed, string? outDir) =>
        Pick(Invariant($"--platforms '{path}': {rejected} of {rows} platform register rows rejected{ListedAbove(rejected, listed)}, more than --max-rejects {limit} allows{(outDir is null ? string.Empty : $": '{outDir}' left unchanged")}"),
            Invariant($"--platforms '{path}'：平台名录 {rows} 行中拒收 {rejected} 行{ListedAbove(rejected, listed)}，超过 --max-rejects {limit} 的上限{(outDir is null ? string.Empty : $"：'{outDir}' 未改动")}"));

    /// <summary>
    /// <c>scorecard --platforms</c>, <c>validate --events --platforms</c>: register rows rejected within <c>--max-rejects</c>;
    /// the first <paramref name="listed"/> were listed above, or <paramref name="file"/> (when not null) holds them.
    /// </summary>
    public static string RegisterRejectsWithinLimit(string path, int rejected, int rows, string limit, int listed, string? file) =>
        Pick(Invariant($"--platforms '{path}': {rejected} of {rows} platform register rows rejected{ListedAbove(rejected, listed)}, within --max-rejects {limit}{(file is null ? string.Empty : $": see {file}")}"),
            Invariant($"--platforms '{path}'：平台名录 {rows} 行中拒收 {rejected} 行{ListedAbove(rejected, listed)}，在 --max-rejects {limit} 限度内{(file is null ? string.Empty : $"：见 {file}")}"));

    /// <summary>After a count of <paramref name="rejected"/> rows: that they (or the first <paramref name="listed"/>) were listed above; nothing when none was.</summary>
    private static string ListedAbove(int rejected, int listed) =>
        listed == 0 ? string.Empty
        : listed == rejected ? Pick(" (listed above)", "（见上）")
        : Pick(Invariant($" (the first {listed} listed above)"), Invariant($"（前 {listed} 行见上）"));

    /// <summary><c>scorecard</c>: prior firm rows rejected.</summary>
    public static string PriorFirmsRejected(string path, int rejected, int rows) =>
        Pick(Invariant($"--prior-firms '{path}': {rejected} of {rows} rows rejected; their firms have no prior value (outside the like-for-like set)"),
            Invariant($"--prior-firms '{path}'：{rows} 行中拒收 {rejected} 行；这些企业没有上年数据（不计入同口径比较）"));

    /// <summary><c>scorecard</c>: the scorecard cannot be computed.</summary>
    public static string CannotComputeScorecard(string detail, bool needsPrior) =>
        Pick($"cannot compute the scorecard: {detail}{(needsPrior ? " (growth indicators need --prior-firms)" : string.Empty)}",
            $"无法计算考核结果：{detail}{(needsPrior ? "（增长类指标需要 --prior-firms）" : string.Empty)}");

    /// <summary><c>scorecard</c>: the closing line.</summary>
    public static string ScorecardSummary(int platforms, int rows, int rejected, string outDir) =>
        Pick(Invariant($"{platforms} platforms scored; {rows} firm rows: {rejected} rejected. Results in {outDir}"),
            Invariant($"已考核 {platforms} 个平台；企业数据 {rows} 行：拒收 {rejected} 行。结果在 {outDir}"));

    /// <summary><c>scorecard --events</c>: the file is not there.</summary>
    public static string EventsNotFound(string path) => Pick($"--events '{path}' not found", $"--events '{path}' 不存在");

    /// <summary><c>scorecard --events</c>: one row that cannot be counted.</summary>
    public static string EventProblem(string file, RowIssue problem) =>
        Pick(Invariant($"--events '{file}' line {problem.Line}, platform '{TextExcerpt.Of(problem.Id)}', column '{TextExcerpt.Of(problem.Column)}', value '{TextExcerpt.Of(problem.Value)}': {problem.Reason}"),
            Invariant($"--events '{file}' 第 {problem.Line} 行，平台 '{TextExcerpt.Of(problem.Id)}'，列 '{TextExcerpt.Of(problem.Column)}'，值 '{TextExcerpt.Of(problem.Value)}'：{problem.Reason}"));

    /// <summary><c>scorecard --events</c>: the run fails because rows cannot be counted.</summary>
    public static string EventsNotCounted(string file, int count) =>
        Pick(Invariant($"{count} row{(count == 1 ? string.Empty : "s")} of --events '{file}' cannot be counted (listed above): a deduction or disqualification must not be lost, so nothing was published; correct the file (or the scorecard's event_classes) and run again"),
            Invariant($"--events '{file}' 中有 {count} 行无法计入（见上）：扣分或一票否决不能遗漏，因此未发布任何结果；请改正该文件（或考核方案的 event_classes）后重新运行"));

    /// <summary><c>scorecard --events</c>: what was counted.</summary>
    public static string EventsCounted(int counted, int otherYears, int year, int deducted, int disqualified) =>
        Pick(Invariant($"events: {counted} of {year} counted ({otherYears} of other years not counted); {deducted} platform(s) with deductions, {disqualified} disqualified"),
            Invariant($"事件：计入 {year} 年度事件 {counted} 条（其他年度 {otherYears} 条未计入）；扣分平台 {deducted} 个，一票否决 {disqualified} 个"));
}
