using System.Data.Common;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Provider-neutral readings of database errors.</summary>
internal static class DbErrors
{
    /// <summary>A unique key was violated: another writer created the same row first (PostgreSQL 23505, SQLite constraint 19).</summary>
    public static bool IsUniqueViolation(DbException e) =>
        e.SqlState == "23505" || e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };
}
