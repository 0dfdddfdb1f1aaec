using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Definitions;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Runtime;

/// <summary>
/// Runs one burst of a flowchart: from a start, resume, retry or cancel until every token waits, faults or ends.
/// Pure with respect to storage: it changes the instance in memory and records what the commit must write.
/// </summary>
public sealed class FlowchartExecutor(JavaScriptEvaluator javaScript, TimeProvider time)
{
    /// <summary>A guard against a loop of non-waiting activities spinning forever inside one burst.</summary>
    public const int MaxActivityRunsPerBurst = 10_000;

    public async Task<Burst> StartAsync(CompiledWorkflow workflow, StartRequest request, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var definition = workflow.Definition;
        var instance = new WorkflowInstance
        {
            Id = request.InstanceId ?? Guid.CreateVersion7().ToString("N"),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            Version = definition.Version,
            Name = request.Name ?? definition.Name,
            CorrelationId = request.CorrelationId,
            CreatedAt = now,
            UpdatedAt = now,
            Input = (JsonObject?)request.Input?.DeepClone() ?? [],
        };
        foreach (var variable in workflow.Variables)
            instance.Variables[variable.Name] = variable.InitialValue();

        var scope = new BurstScope(new Burst(instance, isNew: true), workflow, services, javaScript, now, cancellationToken);
        scope.Log(JournalEvents.InstanceStarted);
        var startNode = request.TriggerNodeId ?? workflow.Flowchart.StartNodeId;
        if (startNode is not null)
        {
            var token = NewToken(startNode);
            instance.Tokens.Add(token);
            if (request.TriggerNodeId is not null)
                await RunAsync(scope, token, resume: true, resumed: null, resumeInput: request.Input);
        }
        await RunToQuiescenceAsync(scope);
        return scope.Burst;
    }

    public async Task<Burst> ResumeAsync(CompiledWorkflow workflow, WorkflowInstance instance, Bookmark bookmark, JsonObject? input, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var token = instance.Tokens.FirstOrDefault(t => t.Id == bookmark.TokenId && t.Status == TokenStatus.Waiting && t.BookmarkIds.Contains(bookmark.Id))
            ?? throw new BookmarkNotFoundException(bookmark.Id);
        var scope = new BurstScope(new Burst(instance, isNew: false), workflow, services, javaScript, time.GetUtcNow(), cancellationToken);
        // Only this bookmark is used up: an activity waiting on several (tasks of several departments, a task and its
        // deadline) keeps the others until it completes.
        token.BookmarkIds.Remove(bookmark.Id);
        scope.Burst.BurnedBookmarkIds.Add(bookmark.Id);
        scope.Log(JournalEvents.Resumed, token.NodeId, bookmark.ActivityType);
        await RunAsync(scope, token, resume: true, bookmark, input);
        await RunToQuiescenceAsync(scope);
        return scope.Burst;
    }

    /// <summary>Runs the faulted activities again and resolves their incidents.</summary>
    public async Task<Burst> RetryAsync(CompiledWorkflow workflow, WorkflowInstance instance, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var scope = new BurstScope(new Burst(instance, isNew: false), workflow, services, javaScript, time.GetUtcNow(), cancellationToken);
        var faulted = instance.Tokens.Where(t => t.Status == TokenStatus.Faulted).ToList();
        if (faulted.Count == 0) throw new InvalidOperationException($"instance {instance.Id} has no faulted activity to retry");
        foreach (var token in faulted) token.Status = TokenStatus.Scheduled;
        instance.Incidents = instance.Incidents.Select(i => i.ResolvedAt is null ? i with { ResolvedAt = scope.Now } : i).ToList();
        scope.Log(JournalEvents.Retried, message: $"{faulted.Count} faulted activit{(faulted.Count == 1 ? "y" : "ies")} retried");
        await RunToQuiescenceAsync(scope);
        return scope.Burst;
    }

    public Burst Cancel(CompiledWorkflow workflow, WorkflowInstance instance, IServiceProvider services, string? reason = null)
    {
        var scope = new BurstScope(new Burst(instance, isNew: false), workflow, services, javaScript, time.GetUtcNow(), CancellationToken.None);
        foreach (var token in instance.Tokens.ToList()) Remove(scope, token, journalCancel: false);
        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = WorkflowSubStatus.Cancelled;
        instance.FinishedAt = scope.Now;
        instance.UpdatedAt = scope.Now;
        scope.Log(JournalEvents.InstanceCancelled, message: reason);
        return scope.Burst;
    }

    async Task RunToQuiescenceAsync(BurstScope scope)
    {
        var instance = scope.Instance;
        var runs = 0;
        while (true)
        {
            while (instance.Tokens.FirstOrDefault(t => t.Status == TokenStatus.Scheduled) is { } token)
            {
                if (++runs > MaxActivityRunsPerBurst)
                {
                    Fault(scope, token, scope.Workflow.Flowchart.Nodes[token.NodeId], new InvalidOperationException(
                        $"more than {MaxActivityRunsPerBurst} activities ran in one burst; the flowchart probably loops without waiting"));
                    continue;
                }
                await RunAsync(scope, token, resume: false, resumed: null, resumeInput: null);
                if (instance.Status == WorkflowStatus.Finished) return;
            }
            if (!FireReadyJoin(scope)) break;
        }
        Settle(scope);
    }

    async Task RunAsync(BurstScope scope, Token token, bool resume, Bookmark? resumed, JsonObject? resumeInput)
    {
        var node = scope.Workflow.Flowchart.Nodes[token.NodeId];
        if (node.Activity is BuiltIn.FlowJoin join && !resume)
        {
            token.Status = TokenStatus.Joining;
            if (join.WaitsForAny(scope)) FireJoin(scope, node, cancelOthers: true);
            return;
        }

        var context = new ActivityExecutionContext(scope, node.Activity, token, resumed, resumeInput);
        try
        {
            scope.CancellationToken.ThrowIfCancellationRequested();
            await (resume ? node.Activity.RunResumeAsync(context) : node.Activity.RunExecuteAsync(context));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Fault(scope, token, node, e);
            return;
        }

        if (context.ClearsBookmarks) BurnBookmarks(scope, token);
        if (context.EndsWorkflow)
        {
            scope.Log(JournalEvents.Completed, node.Id, node.Registration.TypeName);
            foreach (var other in scope.Instance.Tokens.ToList()) Remove(scope, other, journalCancel: other != token);
            Finish(scope);
        }
        else if (context.Outcomes is { } outcomes)
            Advance(scope, token, node, outcomes);
        else if (context.CreatedBookmarks.Count > 0 || (resume && token.BookmarkIds.Count > 0))
        {
            token.Status = TokenStatus.Waiting;
            token.BookmarkIds.AddRange(context.CreatedBookmarks.Select(b => b.Id));
            scope.Burst.CreatedBookmarks.AddRange(context.CreatedBookmarks);
            scope.Log(JournalEvents.Suspended, node.Id, node.Registration.TypeName);
        }
        else if (node.Activity.CompletesWhenExecuted)
            Advance(scope, token, node, ["Done"]);
        else
            Fault(scope, token, node, new InvalidOperationException("the activity neither completed nor created a bookmark"));
    }

    /// <summary>Moves the token along every connection leaving the given ports; the first target keeps the token, the others get new ones.</summary>
    static void Advance(BurstScope scope, Token token, FlowNode node, IReadOnlyList<string> outcomes)
    {
        scope.Log(JournalEvents.Completed, node.Id, node.Registration.TypeName, outcome: string.Join(",", outcomes));
        BurnBookmarks(scope, token);
        var targets = outcomes.SelectMany(o => scope.Workflow.Flowchart.Targets(node.Id, o)).ToList();
        if (targets.Count == 0)
        {
            scope.Instance.Tokens.Remove(token);
            return;
        }
        token.NodeId = targets[0];
        token.Status = TokenStatus.Scheduled;
        token.State = null;
        foreach (var target in targets.Skip(1)) scope.Instance.Tokens.Add(NewToken(target));
    }

    /// <summary>Fires the first WaitAll join that has arrivals and that no other live token can still reach.</summary>
    static bool FireReadyJoin(BurstScope scope)
    {
        var flowchart = scope.Workflow.Flowchart;
        foreach (var joinId in scope.Instance.Tokens.Where(t => t.Status == TokenStatus.Joining).Select(t => t.NodeId).Distinct().ToList())
        {
            var reachers = flowchart.ReachersOf(joinId);
            var blocked = scope.Instance.Tokens.Any(t => t.NodeId != joinId && reachers.Contains(t.NodeId));
            if (blocked) continue;
            FireJoin(scope, flowchart.Nodes[joinId], cancelOthers: false);
            return true;
        }
        return false;
    }

    static void FireJoin(BurstScope scope, FlowNode join, bool cancelOthers)
    {
        var instance = scope.Instance;
        var arrivals = instance.Tokens.Where(t => t.NodeId == join.Id && t.Status == TokenStatus.Joining).ToList();
        if (cancelOthers)
        {
            var reachers = scope.Workflow.Flowchart.ReachersOf(join.Id);
            foreach (var other in instance.Tokens.Where(t => t.NodeId != join.Id && reachers.Contains(t.NodeId)).ToList())
                Remove(scope, other, journalCancel: true);
        }
        foreach (var extra in arrivals.Skip(1)) instance.Tokens.Remove(extra);
        var token = arrivals[0];
        token.Status = TokenStatus.Scheduled;
        Advance(scope, token, join, ["Done"]);
    }

    static void Fault(BurstScope scope, Token token, FlowNode node, Exception e)
    {
        token.Status = TokenStatus.Faulted;
        BurnBookmarks(scope, token);
        var message = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message;
        scope.Instance.Incidents.Add(new Incident(Guid.CreateVersion7().ToString("N"), node.Id, node.Registration.TypeName, token.Id,
            message, e.GetType().Name, scope.Now));
        scope.Log(JournalEvents.Faulted, node.Id, node.Registration.TypeName, message: message);
    }

    static void Remove(BurstScope scope, Token token, bool journalCancel)
    {
        BurnBookmarks(scope, token);
        scope.Instance.Tokens.Remove(token);
        if (token.Status == TokenStatus.Faulted)
            scope.Instance.Incidents = scope.Instance.Incidents
                .Select(i => i.TokenId == token.Id && i.ResolvedAt is null ? i with { ResolvedAt = scope.Now } : i).ToList();
        if (journalCancel) scope.Log(JournalEvents.Cancelled, token.NodeId, scope.Workflow.Flowchart.Nodes[token.NodeId].Registration.TypeName);
    }

    static void BurnBookmarks(BurstScope scope, Token token)
    {
        foreach (var id in token.BookmarkIds)
        {
            var created = scope.Burst.CreatedBookmarks.FindIndex(b => b.Id == id);
            if (created >= 0) scope.Burst.CreatedBookmarks.RemoveAt(created);
            else scope.Burst.BurnedBookmarkIds.Add(id);
        }
        token.BookmarkIds.Clear();
    }

    static void Settle(BurstScope scope)
    {
        var instance = scope.Instance;
        instance.UpdatedAt = scope.Now;
        if (instance.Tokens.Count == 0) { Finish(scope); return; }
        instance.SubStatus = instance.Tokens.Any(t => t.Status == TokenStatus.Faulted) ? WorkflowSubStatus.Faulted : WorkflowSubStatus.Suspended;
    }

    static void Finish(BurstScope scope)
    {
        var instance = scope.Instance;
        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = WorkflowSubStatus.Finished;
        instance.FinishedAt = scope.Now;
        instance.UpdatedAt = scope.Now;
        scope.Log(JournalEvents.InstanceFinished);
    }

    static Token NewToken(string nodeId) => new() { Id = Guid.CreateVersion7().ToString("N"), NodeId = nodeId };
}
