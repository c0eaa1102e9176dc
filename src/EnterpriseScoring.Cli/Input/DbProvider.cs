namespace EnterpriseScoring.Cli.Input;

/// <summary>The databases <c>escore</c> reads firms from and writes results to.</summary>
internal enum DbProvider
{
    /// <summary>SQLite (embedded, Microsoft.Data.Sqlite): the default; the connection may be a plain file path.</summary>
    Sqlite,

    /// <summary>PostgreSQL (Npgsql).</summary>
    Postgres,
}
