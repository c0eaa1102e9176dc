using System.Data.Common;
using EnterpriseScoring.Cli.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EnterpriseScoring.Cli.Input;

/// <summary>Opens connections for <see cref="DbProvider"/>s and describes them without secrets.</summary>
internal static class Databases
{
    /// <summary>Creates (does not open) a connection.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="connection">The connection string; for SQLite also a plain file path.</param>
    /// <param name="readOnly">For SQLite: open the file read-only (it must exist) unless the string sets a mode.</param>
    public static DbConnection Create(DbProvider provider, string connection, bool readOnly)
    {
        try
        {
            return provider switch
            {
                DbProvider.Sqlite => new SqliteConnection(SqliteConnectionString(connection, readOnly)),
                DbProvider.Postgres => new NpgsqlConnection(connection),
                _ => throw new ArgumentOutOfRangeException(nameof(provider)),
            };
        }
        catch (ArgumentException ex)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.InvalidConnection(provider.ToString().ToLowerInvariant(), ex.Message), ex);
        }
    }

    /// <summary>The connection string with passwords removed, for logs and run.json.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="connection">The connection string or SQLite path.</param>
    public static string Redact(DbProvider provider, string connection)
    {
        var text = provider == DbProvider.Sqlite && !connection.Contains('=', StringComparison.Ordinal) ? "Data Source=" + connection : connection;
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = text };
            foreach (var key in builder.Keys.Cast<string>().ToList())
            {
                if (key.Equals("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase))
                {
                    builder.Remove(key);
                }
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unparsable connection string)";
        }
    }

    private static string SqliteConnectionString(string connection, bool readOnly)
    {
        var isPath = !connection.Contains('=', StringComparison.Ordinal);
        var builder = new SqliteConnectionStringBuilder(isPath ? string.Empty : connection);
        if (isPath)
        {
            builder.DataSource = connection;
        }

        var modeGiven = !isPath && new DbConnectionStringBuilder { ConnectionString = connection }.ContainsKey("mode");
        if (readOnly && !modeGiven)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }

        builder.Pooling = false;
        return builder.ToString();
    }
}
