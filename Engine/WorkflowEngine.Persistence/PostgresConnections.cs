using Npgsql;

namespace WorkflowEngine.Persistence;

/// <summary>
/// Npgsql settings for a server under load, applied unless the connection string says otherwise. Pooled connections
/// are not reset on return (no <c>DISCARD ALL</c>, which also threw away every prepared statement): nothing here
/// leaves session state behind, as the migration lock releases its advisory lock itself. Statements used often are
/// prepared automatically, so PostgreSQL parses and plans the hot reads and writes once per connection.
/// </summary>
public static class PostgresConnections
{
    public static string Prepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose")) builder.NoResetOnClose = true;
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }

    static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(k => connectionString.Contains(k, StringComparison.OrdinalIgnoreCase));
}
