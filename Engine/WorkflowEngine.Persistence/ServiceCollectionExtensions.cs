using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowEngine.Calendar;
using WorkflowEngine.Definitions;
using WorkflowEngine.Persistence.Calendars;
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
            services.AddDbContextPool<PostgresWorkflowDbContext>(o => o.UseNpgsql(PostgresConnections.Prepare(options.ConnectionString)).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
            services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<PostgresWorkflowDbContext>());
        }
        else
        {
            var connectionString = SqliteConnections.Prepare(options.ConnectionString);
            services.AddDbContextPool<SqliteWorkflowDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(SqliteConnections.Pragmas).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
            services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<SqliteWorkflowDbContext>());
        }
        services.AddScoped<IWorkflowInstanceStore, EfWorkflowInstanceStore>();
        services.AddScoped<Operations.EngineFigures>();
        services.AddScoped<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        services.AddScoped<IClockStore, EfClockStore>();
        services.AddScoped<IAlertStore, EfAlertStore>();
        services.AddScoped<ISupervisionScanner, EfSupervisionScanner>();
        services.AddLogging(); // the scanner logs; a host has registered logging already, and this adds nothing then
        services.TryAddSingleton(TimeProvider.System);
        // The database-backed calendars replace the built-in ones whichever of AddWorkflowEngine and this runs first.
        services.AddSingleton<EfWorkingCalendars>();
        services.RemoveAll<IWorkingCalendars>();
        services.AddSingleton<IWorkingCalendars>(sp => sp.GetRequiredService<EfWorkingCalendars>());
        services.AddScoped<CalendarAdministration>();
        return services;
    }

    /// <summary>Brings the schema up to date and seeds the national calendar; run at start-up (every node may run it at once: migration takes a database-wide lock, seeding is idempotent).</summary>
    public static async Task MigrateWorkflowDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        await MigrationLock.MigrateAsync(db, cancellationToken);
        if (db is SqliteWorkflowDbContext)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await NationalCalendarSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
        services.GetRequiredService<EfWorkingCalendars>().Invalidate();
    }
}
