using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli.Output;

/// <summary>
/// The layout of the results database (docs/results-format.md, "The results database"): four tables named after
/// <c>--results-table NAME</c> — <c>NAME</c> (one row per firm, key <c>(scope, year, firm_id)</c>), <c>NAME_runs</c> (one
/// row per run, key <c>run_id</c>), <c>NAME_rejects</c> (the rows of rejects.csv, key <c>(scope, year, seq)</c>) and
/// <c>NAME_columns</c> (which results.csv column each SQL column holds) — and how results.csv's columns become SQL columns:
/// snake_case ASCII names usable without quoting, typed by column (integers, reals, text).
/// </summary>
internal static partial class ResultsTableLayout
{
    /// <summary>The longest <c>--results-table</c> name: PostgreSQL's 63-byte identifiers minus the longest suffix (<c>_runs_by_scope</c>).</summary>
    public const int MaxTableNameLength = 48;

    /// <summary>PostgreSQL's identifier limit in bytes (longer names are cut silently, so escore never makes one).</summary>
    private const int MaxIdentifierLength = 63;

    /// <summary>The results table's key and the run it came from, before the columns of results.csv.</summary>
    public static IReadOnlyList<SqlColumn> KeyColumns { get; } =
    [
        new("scope", SqlType.Text, NotNull: true),
        new("year", SqlType.Integer, NotNull: true),
        new("firm_id", SqlType.Text, NotNull: true),
        new("run_id", SqlType.Text, NotNull: true),
    ];

    /// <summary>The runs table: one row per run that wrote to the database (kept when a later run replaces its rows).</summary>
    public static IReadOnlyList<SqlColumn> RunColumns { get; } =
    [
        new("run_id", SqlType.Text, NotNull: true),
        new("scope", SqlType.Text, NotNull: true),
        new("year", SqlType.Integer, NotNull: true),
        new("started_at", SqlType.Timestamp, NotNull: true),
        new("written_at", SqlType.Timestamp, NotNull: true),
        new("tool_version", SqlType.Text, NotNull: true),
        new("library_version", SqlType.Text, NotNull: false),
        new("profile_name", SqlType.Text, NotNull: true),
        new("profile_jurisdiction", SqlType.Text, NotNull: false),
        new("profile_argument", SqlType.Text, NotNull: false),
        new("profile_sha256", SqlType.Text, NotNull: true),
        new("input_kind", SqlType.Text, NotNull: true),
        new("input_source", SqlType.Text, NotNull: true),
        new("input_query", SqlType.Text, NotNull: false),
        new("input_sha256", SqlType.Text, NotNull: true),
        new("rows_read", SqlType.Integer, NotNull: true),
        new("firms_loaded", SqlType.Integer, NotNull: true),
        new("rated", SqlType.Integer, NotNull: true),
        new("not_rated", SqlType.Integer, NotNull: true),
        new("rejected", SqlType.Integer, NotNull: true),
        new("rejected_on_input", SqlType.Integer, NotNull: true),
        new("rejected_by_evaluation", SqlType.Integer, NotNull: true),
        new("max_rejects", SqlType.Text, NotNull: true),
        new("exit_code", SqlType.Integer, NotNull: true),
    ];

    /// <summary>The rejects table: rejects.csv's <c>line,id,column,value,reason</c> with the key and run.</summary>
    public static IReadOnlyList<SqlColumn> RejectColumns { get; } =
    [
        new("scope", SqlType.Text, NotNull: true),
        new("year", SqlType.Integer, NotNull: true),
        new("seq", SqlType.Integer, NotNull: true),
        new("run_id", SqlType.Text, NotNull: true),
        new("line", SqlType.Integer, NotNull: true),
        new("firm_id", SqlType.Text, NotNull: false),
        new("input_column", SqlType.Text, NotNull: false),
        new("input_value", SqlType.Text, NotNull: false),
        new("reason", SqlType.Text, NotNull: true),
    ];

    /// <summary>The columns table: the results.csv column of each SQL column of the results table.</summary>
    public static IReadOnlyList<SqlColumn> MappingColumns { get; } =
    [
        new("column_name", SqlType.Text, NotNull: true),
        new("results_csv_column", SqlType.Text, NotNull: true),
        new("column_type", SqlType.Text, NotNull: true),
    ];

    /// <summary>The SQL column types: integers (rank, pool size, year, counts), reals (every other figure), text, timestamps.</summary>
    public enum SqlType
    {
        /// <summary>Text: <c>TEXT</c>.</summary>
        Text,

        /// <summary>A whole number: <c>INTEGER</c>.</summary>
        Integer,

        /// <summary>A number: <c>REAL</c> (SQLite) / <c>double precision</c> (PostgreSQL).</summary>
        Real,

        /// <summary>A point in time: ISO 8601 <c>TEXT</c> (SQLite) / <c>timestamp with time zone</c> (PostgreSQL).</summary>
        Timestamp,
    }

    /// <summary>The names of the four tables of <paramref name="table"/>.</summary>
    public static (string Results, string Runs, string Rejects, string Columns) TableNames(string table) =>
        (table, table + "_runs", table + "_rejects", table + "_columns");

    /// <summary>Throws unless <paramref name="table"/> is a plain SQL name short enough for its derived names.</summary>
    /// <exception cref="CommandException">Exit code 3.</exception>
    public static void CheckTableName(string table)
    {
        if (!PlainName().IsMatch(table) || table.Length > MaxTableNameLength)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.ResultsTableName(table, MaxTableNameLength));
        }
    }

    /// <summary>
    /// The SQL column of a results.csv column: <c>id</c> → <c>firm_id</c>; <c>&lt;indicator&gt;.value</c> →
    /// <c>&lt;indicator&gt;_value</c> (likewise <c>_benchmark</c>, <c>_score</c>, <c>_numerator</c>, <c>_denominator</c>); the
    /// other columns keep their (snake_case) names. A name part that is not lower-case ASCII snake_case (an indicator id
    /// in Chinese, with capitals or punctuation) is folded to it and followed by <c>_</c> and the first 8 hex digits of
    /// the SHA-256 of the original text, so that two ids never share a column; a name longer than 63 bytes is cut the same way.
    /// </summary>
    /// <param name="csvColumn">The results.csv header.</param>
    public static string SqlName(string csvColumn)
    {
        if (csvColumn == "id")
        {
            return "firm_id";
        }

        foreach (var suffix in ResultsCsvFormat.IndicatorSuffixes)
        {
            if (csvColumn.Length > suffix.Length && csvColumn.EndsWith(suffix, StringComparison.Ordinal))
            {
                var tail = "_" + suffix[1..];
                return Fold(csvColumn[..^suffix.Length], MaxIdentifierLength - tail.Length) + tail;
            }
        }

        return Fold(csvColumn, MaxIdentifierLength);
    }

    /// <summary>
    /// The SQL type of a results.csv column, by name (never by this run's cells, so a column that happens to be empty
    /// today is not typed for good): <c>rank</c>, <c>pool_size</c>, <c>year</c> integers; <c>score</c>, <c>percentile</c>,
    /// <c>bonus</c>, <c>deduction</c> and every indicator's value, benchmark, score, numerator and denominator reals; the rest text.
    /// </summary>
    /// <param name="csvColumn">The results.csv header.</param>
    public static SqlType TypeOf(string csvColumn) =>
        csvColumn is "rank" or "pool_size" or "year" ? SqlType.Integer
        : csvColumn is "score" or "percentile" or "bonus" or "deduction"
            || ResultsCsvFormat.IndicatorSuffixes.Any(s => csvColumn.EndsWith(s, StringComparison.Ordinal) && csvColumn.Length > s.Length) ? SqlType.Real
        : SqlType.Text;

    /// <summary>Whether a results.csv column holds numbers (integers or reals; see <see cref="TypeOf"/>).</summary>
    /// <param name="csvColumn">The results.csv header.</param>
    internal static bool IsNumeric(string csvColumn) => TypeOf(csvColumn) is SqlType.Integer or SqlType.Real;

    /// <summary>The provider's name of <paramref name="type"/>.</summary>
    public static string TypeName(SqlType type, DbProvider provider) => (type, provider) switch
    {
        (SqlType.Integer, _) => "INTEGER",
        (SqlType.Real, DbProvider.Postgres) => "double precision",
        (SqlType.Real, _) => "REAL",
        (SqlType.Timestamp, DbProvider.Postgres) => "timestamp with time zone",
        _ => "TEXT",
    };

    /// <summary>The code stored in <c>NAME_columns.column_type</c>: <c>integer</c>, <c>real</c>, <c>text</c>, <c>timestamp</c>.</summary>
    public static string TypeCode(SqlType type) => type.ToString().ToLowerInvariant();

    /// <summary>The column's definition in a <c>CREATE TABLE</c> or <c>ADD COLUMN</c>.</summary>
    public static string Definition(SqlColumn column, DbProvider provider) =>
        column.Name + " " + TypeName(column.Type, provider) + (column.NotNull ? " NOT NULL" : string.Empty);

    /// <summary>
    /// <paramref name="text"/> as a plain lower-case SQL name of at most <paramref name="maxLength"/> characters: unchanged
    /// when it already is one and fits, else folded (ASCII letters lower-cased and digits kept, every other run of characters
    /// one <c>_</c>; <c>c_</c> first when it would start with a digit, <c>c</c> when nothing is left) and made unique by a hash of the original.
    /// </summary>
    private static string Fold(string text, int maxLength)
    {
        if (SnakeCase().IsMatch(text) && text.Length <= maxLength)
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                folded.Append(lower);
            }
            else if (folded.Length > 0 && folded[^1] != '_')
            {
                folded.Append('_');
            }
        }

        var name = folded.ToString().TrimEnd('_');
        if (name.Length == 0)
        {
            name = "c";
        }
        else if (char.IsAsciiDigit(name[0]))
        {
            name = "c_" + name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
        var room = maxLength - hash.Length - 1;
        return (name.Length > room ? name[..room].TrimEnd('_') : name) + "_" + hash;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();

    /// <summary>One column of a table of the layout.</summary>
    /// <param name="Name">The SQL name (plain, lower-case).</param>
    /// <param name="Type">The type.</param>
    /// <param name="NotNull">Whether the column is <c>NOT NULL</c>.</param>
    public sealed record SqlColumn(string Name, SqlType Type, bool NotNull);
}
