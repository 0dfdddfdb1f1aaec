using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Stores;

namespace WorkflowEngine.Approvals.Data;

/// <summary>Approvals contexts on a connection someone else owns (the engine's, during a burst's commit), and the model's statements.</summary>
internal static class ApprovalsContexts
{
    static readonly Lazy<ModelStatements> SqliteStatements = new(() =>
    {
        using var db = new SqliteApprovalsDbContext(new DbContextOptionsBuilder<SqliteApprovalsDbContext>().UseSqlite().Options);
        return ModelStatements.For(db);
    });

    static readonly Lazy<ModelStatements> PostgresStatements = new(() =>
    {
        using var db = new PostgresApprovalsDbContext(new DbContextOptionsBuilder<PostgresApprovalsDbContext>().UseNpgsql().Options);
        return ModelStatements.For(db);
    });

    public static ApprovalsDbContext On(DbConnection connection) => connection is SqliteConnection
        ? new SqliteApprovalsDbContext(new DbContextOptionsBuilder<SqliteApprovalsDbContext>().UseSqlite(connection).Options)
        : new PostgresApprovalsDbContext(new DbContextOptionsBuilder<PostgresApprovalsDbContext>().UseNpgsql(connection).Options);

    /// <summary>INSERT/UPDATE statements for approvals rows in the dialect of this connection's database.</summary>
    public static ModelStatements Statements(DbConnection connection) =>
        (connection is SqliteConnection ? SqliteStatements : PostgresStatements).Value;
}
