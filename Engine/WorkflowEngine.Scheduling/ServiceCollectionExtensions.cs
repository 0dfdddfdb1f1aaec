using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Scheduling;

/// <summary>Registers Quartz.NET to drive the timer sweep and the supervision scan.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// On PostgreSQL Quartz keeps its state in the workflow database and runs clustered, so each firing happens on one
    /// node. On SQLite (one node by nature) it keeps its state in memory: the timers themselves are bookmarks in the
    /// workflow database either way, so nothing durable lives in Quartz.
    /// </summary>
    public static IServiceCollection AddWorkflowScheduling(this IServiceCollection services, SchedulingOptions options, PersistenceOptions persistence)
    {
        services.AddSingleton(options);
        if (!options.Enabled) return services;
        services.AddQuartz(q =>
        {
            if (persistence.Provider == DatabaseProvider.PostgreSql)
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(persistence.ConnectionString);
                    store.UseClustering();
                    store.UseSystemTextJsonSerializer();
                    store.ProvisionSchema();
                });
            else
                q.UseInMemoryStore();
            q.ScheduleJob<TimerSweepJob>(t => t.WithIdentity("timer-sweep").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(options.TimerSweepInterval).RepeatForever()));
            q.ScheduleJob<SupervisionScanJob>(t => t.WithIdentity("supervision-scan").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(options.SupervisionScanInterval).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
