using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Definitions;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Testing;

/// <summary>The databases every persistence test runs against.</summary>
public enum TestDatabase { Sqlite, PostgreSql }

/// <summary>An engine wired to a fresh, migrated database: a SQLite file or a new database on the throw-away PostgreSQL cluster.</summary>
public sealed class TestEngine : IAsyncDisposable
{
    TestEngine(ServiceProvider services, PersistenceOptions persistence)
    {
        Services = services;
        Persistence = persistence;
    }

    public ServiceProvider Services { get; }
    public PersistenceOptions Persistence { get; }
    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    public static async Task<PersistenceOptions> CreateDatabaseAsync(TestDatabase database) => database switch
    {
        TestDatabase.PostgreSql => new PersistenceOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("wfe"),
        },
        _ => new PersistenceOptions
        {
            Provider = DatabaseProvider.Sqlite,
            // A folder per database, so a test may delete one without touching the others.
            ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), "wfe-tests", Guid.NewGuid().ToString("N"), "workflows.db")}",
        },
    };

    public static async Task<TestEngine> StartAsync(TestDatabase database, Action<ActivityRegistry>? activities = null, Action<IServiceCollection>? configure = null) =>
        await StartAsync(await CreateDatabaseAsync(database), activities, configure);

    public static async Task<TestEngine> StartAsync(PersistenceOptions persistence, Action<ActivityRegistry>? activities = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // Tests live on a fixed date; a test that needs another registers its own clock in configure (the last wins).
        services.AddSingleton(TestTime.Running());
        services.AddWorkflowEngine(activities);
        services.AddWorkflowPersistence(persistence);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.MigrateWorkflowDatabaseAsync();
        return new TestEngine(provider, persistence);
    }

    /// <summary>Saves and publishes a model; returns the published version.</summary>
    public async Task<WorkflowDefinition> PublishAsync(JsonObject model, string? definitionId = null) =>
        (await InScopeAsync<WorkflowDefinitionService, WorkflowDefinitionService.SaveResult>(s => s.SaveAsync(definitionId, model, publish: true))).Definition;

    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> action) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<WorkflowInstance?> LoadAsync(string instanceId) => InScopeAsync<IWorkflowInstanceStore, WorkflowInstance?>(s => s.FindAsync(instanceId));
    public Task<IReadOnlyList<Bookmark>> BookmarksAsync(string instanceId) => InScopeAsync<IWorkflowInstanceStore, IReadOnlyList<Bookmark>>(s => s.ListBookmarksAsync(instanceId));
    public Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId) => InScopeAsync<IWorkflowInstanceStore, IReadOnlyList<JournalEntry>>(s => s.ReadJournalAsync(instanceId));

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
