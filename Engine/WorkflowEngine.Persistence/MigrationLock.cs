using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WorkflowEngine.Persistence;

/// <summary>
/// Serialises schema migration across nodes. Several nodes starting at once on a fresh PostgreSQL database would
/// otherwise each try to create the same tables ("relation already exists"). SQLite serves one node and locks the
/// file itself.
/// </summary>
public static class MigrationLock
{
    // An arbitrary constant shared by every node and module of this product.
    const long Key = 0x5746_454E_4749_4E45; // "WFENGINE"

    public static async Task MigrateAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        // A session-level advisory lock on a connection of its own: held while EF migrates on its connections.
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            lockCommand.Parameters.AddWithValue("key", Key);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", Key);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
