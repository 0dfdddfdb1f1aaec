using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowEngine.Persistence;

/// <summary>SQLite settings for a durable embedded store: WAL, full sync on commit, a busy timeout for concurrent writers.</summary>
internal static class SqliteConnections
{
    public static readonly PragmaInterceptor Pragmas = new();

    /// <summary>Creates the folder of the database file so the server runs with no set-up.</summary>
    public static string Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            Directory.CreateDirectory(folder);
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }

    internal sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        // journal_mode=WAL is a property of the file, set once by MigrateWorkflowDatabaseAsync; these are per connection.
        const string Sql = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
