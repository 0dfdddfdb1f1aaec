using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Approvals.Data;

/// <summary>Opens an approvals context on a connection someone else owns: the engine's, during a burst's commit.</summary>
internal static class ApprovalsContexts
{
    public static ApprovalsDbContext On(DbConnection connection) => connection is SqliteConnection
        ? new SqliteApprovalsDbContext(new DbContextOptionsBuilder<SqliteApprovalsDbContext>().UseSqlite(connection).Options)
        : new PostgresApprovalsDbContext(new DbContextOptionsBuilder<PostgresApprovalsDbContext>().UseNpgsql(connection).Options);
}
