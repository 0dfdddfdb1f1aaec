using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence;

/// <summary>The server database: PostgreSQL.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options);
