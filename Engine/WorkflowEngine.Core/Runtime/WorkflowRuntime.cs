using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Retry;
using WorkflowEngine.Definitions;

namespace WorkflowEngine.Runtime;

/// <summary>
/// Starts, resumes, retries and cancels instances. Each operation loads fresh state in its own scope, runs one burst
/// and commits it in one transaction; on a concurrency conflict it starts over from fresh state.
/// </summary>
public sealed class WorkflowRuntime(IServiceScopeFactory scopes, WorkflowCompiler compiler, FlowchartExecutor executor)
{
    static readonly ResiliencePipeline ConflictRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<ConcurrencyConflictException>(),
            MaxRetryAttempts = 10,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(2),
            MaxDelay = TimeSpan.FromMilliseconds(200),
            UseJitter = true,
        })
        .Build();

    /// <summary>Starts the published version of a definition.</summary>
    public Task<WorkflowRunResult> StartAsync(string definitionId, StartRequest request, CancellationToken cancellationToken = default) =>
        StartAsync(definitionId, request, participant: null, cancellationToken);

    /// <summary>Starts the published version of a definition and commits the caller's own writes (a new case) with it.</summary>
    public async Task<WorkflowRunResult> StartAsync(string definitionId, StartRequest request, IBurstParticipant? participant, CancellationToken cancellationToken = default)
    {
        CompiledWorkflow workflow;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
            var stamp = await store.FindPublishedStampAsync(definitionId, cancellationToken) ?? throw new DefinitionNotFoundException(definitionId);
            workflow = compiler.Cached(stamp.VersionId, stamp.UpdatedAt)
                ?? compiler.Compile(await store.FindVersionAsync(stamp.VersionId, cancellationToken) ?? throw new DefinitionNotFoundException(definitionId));
        }
        return await StartAsync(workflow, request, participant, cancellationToken);
    }

    /// <summary>Starts a given version (a new instance has nothing to conflict with, so no retry is needed).</summary>
    public Task<WorkflowRunResult> StartVersionAsync(WorkflowDefinition version, StartRequest request, CancellationToken cancellationToken = default) =>
        StartAsync(compiler.Compile(version), request, participant: null, cancellationToken);

    async Task<WorkflowRunResult> StartAsync(CompiledWorkflow workflow, StartRequest request, IBurstParticipant? participant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        request.PrepareScope?.Invoke(scope.ServiceProvider);
        var burst = await executor.StartAsync(workflow, request, scope.ServiceProvider, cancellationToken);
        if (participant is not null) burst.Participants.Insert(0, participant);
        await CommitAsync(scope, Store(scope), burst, cancellationToken);
        return WorkflowRunResult.From(burst);
    }

    /// <summary>Resumes one bookmark. A bookmark already resumed by someone else gives <see cref="BookmarkNotFoundException"/>.</summary>
    public async Task<WorkflowRunResult> ResumeAsync(string bookmarkId, JsonObject? input, CancellationToken cancellationToken = default)
    {
        Bookmark? bookmark;
        await using (var scope = scopes.CreateAsyncScope())
            bookmark = await Store(scope).FindBookmarkAsync(bookmarkId, cancellationToken);
        return await ResumeAsync(bookmark ?? throw new BookmarkNotFoundException(bookmarkId), input, cancellationToken);
    }

    /// <summary>
    /// Resumes a bookmark found earlier. Whether it is still live is decided by the instance state read inside the retry,
    /// so a bookmark burned by a concurrent writer is refused rather than resumed twice.
    /// </summary>
    public Task<WorkflowRunResult> ResumeAsync(Bookmark bookmark, JsonObject? input, CancellationToken cancellationToken = default) =>
        ResumeAsync(bookmark, input, participant: null, cancellationToken);

    /// <summary>
    /// Resumes a bookmark and commits the caller's own writes in the same transaction: a task marked completed
    /// commits with the workflow moving on, or neither happens. The participant may be written more than once
    /// (each retry after a conflict), so it must describe its writes, not perform them when built.
    /// </summary>
    public Task<WorkflowRunResult> ResumeAsync(Bookmark bookmark, JsonObject? input, IBurstParticipant? participant, CancellationToken cancellationToken = default) =>
        ConflictRetry.ExecuteAsync(async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = Store(scope);
            var instance = await store.FindAsync(bookmark.InstanceId, ct) ?? throw new BookmarkNotFoundException(bookmark.Id);
            var workflow = await CompileAsync(scope, instance, ct);
            var burst = await executor.ResumeAsync(workflow, instance, bookmark, input, scope.ServiceProvider, ct);
            if (participant is not null) burst.Participants.Insert(0, participant);
            await CommitAsync(scope, store, burst, ct);
            return WorkflowRunResult.From(burst);
        }, cancellationToken).AsTask();

    /// <summary>Resumes every bookmark waiting for this stimulus on this activity type (e.g. all instances waiting for an event).</summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> ResumeAsync(string activityType, string stimulus, JsonObject? input, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Bookmark> bookmarks;
        await using (var scope = scopes.CreateAsyncScope())
            bookmarks = await Store(scope).FindBookmarksAsync(activityType, Stimulus.Hash(activityType, stimulus), cancellationToken);
        var results = new List<WorkflowRunResult>();
        foreach (var bookmark in bookmarks)
        {
            try { results.Add(await ResumeAsync(bookmark, input, cancellationToken)); }
            catch (BookmarkNotFoundException) { } // another node resumed it first: it acted once, which is the point
        }
        return results;
    }

    /// <summary>Publishes a named event: resumes the instances waiting for it and starts those whose published flowchart begins with it.</summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> PublishEventAsync(string eventName, JsonObject? input, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        const string eventType = "Elsa.Event";
        var results = new List<WorkflowRunResult>(await ResumeAsync(eventType, eventName, input, cancellationToken));
        IReadOnlyList<StoredTrigger> triggers;
        await using (var scope = scopes.CreateAsyncScope())
            triggers = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>()
                .FindTriggersAsync(eventType, Stimulus.Hash(eventType, eventName), cancellationToken);
        foreach (var trigger in triggers)
        {
            WorkflowDefinition? version;
            await using (var scope = scopes.CreateAsyncScope())
                version = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().FindVersionAsync(trigger.DefinitionVersionId, cancellationToken);
            if (version is null) continue;
            results.Add(await StartVersionAsync(version, new StartRequest(input, correlationId) { TriggerNodeId = trigger.NodeId }, cancellationToken));
        }
        return results;
    }

    public Task<WorkflowRunResult> RetryAsync(string instanceId, CancellationToken cancellationToken = default) =>
        OnInstanceAsync(instanceId, (workflow, instance, services, ct) => executor.RetryAsync(workflow, instance, services, ct), cancellationToken);

    public Task<WorkflowRunResult> CancelAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        OnInstanceAsync(instanceId, (workflow, instance, services, _) => Task.FromResult(executor.Cancel(workflow, instance, services, reason)), cancellationToken);

    /// <summary>
    /// Cancels an instance and commits the caller's own writes with it (a case withdrawn by its applicant);
    /// <paramref name="prepareScope"/> runs in the burst's scope first, as with <see cref="StartRequest.PrepareScope"/>.
    /// </summary>
    public Task<WorkflowRunResult> CancelAsync(string instanceId, string? reason, IBurstParticipant participant, Action<IServiceProvider>? prepareScope,
        CancellationToken cancellationToken = default) =>
        OnInstanceAsync(instanceId, (workflow, instance, services, _) => Task.FromResult(executor.Cancel(workflow, instance, services, reason)), cancellationToken,
            participant, prepareScope);

    Task<WorkflowRunResult> OnInstanceAsync(string instanceId, Func<CompiledWorkflow, WorkflowInstance, IServiceProvider, CancellationToken, Task<Burst>> run,
        CancellationToken cancellationToken, IBurstParticipant? participant = null, Action<IServiceProvider>? prepareScope = null) =>
        ConflictRetry.ExecuteAsync(async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            prepareScope?.Invoke(scope.ServiceProvider);
            var store = Store(scope);
            var instance = await store.FindAsync(instanceId, ct) ?? throw new InstanceNotFoundException(instanceId);
            if (instance.Status == WorkflowStatus.Finished) throw new InvalidOperationException($"instance {instanceId} has already finished");
            var burst = await run(await CompileAsync(scope, instance, ct), instance, scope.ServiceProvider, ct);
            if (participant is not null) burst.Participants.Insert(0, participant);
            await CommitAsync(scope, store, burst, ct);
            return WorkflowRunResult.From(burst);
        }, cancellationToken).AsTask();

    async Task<CompiledWorkflow> CompileAsync(AsyncServiceScope scope, WorkflowInstance instance, CancellationToken ct)
    {
        // A version an instance runs on never changes (saving after a publish makes a new version), so the cache is enough.
        if (compiler.Cached(instance.DefinitionVersionId) is { } cached) return cached;
        var version = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().FindVersionAsync(instance.DefinitionVersionId, ct)
            ?? throw new DefinitionNotFoundException(instance.DefinitionId, instance.Version);
        return compiler.Compile(version);
    }

    static Task CommitAsync(AsyncServiceScope scope, IWorkflowInstanceStore store, Burst burst, CancellationToken ct)
    {
        foreach (var observer in scope.ServiceProvider.GetServices<IBurstObserver>()) observer.BeforeCommit(burst);
        return store.CommitAsync(burst, ct);
    }

    static IWorkflowInstanceStore Store(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
}

/// <summary>No instance has this id.</summary>
public sealed class InstanceNotFoundException(string instanceId) : Exception($"workflow instance {instanceId} does not exist")
{
    public string InstanceId { get; } = instanceId;
}
