using DuckDB.NET.Data;

namespace EnterpriseScoring.Tests.Parquet;

/// <summary>A Parquet file read by DuckDB (an independent reader, native): column names and types, rows as CLR values (null for NULL).</summary>
internal static class DuckDbParquet
{
    public static (string[] Names, string[] Types, List<object?[]> Rows) Read(string path)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var file = path.Replace("'", "''", StringComparison.Ordinal);
        var names = new List<string>();
        var types = new List<string>();
        using (var describe = connection.CreateCommand())
        {
            describe.CommandText = $"DESCRIBE SELECT * FROM read_parquet('{file}')";
            using var reader = describe.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
                types.Add(reader.GetString(1));
            }
        }

        var rows = new List<object?[]>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = $"SELECT * FROM read_parquet('{file}')";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }
        }

        return ([.. names], [.. types], rows);
    }

    /// <summary>One value of a query over the file (<c>{0}</c> in <paramref name="sql"/> is the quoted path).</summary>
    public static object? Scalar(string path, string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'");
        return command.ExecuteScalar();
    }
}
