using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

/// <summary>An engine with the approvals domain on a fresh database of either kind.</summary>
internal static class ApprovalsEngine
{
    public static async Task<TestEngine> StartAsync(TestDatabase database, Action<IServiceCollection>? configure = null) =>
        await StartAsync(await TestEngine.CreateDatabaseAsync(database), configure);

    /// <summary>Another node on a database that may be shared.</summary>
    public static async Task<TestEngine> StartAsync(Persistence.PersistenceOptions persistence, Action<IServiceCollection>? configure = null)
    {
        var engine = await TestEngine.StartAsync(persistence, WorkflowEngine.Approvals.ServiceCollectionExtensions.AddApprovalActivities, s =>
        {
            s.AddApprovals(persistence);
            configure?.Invoke(s);
        });
        await engine.Services.MigrateApprovalsDatabaseAsync();
        return engine;
    }

    /// <summary>An engine with the demo catalog and the sample workflows loaded, as the run command has them.</summary>
    public static async Task<TestEngine> StartWithDemoAsync(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var engine = await StartAsync(database, configure);
        await engine.Services.LoadDemoCatalogAsync();
        await WorkflowEngine.Approvals.Samples.SampleWorkflows.LoadAsync(engine.Services);
        return engine;
    }

    public static Task<T> TasksAsync<T>(this TestEngine engine, Func<TaskService, Task<T>> action) => engine.InScopeAsync(action);
}
