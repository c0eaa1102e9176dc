using static EnterpriseScoring.Cli.Text.Localization;

namespace EnterpriseScoring.Cli.Text;

/// <summary>
/// The descriptions of every command, option and argument of <c>escore</c>, in English and Chinese (the help shows those
/// of the run's language, <see cref="Localization.Current"/>). Read when the command tree is built, after the language is decided.
/// </summary>
internal static class Descriptions
{
    /// <summary>The root command.</summary>
    public static string Root => Pick("escore: 亩均效益 evaluation of industrial firms (EnterpriseScoring).", "escore：工业企业亩均效益综合评价（EnterpriseScoring）。");

    /// <summary><c>--help</c>.</summary>
    public static string Help => Pick("Show help and usage information", "显示帮助和用法");

    /// <summary><c>--version</c>.</summary>
    public static string VersionOption => Pick("Show version information", "显示版本信息");

    /// <summary><c>--verbose</c>.</summary>
    public static string Verbose => Pick("Show details, and stack traces with errors.", "显示详细信息，出错时显示堆栈跟踪。");

    /// <summary><c>--quiet</c>.</summary>
    public static string Quiet => Pick("Print nothing but errors.", "只输出错误。");

    /// <summary><c>--log-format</c>.</summary>
    public static string LogFormat => Pick(
        "How log lines and errors on stderr look: text (one line each) or json (one JSON object per line).",
        "stderr 上日志和错误的格式：text（每条一行）或 json（每行一个 JSON 对象，字段和取值保持英文）。");

    /// <summary><c>--lang</c>.</summary>
    public static string Lang => Pick(
        "The language of help, messages and rejection reasons: zh (中文) or en (English). Default: the locale (LC_ALL, LC_MESSAGES, LANG: zh* is Chinese), English under --log-format json.",
        "帮助、提示信息和拒收原因的语言：zh（中文）或 en（English）。默认按区域设置（LC_ALL、LC_MESSAGES、LANG，zh* 为中文）；--log-format json 时默认英文。");

    /// <summary><c>--profile</c>.</summary>
    public static string Profile => Pick(
        "The policy profile: a built-in name (see 'escore profiles list') or a profile JSON file.",
        "评价方案（政策配置）：内置方案名（见 'escore profiles list'）或方案 JSON 文件。");

    /// <summary><c>--accept-missing</c>.</summary>
    public static string AcceptMissing => Pick(
        "Accept these measures the profile reads as missing from the input (no column), e.g. cod,nox for a county without emissions data: each then counts as missing for every firm under the policy of what reads it, printed as a warning. Comma-separated or repeated; adds to the profile's accept_missing_measures.",
        "允许输入数据缺少方案所用的这些指标数据列（整列缺失），如没有排放数据的县可用 cod,nox：每家企业该项按读取它的指标的缺失值规则处理，并输出警告。逗号分隔或重复给出；与方案的 accept_missing_measures 合并。");

    /// <summary><c>--max-rejects</c>.</summary>
    public static string MaxRejects => Pick(
        "Fail (exit code 5, nothing published) when more rows are rejected than this: a count (0 = none tolerated) or a percentage of the rows read (2.5%; 100% = no limit).",
        "拒收行超过此限时运行失败（退出码 5，不发布任何结果）：行数（0 = 不允许拒收）或占读入行数的百分比（2.5%；100% = 不限）。");

    /// <summary><c>--rejects-exit-code</c>.</summary>
    public static string RejectsExitCode => Pick(
        "The exit code of a successful run that rejected rows within --max-rejects: 0 (default; a warning says how many) or 1 (the behaviour of escore 0.1).",
        "拒收行在 --max-rejects 限度内的成功运行的退出码：0（默认；以警告说明拒收行数）或 1（escore 0.1 的行为）。");

    /// <summary><c>--out</c> of <c>score</c> and <c>scorecard</c>.</summary>
    public static string OutDirectory => Pick(
        "The output directory: replaced as a whole, atomically, when the run succeeds (created when missing).",
        "输出目录：运行成功时整体原子替换（不存在时创建）。");

    /// <summary><c>--prior</c> of <c>score</c>.</summary>
    public static string Prior => Pick(
        "Earlier results.csv files: prior-year benchmarks, tier history and the migration table.",
        "往年的 results.csv 文件：用于上年基准值、分类历史和分类变动表。");

    /// <summary><c>--corrections</c> of <c>score</c>.</summary>
    public static string Corrections => Pick(
        "A CSV of corrections made during 公示 (id, column, value, reason, approved_by, date): applied to the input before evaluation and recorded in run.json and each firm's explanation; a correction that cannot be applied fails the run.",
        "公示期间的数据更正 CSV（id、字段、更正值、原因、审批人、日期）：评价前更正输入数据，记入 run.json 和企业的计算说明；任何一条无法应用则运行失败。");

    /// <summary><c>--adjustments</c> of <c>score</c>.</summary>
    public static string Adjustments => Pick(
        "A CSV of manual tier decisions (调档: id, tier, reason, approved_by[, date]) applied after every rule and quota: results.csv gains initial_tier, tier becomes the decided tier; a decision that cannot be applied fails the run.",
        "人工调档 CSV（id、档次、原因、审批人[、日期]），在所有规则和名额之后应用：results.csv 增加 initial_tier（初评）列，tier 为调档后档次；任何一条无法应用则运行失败。");

    /// <summary><c>--prior-input</c> of <c>score</c>, <c>explain</c> and <c>sensitivity</c>.</summary>
    public static string PriorInputFile => Pick(
        "The prior year's input (same format, reader options and profile as --input): each firm's prior-year figures for the profile's growth indicators (e.g. 亩均税收增速), computed as that year's evaluation computes them. Takes the place of the figures in --prior results.",
        "上年度的输入数据（格式、读取选项和评价方案同 --input）：按上年评价的同一算法计算各企业的上年指标值，供方案中的增速类指标（如亩均税收增速）使用；给出时代替 --prior 结果文件中的指标值。");

    /// <summary><c>--prior</c> of <c>explain</c> and <c>sensitivity</c>.</summary>
    public static string PriorBenchmarks => Pick(
        "Earlier results.csv files, for prior-year benchmarks (as in score).",
        "往年的 results.csv 文件，用于上年基准值（同 score）。");

    /// <summary><c>--year</c> of <c>score</c>.</summary>
    public static string Year => Pick("The evaluation year written to the results (default: the profile's).", "写入结果的评价年度（默认：方案的年度）。");

    /// <summary><c>--what-it-takes</c> of <c>score</c>.</summary>
    public static string WhatItTakesColumns => Pick(
        "Add the what-it-takes columns to results.csv: per firm the next tier's cut-off, per indicator the change of one measure that alone would lift it, the reduction of land (亩) that alone would, and the uniform improvement (docs/analysis.md).",
        "在 results.csv 中增加提升路径列：每家企业上一档的分数线、各指标单独提升到位所需的变化量、单靠减少用地（亩）所需的减少量，以及各项同比例提升的幅度（docs/analysis.md）。");

    /// <summary><c>--what-it-takes</c> of <c>explain</c>.</summary>
    public static string WhatItTakesExplain => Pick(
        "Add what it takes to move up a tier (提升路径): the cut-off, per indicator the change of one measure that alone would do it, the reduction of land (亩) that alone would, the uniform improvement (docs/analysis.md).",
        "同时给出提升到上一档的路径：分数线、各指标单独提升到位所需的变化量、单靠减少用地（亩）所需的减少量、各项同比例提升的幅度（docs/analysis.md）。");

    /// <summary><c>--title</c>.</summary>
    public static string Title => Pick(
        "The report's title (default: from the profile, e.g. 浙江省临海市2014年度工业企业亩均效益综合评价).",
        "报告标题（默认取自方案，如：浙江省临海市2014年度工业企业亩均效益综合评价）。");

    /// <summary><c>--report-expand</c>.</summary>
    public static string ReportExpand => Pick(
        "Open every list of report.html (A and C lists, movers, group tables, rejected rows) so that a printed copy contains them all; by default long lists start closed and print only their heading.",
        "展开 report.html 的全部名单（A 类、C 类名单，分类变动企业，分组表，拒收行），打印时全部印出；默认长名单折叠，只打印标题。");

    /// <summary><c>score</c>.</summary>
    public static string Score => Pick(
        "Evaluate the firms under a profile and write results.csv, rejects.csv, summary.csv, report.html and run.json to --out.",
        "按评价方案对企业进行综合评价，将 results.csv、rejects.csv、summary.csv、report.html 和 run.json 写入 --out。");

    /// <summary><c>scorecard</c>.</summary>
    public static string Scorecard => Pick(
        "Evaluate the firms and score their platforms against a scorecard profile's targets; write scorecard.csv, scorecard-explain.txt, the firm outputs and run.json to --out.",
        "评价企业，并按考核方案的目标对其所在平台（开发区/园区）考核打分；将 scorecard.csv、scorecard-explain.txt、企业评价结果和 run.json 写入 --out。");

    /// <summary><c>scorecard --profile</c>.</summary>
    public static string ScorecardProfile => Pick(
        "The scorecard profile: a built-in scorecard name or a scorecard JSON file (\"kind\": \"scorecard\"; docs/scorecard.md).",
        "考核方案：内置考核方案名或考核方案 JSON 文件（\"kind\": \"scorecard\"；docs/scorecard.md）。");

    /// <summary><c>scorecard --platforms</c>.</summary>
    public static string Platforms => Pick(
        "The platform register (平台名录, CSV or .xlsx): levels, counties, parents, land figures, merges. Without it every platform the firms name is unregistered (flagged).",
        "平台名录（CSV 或 .xlsx）：级别、所属县（市、区）、上级平台、用地数据、整合情况。不提供时，企业所填平台均视为未登记（予以标注）。");

    /// <summary><c>scorecard --prior-firms</c>.</summary>
    public static string PriorFirms => Pick(
        "The prior year's firm table (CSV or .xlsx), for growth indicators (like-for-like).",
        "上年度企业数据表（CSV 或 .xlsx），用于增长类指标（同口径）。");

    /// <summary><c>validate</c>.</summary>
    public static string Validate => Pick(
        "Check the firms' data (headers, ids, numbers) without scoring; report and optionally write the rejected rows.",
        "只检查企业数据（表头、统一社会信用代码、数值），不评价；报告并可写出拒收行。");

    /// <summary><c>validate --rejects</c>.</summary>
    public static string RejectsFile => Pick(
        "Write the rejected rows to this CSV file (line,id,column,value,reason; UTF-8 with BOM), replaced atomically.",
        "将拒收行写入此 CSV 文件（line,id,column,value,reason；带 BOM 的 UTF-8），原子替换。");

    /// <summary><c>validate --profile</c>.</summary>
    public static string ValidateCorrections => Pick(
        "Also check a --corrections file against the input (and the profile's column aliases) as score would apply it, without scoring: every row that cannot be applied is listed with its line, id, column, value and reason (exit code 3).",
        "同时按 score 的方式检查 --corrections 更正文件与输入数据（及方案的列别名）是否相符，但不评价：逐条列出无法应用的行（行号、企业、列、值、原因），此时退出码 3。");

    /// <summary><c>validate --adjustments</c>.</summary>
    public static string ValidateAdjustments => Pick(
        "Also check an --adjustments file (manual tier decisions, 调档) as score would apply it, without writing results: the firms are evaluated under --profile (after --corrections, if given) and every decision that cannot be applied is listed with its line, id, column, value and reason (exit code 3). Needs --profile.",
        "同时按 score 的方式检查 --adjustments 人工调档文件，但不写出结果：按 --profile 评价企业（如给出 --corrections 则先更正），逐条列出无法应用的调档（行号、企业、列、值、原因），此时退出码 3。需要同时给出 --profile。");

    /// <summary><c>validate --events</c>.</summary>
    public static string ValidateEvents => Pick(
        "Check a scorecard events file (platform, date, class, count, note) alone, as 'escore scorecard --events' reads it, against the scorecard profile given with --profile (a built-in scorecard or a file): every rejected row is listed with its line, column, value and reason — an event class the scorecard does not declare among them (exit code 3). With --input (and --platforms) each event's platform is checked too, as the scorecard matches it.",
        "检查考核事件文件（平台、日期、类别、次数、说明），按 'escore scorecard --events' 的方式读取，对照 --profile 给出的考核方案（内置或文件）：逐条列出拒收的行（行号、列、值、原因），包括考核方案未声明的事件类别（此时退出码 3）。给出 --input（及 --platforms）时，还按考核时的方式检查每条事件的平台。");

    /// <summary><c>--platforms</c> of <c>validate</c>.</summary>
    public static string ValidatePlatforms => Pick(
        "With --events and --input: the platform register (平台名录, CSV or .xlsx) the scorecard will use, so that each event's platform is matched as 'escore scorecard --platforms' matches it (in the register, or named by a firm; merged platforms by their successor; a platform no scored row covers is a problem).",
        "与 --events 和 --input 同用：考核将使用的平台名录（CSV 或 .xlsx），以便按 'escore scorecard --platforms' 的方式匹配每条事件的平台（在名录中或为企业所填；已整合的平台按整合后的平台；不属于任何参评平台的为问题）。");

    /// <summary><c>--profile</c> of <c>validate</c>.</summary>
    public static string ValidateProfile => Pick(
        "Also check this profile (exit code 2 when invalid) before reading the data, and that the data have a column for every measure it reads (exit code 3 when not).",
        "读取数据前先检查此方案（无效时退出码 2），并检查数据是否有方案所读每项数据的列（缺少时退出码 3）。");

    /// <summary><c>explain</c>.</summary>
    public static string Explain => Pick("Explain how one firm's score, rank and tier were computed.", "说明一家企业的得分、排名和分类是如何算出的。");

    /// <summary><c>explain --id</c>.</summary>
    public static string FirmId => Pick("The firm's id (统一社会信用代码); repeat for several firms.", "企业的统一社会信用代码；可重复给出多家企业。");

    /// <summary><c>compare</c>.</summary>
    public static string Compare => Pick(
        "Tier migration between two results files (--from, --to); or one input under several profiles (--input, --profile A --profile B …, --out): rank correlations, tier agreement, migration.",
        "两份结果文件之间的分类变动（--from、--to）；或同一数据在多个方案下的比较（--input、--profile A --profile B …、--out）：排名相关系数、分类一致性、分类变动。");

    /// <summary><c>compare --from</c>.</summary>
    public static string CompareFrom => Pick("The earlier results.csv.", "较早的 results.csv。");

    /// <summary><c>compare --to</c>.</summary>
    public static string CompareTo => Pick("The later results.csv.", "较晚的 results.csv。");

    /// <summary><c>compare --list</c>.</summary>
    public static string CompareList => Pick(
        "Also list the ids of the firms that moved, and every firm whose score, rank or tier changed with why (from each run's run.json: its own correction, its own tier decision, others' corrections, or a changed input or profile).",
        "同时列出分类发生变动的企业代码，以及得分、排名或档次有变化的每家企业及原因（依据两次运行的 run.json：本企业更正、本企业调档、其他企业更正，或输入、方案变化）。");

    /// <summary><c>compare --profile</c>.</summary>
    public static string CompareProfiles => Pick(
        "A profile (built-in name or JSON file) to evaluate --input under; repeat: two or more compare the profiles. With --from/--to, one: the profile the results were scored with, whose tier set (codes) both files are read in (default: the run.json next to each file).",
        "用于评价 --input 的方案（内置方案名或 JSON 文件）；重复给出：两个及以上时比较各方案。配合 --from/--to 时给一个：评定这两份结果所用的方案，按其分档（档次代码）读取两份文件（默认取各文件旁 run.json 记录的分档）。");

    /// <summary><c>compare --input</c>.</summary>
    public static string CompareInput => Pick("The firms (CSV or .xlsx) evaluated under every --profile.", "在每个 --profile 下评价的企业数据（CSV 或 .xlsx）。");

    /// <summary><c>compare --out</c>.</summary>
    public static string CompareOut => Pick(
        "With --profile: the output directory (comparison-firms.csv, comparison.csv, comparison.html, run.json), replaced atomically. With --from/--to: a CSV file of every firm whose status, score, rank or tier changed, with why (id, name, pool, old and new status, score, rank and tier, changes, reason), written atomically.",
        "配合 --profile：输出目录（comparison-firms.csv、comparison.csv、comparison.html、run.json），原子替换。配合 --from/--to：状态、得分、排名或档次有变化的企业清单 CSV 文件及原因（企业代码、名称、评价组、前后状态、得分、排名和档次、变化、原因），原子写入。");

    /// <summary><c>sensitivity</c>.</summary>
    public static string Sensitivity => Pick(
        "Tier stability (敏感性分析): Monte Carlo draws of weights, benchmarks and data; per firm tier probabilities and rank interval, per pool stability and rank correlation.",
        "敏感性分析（分类稳定性）：对权重、基准值和数据做蒙特卡洛抽样；给出每家企业各分类的概率和排名区间，每个评价组的稳定比例和排名相关系数。");

    /// <summary><c>sensitivity --out</c>.</summary>
    public static string SensitivityOut => Pick(
        "The output directory (sensitivity.csv, pools.csv, sensitivity.html, run.json), replaced atomically.",
        "输出目录（sensitivity.csv、pools.csv、sensitivity.html、run.json），原子替换。");

    /// <summary><c>sensitivity --draws</c>.</summary>
    public static string Draws => Pick("The number of Monte Carlo draws (1 to 1,000,000; default 1000).", "蒙特卡洛抽样次数（1 至 1,000,000；默认 1000）。");

    /// <summary><c>sensitivity --seed</c>.</summary>
    public static string SensitivitySeed => Pick(
        "The seed (0 to 2⁶⁴ − 1): the same seed gives the same output at any thread count (default 1).",
        "随机种子（0 至 2⁶⁴ − 1）：同一种子在任意线程数下输出相同（默认 1）。");

    /// <summary><c>sensitivity --weights</c>.</summary>
    public static string Weights => Pick(
        "Weight draws: dirichlet:K (concentration K > 0, around each pool's weights) or uniform:P (± P % per weight, renormalised, 0 ≤ P < 100).",
        "权重抽样：dirichlet:K（集中度 K > 0，围绕各评价组的权重）或 uniform:P（每项权重 ± P %，再归一化，0 ≤ P < 100）。");

    /// <summary><c>sensitivity --benchmarks</c>.</summary>
    public static string Benchmarks => Pick(
        "± P % uniform on every computed benchmark, scoring re-fitted (0 ≤ P < 100).",
        "每个计算所得的基准值均匀扰动 ± P %，并重新计分（0 ≤ P < 100）。");

    /// <summary><c>sensitivity --data</c>.</summary>
    public static string Data => Pick(
        "Measurement error ± P % on measures, e.g. tax:5,land_area:2 (each draw evaluates the perturbed table again).",
        "数据的测量误差 ± P %，如 tax:5,land_area:2（每次抽样都对扰动后的数据重新评价）。");

    /// <summary><c>profiles</c>.</summary>
    public static string Profiles => Pick("List, show and validate policy profiles.", "列出、显示和检查评价方案。");

    /// <summary><c>profiles list</c>.</summary>
    public static string ProfilesList => Pick(
        "List the built-in profiles (name, jurisdiction, year, extends; the description on the line below) and the built-in platform scorecards, in at most 100 columns.",
        "列出内置评价方案（名称、地区、年度、继承自；下一行为说明）和内置平台考核方案，宽度不超过 100 列。");

    /// <summary><c>profiles show</c>.</summary>
    public static string ProfilesShow => Pick("Print a profile as JSON with 'extends' resolved.", "以 JSON 输出方案（已展开 'extends'）。");

    /// <summary><c>profiles show</c>'s argument.</summary>
    public static string ProfileArgument => Pick("A built-in name or a profile JSON file.", "内置方案名或方案 JSON 文件。");

    /// <summary><c>profiles show --canonical</c>.</summary>
    public static string Canonical => Pick(
        "Print the compiled profile with every default explicit, instead of the resolved source JSON.",
        "输出编译后的方案（所有默认值显式写出），而不是展开后的源 JSON。");

    /// <summary><c>profiles validate</c>.</summary>
    public static string ProfilesValidate => Pick(
        "Check a profile: exit 0 when valid, 2 with every problem (JSON path and hint) on stderr.",
        "检查方案：有效时退出码 0；无效时退出码 2，并在 stderr 列出每个问题（JSON 路径和提示）。");

    /// <summary><c>profiles validate</c>'s argument.</summary>
    public static string ProfileFileArgument => Pick("The profile JSON file (or a built-in name).", "方案 JSON 文件（或内置方案名）。");

    /// <summary><c>sample</c>.</summary>
    public static string Sample => Pick(
        "Generate a deterministic synthetic city of firms and write it as CSV.",
        "生成一个确定性的模拟城市企业数据集，写为 CSV。");

    /// <summary><c>sample --firms</c>.</summary>
    public static string SampleFirms => Pick("Number of firms to generate.", "生成的企业数。");

    /// <summary><c>sample --seed</c>.</summary>
    public static string SampleSeed => Pick(
        "Seed: the same seed, count and year give the same file on every machine.",
        "随机种子：相同的种子、企业数和年度在任何机器上生成相同的文件。");

    /// <summary><c>sample --year</c>.</summary>
    public static string SampleYear => Pick("Evaluation year the data describe.", "数据所属的评价年度。");

    /// <summary><c>sample --out</c>.</summary>
    public static string SampleOut => Pick("The CSV file to write (replaced atomically when it exists).", "要写入的 CSV 文件（已存在时原子替换）。");

    /// <summary><c>scorecard --prior</c>.</summary>
    public static string PriorScorecards => Pick(
        "Earlier years' scorecard.csv files (written by escore scorecard), for the profile's history rules (\"bottom 5 in 2 consecutive years\").",
        "往年的 scorecard.csv 文件（由 escore scorecard 生成），供考核方案的历史规则使用（如“连续两年末位五名”）。");

    /// <summary><c>scorecard --events</c>.</summary>
    public static string ScorecardEvents => Pick(
        "Events file (CSV or .xlsx: platform, date, class[, count, note]) of the scorecard's event classes: deductions per event and disqualification (一票否决) for the scorecard's year. Any row that cannot be counted fails the run (exit 3, nothing published).",
        "事件清单（CSV 或 .xlsx：平台、日期、事件类别[、次数、说明]），类别须为考核方案定义的事件类别：按事件扣分或一票否决（仅计考核年度的事件）。任何无法计入的行都会使运行失败（退出码 3，不发布结果）。");

    /// <summary><c>sample --platforms</c>.</summary>
    public static string SamplePlatforms => Pick(
        "Also write the city's platform register (平台名录: levels, a 分园, a merged platform, areas consistent with the firms' land) to this CSV file, for `escore scorecard --platforms`.",
        "同时将该城市的平台名录（级别、分园、一个被合并的平台、与企业用地一致的面积）写入此 CSV 文件，供 `escore scorecard --platforms` 使用。");

    /// <summary><c>sample --chinese-headers</c>.</summary>
    public static string ChineseHeaders => Pick(
        "Write Chinese column headers (用地面积, 实缴税金 …) instead of the canonical ids.",
        "使用中文列名（用地面积、实缴税金 …）而不是标准字段名。");

    /// <summary><c>sample --missing-land-rate</c>.</summary>
    public static string MissingLandRate => Pick(
        "The share of firms whose land area is missing: rows a profile with per-mu indicators rejects. Default 0 (no rejected rows); 0.001 gives the files of escore 0.1.0 (seeds/data/sample-city.csv).",
        "缺少用地面积的企业比例（含亩均指标的方案会拒收这些行）。默认 0（无拒收行）；0.001 生成 escore 0.1.0 的文件（seeds/data/sample-city.csv）。");

    /// <summary><c>version</c>.</summary>
    public static string Version => Pick("Print the version of escore, the EnterpriseScoring library and .NET.", "显示 escore、EnterpriseScoring 库和 .NET 的版本。");

    /// <summary><c>--input</c>.</summary>
    public static string Input => Pick(
        "The firms: a CSV file (UTF-8 or GB18030, Chinese or English headers) or an .xlsx workbook.",
        "企业数据：CSV 文件（UTF-8 或 GB18030，中文或英文表头）或 .xlsx 工作簿。");

    /// <summary><c>--sheet</c>.</summary>
    public static string Sheet => Pick("For an .xlsx input, the sheet to read (default: the first).", ".xlsx 输入时要读取的工作表（默认：第一个）。");

    /// <summary><c>--encoding</c>.</summary>
    public static string Encoding => Pick(
        "For a CSV input, its encoding: auto (a BOM decides, else UTF-8 when valid, else GB18030; UTF-16 without a BOM, Big5 and binary files are refused with the likely cause), utf-8, gb18030, big5, utf-16le, utf-16be, or another encoding name.",
        "CSV 输入的编码：auto（有 BOM 按 BOM，否则是有效 UTF-8 即按 UTF-8，否则按 GB18030；无 BOM 的 UTF-16、Big5 和二进制文件会被拒绝并说明可能原因）、utf-8、gb18030、big5、utf-16le、utf-16be 或其他编码名。");

    /// <summary><c>--max-field-length</c>.</summary>
    public static string MaxFieldLength => Pick(
        "The longest field (cell), in characters: a longer one rejects its row and reading goes on.",
        "单元格的最大字符数：超过时拒收该行并继续读取。");

    /// <summary><c>--max-record-length</c>.</summary>
    public static string MaxRecordLength => Pick(
        "The longest row, in characters in all: a longer one is rejected and reading goes on (bounds the memory one row takes).",
        "一行的最大总字符数：超过时拒收该行并继续读取（限制单行占用的内存）。");

    /// <summary><c>--max-record-lines</c>.</summary>
    public static string MaxRecordLines => Pick(
        "For a CSV input, the most lines one row may span (quoted line breaks): a quote still open after them is a stray quote, or a field with too many lines, and is rejected.",
        "CSV 输入中一行最多可跨的物理行数（引号内换行）：超过后引号仍未闭合的，视为多余引号或行数过多的字段，予以拒收。");

    /// <summary><c>--max-columns</c>.</summary>
    public static string MaxColumns => Pick(
        "The most columns the input may have: a wider header is refused, a wider row rejected.",
        "输入最多的列数：表头超过时拒绝读取，数据行超过时拒收该行。");

    /// <summary><c>--lenient-ids</c>.</summary>
    public static string LenientIds => Pick(
        "Accept ids that are not valid 统一社会信用代码 (legacy ids) with a warning instead of rejecting the row.",
        "接受无效的统一社会信用代码（旧编码），只给出警告而不拒收该行。");

    /// <summary><c>--db-provider</c>.</summary>
    public static string DbProvider => Pick(
        "Read the firms from a database query instead of a file: sqlite or postgres.",
        "从数据库查询而不是文件读取企业数据：sqlite 或 postgres。");

    /// <summary><c>--connection</c>.</summary>
    public static string Connection => Pick(
        "With --db-provider: the connection string (for sqlite also a plain file path), or env:NAME to read it from an environment variable.",
        "配合 --db-provider：连接字符串（sqlite 也可为文件路径），或 env:NAME 从环境变量读取。");

    /// <summary><c>--query</c>.</summary>
    public static string Query => Pick(
        "With --db-provider: the query returning one row per firm, columns named like CSV headers; @FILE reads it from a file.",
        "配合 --db-provider：每家企业返回一行的查询，列名同 CSV 表头；@FILE 从文件读取查询。");

    /// <summary><c>--rounding</c>.</summary>
    public static string Rounding => Pick(
        "Round scores, totals and group figures this way instead of as the profile's display section says: half_up (四舍五入), half_even or truncate (73.7156 → 73.71).",
        "得分、总分和分组数据按此方式舍入（代替方案 display 部分的规定）：half_up（四舍五入）、half_even（银行家舍入）或 truncate（截断，73.7156 → 73.71）。");

    /// <summary><c>--decimals</c>.</summary>
    public static string Decimals => Pick(
        "Show scores, totals and group figures to N decimal places (0–10) instead of as the profile's display section says.",
        "得分、总分和分组数据保留 N 位小数（0–10），代替方案 display 部分的规定。");

    /// <summary><c>--display-columns</c>.</summary>
    public static string DisplayColumns => Pick(
        "Add score_display and <indicator>.score_display to results.csv: the total and scores rounded as published (the other columns keep full precision).",
        "在 results.csv 中增加 score_display 和 <指标>.score_display 列：按公布口径舍入的总分和得分（其他列保持全精度）。");

    /// <summary><c>--results-db</c>.</summary>
    public static string ResultsDb => Pick(
        "Also write the results to a database (tables NAME, NAME_runs, NAME_rejects, NAME_columns), committed only together with --out: sqlite or postgres.",
        "同时将结果写入数据库（表 NAME、NAME_runs、NAME_rejects、NAME_columns），与 --out 一同提交：sqlite 或 postgres。");

    /// <summary><c>--results-connection</c>.</summary>
    public static string ResultsConnection => Pick(
        "With --results-db: the connection string (sqlite: also a file path; env:NAME reads a variable). Default: --connection.",
        "配合 --results-db：连接字符串（sqlite 也可为文件路径；env:NAME 读取环境变量）。默认：--connection。");

    /// <summary><c>--results-table</c>.</summary>
    public static string ResultsTable => Pick(
        "With --results-db: the results table (created when missing), one row per firm keyed by (scope, year, firm_id).",
        "配合 --results-db：结果表（不存在时创建），每家企业一行，键为 (scope, year, firm_id)。");

    /// <summary><c>--results-scope</c>.</summary>
    public static string ResultsScope => Pick(
        "With --results-db: the scope of this run's rows; a rerun replaces the rows of its scope and year only. Default: the profile's name/jurisdiction, replacing only rows of the same input.",
        "配合 --results-db：本次运行各行的范围；重新运行只替换同一范围和年度的行。默认：方案名/地区，只替换同一输入的行。");

    /// <summary><c>--raw-text</c>.</summary>
    public static string RawText => Pick(
        "Write text cells of the CSV files as they are: no leading ' before text that a spreadsheet would run as a formula (=, +, -, @ …). Only for files never opened in a spreadsheet.",
        "CSV 文件的文本单元格原样写出：不在电子表格会当作公式执行的文本（=、+、-、@ …）前加 '。仅用于不会用电子表格打开的文件。");

    /// <summary><c>--format</c>.</summary>
    public static string Format => Pick(
        "Output formats, comma-separated: csv (default: results.csv, rejects.csv, summary.csv, always written), xlsx (adds results.xlsx: a 公示名单 sheet per pool in display precision, 汇总, 剔除 and 说明) and parquet (adds results.parquet: results.csv's rows and columns, typed, for DuckDB, pandas or Spark).",
        "输出格式，逗号分隔：csv（默认：results.csv、rejects.csv、summary.csv，总是写出）、xlsx（另写 results.xlsx：每个评价组一张公示名单工作表（按公布精度），以及汇总、剔除和说明）和 parquet（另写 results.parquet：与 results.csv 相同的行和列，带类型，供 DuckDB、pandas 或 Spark 使用）。");
}
