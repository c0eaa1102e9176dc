using System.Globalization;
using static EnterpriseScoring.Cli.Text.Localization;

namespace EnterpriseScoring.Cli.Text;

/// <summary>The messages of the results database (<c>--results-db</c>) and of an output directory that could not be put back.</summary>
internal static partial class Messages
{
    /// <summary><c>--results-table</c> is not a plain SQL name.</summary>
    public static string ResultsTableName(string table, int maxLength) => Pick(
        string.Create(CultureInfo.InvariantCulture, $"--results-table '{table}' is not a plain SQL name of at most {maxLength} characters (letters, digits, _; not starting with a digit)"),
        string.Create(CultureInfo.InvariantCulture, $"--results-table '{table}' 不是合法的 SQL 表名：至多 {maxLength} 个字符，只能由字母、数字和 _ 组成，且不能以数字开头"));

    /// <summary>Two results.csv columns map to one SQL column.</summary>
    public static string SharedSqlColumn(string first, string second, string sqlName) => Pick(
        $"--results-db: results.csv columns '{first}' and '{second}' would share the SQL column {sqlName}; rename an indicator of the profile",
        $"--results-db：results.csv 的列 '{first}' 和 '{second}' 会对应同一个 SQL 列 {sqlName}；请在方案中给其中一个指标改名");

    /// <summary>An existing results table of another layout.</summary>
    public static string TableOfOtherLayout(string table, long rows, string lacking) => Pick(
        string.Create(CultureInfo.InvariantCulture, $"--results-db: table {table} ({rows} rows) is not of this escore's layout: it lacks {lacking} (a table written by escore 0.1 keys rows by year alone). escore neither changes nor drops it: rename it (ALTER TABLE {table} RENAME TO {table}_v0_1) or choose another --results-table"),
        string.Create(CultureInfo.InvariantCulture, $"--results-db：表 {table}（{rows} 行）不是本版 escore 的结果表格式：缺少列 {lacking}（escore 0.1 写的表只按年份区分各行）。escore 不会修改或删除它：请给它改名（ALTER TABLE {table} RENAME TO {table}_v0_1），或用 --results-table 另选表名"));

    /// <summary>The scope already holds another input's rows for the year.</summary>
    public static string ScopeHeldByOtherInput(string scope, long firms, int year, string other, string runId, string mine) => Pick(
        string.Create(CultureInfo.InvariantCulture, $"--results-db: scope '{scope}' already holds {firms} firms of {year} from another input ({other}, run {runId}); this run reads {mine}. Replacing them would lose that run's rows: give each input its own --results-scope (e.g. the county), or pass --results-scope '{scope}' to replace them"),
        string.Create(CultureInfo.InvariantCulture, $"--results-db：范围 '{scope}' 中已有另一输入（{other}，运行 {runId}）的 {year} 年度 {firms} 家企业的结果；本次运行读取的是 {mine}。替换会丢失那次运行的结果：请为每个输入指定各自的 --results-scope（如县区名），或明确给出 --results-scope '{scope}' 以替换它们"));

    /// <summary>An input without a recorded source, in <see cref="ScopeHeldByOtherInput"/>.</summary>
    public static string UnrecordedInput => Pick("an unrecorded input", "未记录的输入");

    /// <summary>A query, in <see cref="ScopeHeldByOtherInput"/>.</summary>
    public static string InputWithQuery(string source, string query) => Pick($"'{source}', query '{query}'", $"'{source}'，查询 '{query}'");

    /// <summary>A run failed and its output directory could not be put back as it was.</summary>
    public static string PutBackFailed(string failure, string target, string detail, string? kept, string temp) => Pick(
        $"{failure} — and '{target}' could not be put back ({detail}): the previous outputs are kept in '{kept ?? "(there were none)"}'; this run's outputs are in '{target}' or '{temp}' — check them by hand, nothing was deleted",
        $"{failure} —— 且无法恢复 '{target}'（{detail}）：之前的结果保留在 '{kept ?? "（没有之前的结果）"}'；本次运行的结果在 '{target}' 或 '{temp}' 中，请人工检查，没有删除任何文件");
}
