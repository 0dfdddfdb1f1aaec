using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence;

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteWorkflowDbContext(DbContextOptions<SqliteWorkflowDbContext> options) : WorkflowDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) => ProviderConventions.UseUtcTicks(conventions);
}
