using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowEngine.Approvals.Data;

// Used only by tools/add-migration.sh; the connection strings are never opened.

internal sealed class SqliteApprovalsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApprovalsDbContext>
{
    public SqliteApprovalsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteApprovalsDbContext>()
        .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ApprovalsDbContext.MigrationsHistoryTable)).Options);
}

internal sealed class PostgresApprovalsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresApprovalsDbContext>
{
    public PostgresApprovalsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresApprovalsDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(ApprovalsDbContext.MigrationsHistoryTable)).Options);
}
