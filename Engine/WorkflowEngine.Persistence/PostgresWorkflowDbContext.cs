using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowEngine.Persistence;

/// <summary>The server database: PostgreSQL.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options)
{
    // timestamptz takes UTC only; calendar arithmetic hands out Beijing-time offsets, which are the same instants.
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<ToUtcConverter>();
    }

    sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
