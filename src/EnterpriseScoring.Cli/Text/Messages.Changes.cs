using static EnterpriseScoring.Cli.Text.Localization;

namespace EnterpriseScoring.Cli.Text;

/// <summary>The messages of <c>escore compare --list</c>'s list of changed firms and why each changed (<see cref="ChangeReasons"/>).</summary>
internal static partial class Messages
{
    /// <summary>The heading of the list of changed firms.</summary>
    public static string ChangedFirmsHeading(int count) =>
        Pick(Invariant($"Firms whose score, rank or tier changed ({count}), and why:"), Invariant($"得分、排名或档次有变化的企业（{count} 家）及原因："));

    /// <summary>One changed firm: what changed, then why.</summary>
    public static string ChangedFirm(string id, string changes, string reason) =>
        Pick($"{id}: {changes} — why: {reason}", $"{id}：{changes} —— 原因：{reason}");

    /// <summary>A changed figure, e.g. <c>score 80 → 78.5</c>.</summary>
    public static string ChangedFigure(string what, string from, string to) => $"{what} {from} → {to}";

    /// <summary>The names of the figures.</summary>
    public static string FigureScore => Pick("score", "得分");

    /// <summary>The rank.</summary>
    public static string FigureRank => Pick("rank", "排名");

    /// <summary>The tier.</summary>
    public static string FigureTier => Pick("tier", "档次");

    /// <summary>The status (rated, excluded, …), or absent from one file.</summary>
    public static string FigureStatus => Pick("status", "状态");

    /// <summary>The firm's own corrections in the later run.</summary>
    public static string ReasonOwnCorrection(string columns) =>
        Pick($"its own correction ({columns}; run.json of the later run)", $"本企业数据更正（{columns}；见后一次运行的 run.json）");

    /// <summary>The firm's own manual tier decision in the later run.</summary>
    public static string ReasonOwnAdjustment(string initial, string tier, string why) =>
        Pick($"its own manual tier decision {initial} → {tier} ({why})", $"本企业人工调档 {initial} → {tier}（{why}）");

    /// <summary>The firm's own corrections of the earlier run that the later run no longer applies.</summary>
    public static string ReasonOwnCorrectionWithdrawn(string columns) =>
        Pick($"its own correction withdrawn ({columns}: applied in the earlier run, not in the later)", $"本企业数据更正已撤回（{columns}：前一次运行应用，后一次未应用）");

    /// <summary>The firm's own manual tier decision of the earlier run that the later run no longer applies.</summary>
    public static string ReasonOwnAdjustmentWithdrawn(string initial, string tier) =>
        Pick($"its own manual tier decision {initial} → {tier} withdrawn (applied in the earlier run, not in the later)", $"本企业人工调档 {initial} → {tier} 已撤回（前一次运行应用，后一次未应用）");

    /// <summary>Both results files have the same run.json beside them (the same folder): no record tells the runs apart.</summary>
    public static string ReasonSameRunJson(string file) =>
        Pick($"both results files are in one folder and share its run.json ('{file}'): no record tells the two runs apart, so the reason is not known",
            $"两个结果文件在同一目录，共用一个 run.json（'{file}'）：无记录可区分两次运行，原因不明");

    /// <summary>No change of its own: others' corrections moved the benchmarks or quotas.</summary>
    public static string ReasonOthers(int corrections, int adjustments) =>
        Pick(Invariant($"no change of its own: other firms' corrections ({corrections}) or tier decisions ({adjustments}) in the later run moved benchmarks, averages, ranks or quotas"),
            Invariant($"本企业无更正：后一次运行中其他企业的数据更正（{corrections} 条）或人工调档（{adjustments} 条）改变了基准值、平均值、排名或名额"));

    /// <summary>Its own tier decision explains its tier; its score or rank moved by other firms' changes.</summary>
    public static string ReasonOthersForFigures(int corrections, int adjustments) =>
        Pick(Invariant($"its score and rank: other firms' corrections ({corrections}) or tier decisions ({adjustments}) in the later run moved benchmarks, averages, ranks or quotas"),
            Invariant($"其得分与排名：后一次运行中其他企业的数据更正（{corrections} 条）或人工调档（{adjustments} 条）改变了基准值、平均值、排名或名额"));

    /// <summary>The input files differ and no correction records why.</summary>
    public static string ReasonInputDiffers =>
        Pick("the input data differ (run.json input digests differ) and no correction is recorded for this firm",
            "两次输入数据不同（run.json 中输入摘要不同），且无本企业的更正记录");

    /// <summary>The profiles differ.</summary>
    public static string ReasonProfileDiffers =>
        Pick("the profiles differ (run.json profile digests differ)", "两次使用的评价方案不同（run.json 中方案摘要不同）");

    /// <summary>Nothing recorded explains the change.</summary>
    public static string ReasonUnrecorded =>
        Pick("no correction, tier decision, input or profile change is recorded in run.json: the reason is not known",
            "run.json 中没有记录更正、调档、输入或方案的变化：原因不明");

    /// <summary>A results file has no run.json beside it.</summary>
    public static string ReasonNoRunJson(string file) =>
        Pick($"no run.json beside '{file}': the reason is not known", $"'{file}' 旁没有 run.json：原因不明");

    /// <summary>A run.json beside a compared results file cannot be read.</summary>
    public static string CannotReadRun(string file, string detail) =>
        Pick($"cannot read the corrections and decisions of '{file}': {detail}", $"无法读取 '{file}' 中的更正与调档记录：{detail}");
}
