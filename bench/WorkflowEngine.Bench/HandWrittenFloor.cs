using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowEngine.Persistence;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Bench;

/// <summary>
/// The floor cost of durability: the same commits the engine makes for one fork/join instance, written by hand with
/// plain ADO.NET and prepared statements on one open connection. Start: insert the instance, three bookmarks and a
/// journal line. Each resume: find the bookmark by its hash, read the instance, update it under its revision, delete
/// the bookmark, add a journal line.
/// </summary>
internal static class HandWrittenFloor
{
    // About the size of the engine's state for this process, so both write the same bytes.
    static readonly string State = "{\"input\":{\"key\":\"0\"},\"variables\":{},\"tokens\":[" + string.Join(",", Enumerable.Range(0, 3).Select(i =>
        $"{{\"id\":\"{Guid.NewGuid():N}\",\"nodeId\":\"branch{i}\",\"status\":\"Waiting\",\"bookmarkIds\":[\"{Guid.NewGuid():N}\"]}}")) + "],\"incidents\":[]}";

    public static async Task<double> RunAsync(TestDatabase database, int instances, int clients = 1)
    {
        var options = await TestEngine.CreateDatabaseAsync(database);
        await using (var setup = await OpenAsync(options))
            await ExecuteAsync(setup, null, """
                CREATE TABLE f_instances (id varchar(64) PRIMARY KEY, state text NOT NULL, revision bigint NOT NULL);
                CREATE TABLE f_bookmarks (id varchar(64) PRIMARY KEY, instance_id varchar(64) NOT NULL, activity_type varchar(128) NOT NULL, stimulus_hash varchar(64) NOT NULL);
                CREATE INDEX f_bookmarks_lookup ON f_bookmarks (activity_type, stimulus_hash);
                CREATE TABLE f_journal (instance_id varchar(64) NOT NULL, event varchar(64) NOT NULL, node_id varchar(64));
                """);
        return await Clients.RunAsync(clients, instances, async (_, first, count) =>
        {
            await using var connection = await OpenAsync(options);
            for (var i = first; i < first + count; i++) await RunOneAsync(connection, i);
        });
    }

    static async Task<DbConnection> OpenAsync(PersistenceOptions options)
    {
        DbConnection connection = options.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(options.ConnectionString)
            : new SqliteConnection(options.ConnectionString);
        if (connection is SqliteConnection sqlite) Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        await connection.OpenAsync();
        // A writer waits for another's commit instead of failing at once, as the engine's SQLite connections do.
        if (connection is SqliteConnection) await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;");
        return connection;
    }

    static async Task RunOneAsync(DbConnection connection, int i)
    {
        var instanceId = Guid.NewGuid().ToString("N");
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, tx, "INSERT INTO f_instances (id, state, revision) VALUES (@p0, @p1, 1)", instanceId, State);
            foreach (var branch in new[] { "a", "b", "c" })
                await ExecuteAsync(connection, tx, "INSERT INTO f_bookmarks (id, instance_id, activity_type, stimulus_hash) VALUES (@p0, @p1, 'Elsa.Event', @p2)",
                    Guid.NewGuid().ToString("N"), instanceId, $"{branch}-{i}");
            await ExecuteAsync(connection, tx, "INSERT INTO f_journal (instance_id, event, node_id) VALUES (@p0, 'InstanceStarted', NULL)", instanceId);
            await tx.CommitAsync();
        }
        foreach (var branch in new[] { "a", "b", "c" })
        {
            await using var tx = await connection.BeginTransactionAsync();
            string bookmarkId = "", owner = "";
            await using (var reader = await ReadAsync(connection, tx, "SELECT id, instance_id FROM f_bookmarks WHERE activity_type = 'Elsa.Event' AND stimulus_hash = @p0", $"{branch}-{i}"))
                while (await reader.ReadAsync()) { bookmarkId = reader.GetString(0); owner = reader.GetString(1); }
            long revision = 0;
            await using (var reader = await ReadAsync(connection, tx, "SELECT state, revision FROM f_instances WHERE id = @p0", owner))
                while (await reader.ReadAsync()) { _ = reader.GetString(0); revision = reader.GetInt64(1); }
            var updated = await ExecuteAsync(connection, tx, "UPDATE f_instances SET state = @p0, revision = revision + 1 WHERE id = @p1 AND revision = @p2", State, owner, revision);
            if (updated != 1) throw new InvalidOperationException("lost update");
            await ExecuteAsync(connection, tx, "DELETE FROM f_bookmarks WHERE id = @p0", bookmarkId);
            await ExecuteAsync(connection, tx, "INSERT INTO f_journal (instance_id, event, node_id) VALUES (@p0, 'Resumed', @p1)", owner, branch);
            await tx.CommitAsync();
        }
    }

    static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, params object[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    static async Task<DbDataReader> ReadAsync(DbConnection connection, DbTransaction tx, string sql, params object[] parameters) =>
        await Command(connection, tx, sql, parameters).ExecuteReaderAsync();

    static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, object[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var p = 0; p < parameters.Length; p++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + p;
            parameter.Value = parameters[p];
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
