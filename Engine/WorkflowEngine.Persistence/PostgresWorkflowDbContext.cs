using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence;

/// <summary>The server database: PostgreSQL.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) => ProviderConventions.UseUtc(conventions);
}
