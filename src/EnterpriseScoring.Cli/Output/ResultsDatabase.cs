using System.Data.Common;
using System.Globalization;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli.Output;

/// <summary>
/// Writes results back to a database table in one transaction: the table (created when missing) has the columns of
/// results.csv plus <c>run_id</c>; this year's earlier rows are deleted first, so a rerun replaces them. Numeric
/// columns are <c>double precision</c>/<c>REAL</c>, the others text; columns an existing table lacks are added.
/// </summary>
internal static class ResultsDatabase
{
    /// <summary>Writes the rows of <paramref name="resultsCsv"/> (a file written by <see cref="ResultsCsvWriter"/>).</summary>
    /// <returns>The number of rows inserted.</returns>
    public static int Write(DbProvider provider, string connectionString, string table, string resultsCsv, string runId, int year)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(table, "^[A-Za-z_][A-Za-z0-9_]{0,62}$"))
        {
            throw new CommandException(ExitCodes.InputOrUsageError, $"--results-table '{table}' is not a plain SQL name (letters, digits, _)");
        }

        var records = ParseCsv(File.ReadAllText(resultsCsv, System.Text.Encoding.UTF8).TrimStart('\uFEFF'));
        var header = records[0];
        var rows = records.Skip(1).Where(r => r.Length == header.Length).ToList();
        var numeric = header.Select(IsNumeric).ToArray();
        var real = provider == DbProvider.Postgres ? "double precision" : "REAL";
        string Column(int c) => $"{Quote(header[c])} {(numeric[c] ? real : "TEXT")}";

        using var connection = Databases.Create(provider, connectionString, readOnly: false);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"CREATE TABLE IF NOT EXISTS {table} (run_id TEXT NOT NULL, {string.Join(", ", header.Select((_, c) => Column(c)))})");

        // A table made by an earlier version or another profile may lack columns (a new trailing column, other indicators).
        var existing = ColumnsOf(connection, transaction, table);
        for (var c = 0; c < header.Length; c++)
        {
            if (!existing.Contains(header[c]))
            {
                Execute(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {Column(c)}");
            }
        }

        var yearColumn = Array.IndexOf(header, "year");
        if (yearColumn >= 0)
        {
            Execute(connection, transaction, $"DELETE FROM {table} WHERE {Quote("year")} = {year.ToString(CultureInfo.InvariantCulture)}");
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} (run_id, {string.Join(", ", header.Select(Quote))}) VALUES (@p0, {string.Join(", ", header.Select((_, c) => "@p" + (c + 1).ToString(CultureInfo.InvariantCulture)))})";
        var parameters = new DbParameter[header.Length + 1];
        for (var c = 0; c < parameters.Length; c++)
        {
            parameters[c] = insert.CreateParameter();
            parameters[c].ParameterName = "p" + c.ToString(CultureInfo.InvariantCulture);
            parameters[c].DbType = c > 0 && numeric[c - 1] ? System.Data.DbType.Double : System.Data.DbType.String;
            insert.Parameters.Add(parameters[c]);
        }

        insert.Prepare();
        foreach (var row in rows)
        {
            parameters[0].Value = runId;
            for (var c = 0; c < header.Length; c++)
            {
                var cell = row[c];
                parameters[c + 1].Value = cell.Length == 0 ? DBNull.Value : numeric[c] ? double.Parse(cell, CultureInfo.InvariantCulture) : FormulaGuard.Unescape(cell); // the text as in the input, not as protected for spreadsheets
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return rows.Count;
    }

    /// <summary>
    /// Whether a results column holds numbers: the figures (score, rank, pool_size, percentile, bonus, deduction, year and
    /// every indicator's value, benchmark, score, numerator, denominator). Decided by name, never by this run's cells, so
    /// a column that happens to be empty today (status_reason when every firm is rated) is not made numeric for good.
    /// </summary>
    internal static bool IsNumeric(string column) =>
        column is "score" or "rank" or "pool_size" or "percentile" or "bonus" or "deduction" or "year"
        || ResultsCsvFormat.IndicatorSuffixes.Any(s => column.EndsWith(s, StringComparison.Ordinal) && column.Length > s.Length);

    private static HashSet<string> ColumnsOf(DbConnection connection, DbTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT * FROM {table} WHERE 1 = 0";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < reader.FieldCount; c++)
        {
            names.Add(reader.GetName(c));
        }

        return names;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Parses CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks) into records.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                records.Add([.. cells]);
                cells.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add([.. cells]);
        }

        return records;
    }
}
