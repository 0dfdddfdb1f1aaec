using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Definitions;
using WorkflowEngine.Persistence.Stores;
using WorkflowEngine.Persistence.Supervision;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Persistence;

/// <summary>Registers the EF Core stores for the chosen provider.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, PersistenceOptions options)
    {
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContextPool<PostgresWorkflowDbContext>(o => o.UseNpgsql(options.ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
            services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<PostgresWorkflowDbContext>());
        }
        else
        {
            var connectionString = SqliteConnections.Prepare(options.ConnectionString);
            services.AddDbContextPool<SqliteWorkflowDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(SqliteConnections.Pragmas).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
            services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<SqliteWorkflowDbContext>());
        }
        services.AddScoped<IWorkflowInstanceStore, EfWorkflowInstanceStore>();
        services.AddScoped<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        services.AddScoped<IClockStore, EfClockStore>();
        services.AddScoped<IAlertStore, EfAlertStore>();
        services.AddScoped<ISupervisionScanner, EfSupervisionScanner>();
        services.AddLogging(); // the scanner logs; a host has registered logging already, and this adds nothing then
        return services;
    }

    /// <summary>Brings the schema up to date; run once at start-up (every node may run it; migrations are idempotent).</summary>
    public static async Task MigrateWorkflowDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db is SqliteWorkflowDbContext)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
