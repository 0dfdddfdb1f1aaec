using System.Text.Json.Nodes;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Server.Elsa.Instances;

/// <summary>
/// What the instance viewer colours its nodes with, computed from the instance journal: per activity, how often it ran,
/// whether it waits (a live bookmark) and whether it faulted (an open incident).
/// </summary>
internal static class ActivityExecutionEndpoints
{
    public static RouteGroupBuilder MapActivityExecutions(this RouteGroupBuilder api)
    {
        api.MapPost("/activity-executions/report", Report);
        api.MapGet("/activity-executions/list", List);
        return api;
    }

    static async Task<IResult> Report(JsonObject body, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        var instanceId = body["workflowInstanceId"]?.ToString() ?? "";
        var instance = await store.FindAsync(instanceId, cancellationToken) ?? throw new InstanceNotFoundException(instanceId);
        var journal = await store.ReadJournalAsync(instanceId, 0, 10_000, cancellationToken);
        var waiting = (await store.ListBookmarksAsync(instanceId, cancellationToken)).Select(b => b.NodeId).ToHashSet(StringComparer.Ordinal);
        var faulted = instance.Incidents.Where(i => i.ResolvedAt is null).Select(i => i.NodeId).ToHashSet(StringComparer.Ordinal);
        var stats = new JsonArray();
        foreach (var nodeId in ElsaQuery.Strings(body["activityNodeIds"]))
        {
            // Studio names nodes by path ("Workflow1:review"); the journal names the activity ("review").
            var activityId = nodeId[(nodeId.LastIndexOf(':') + 1)..];
            var lines = journal.Where(j => j.NodeId == activityId).ToList();
            var isBlocked = waiting.Contains(activityId);
            var isFaulted = faulted.Contains(activityId);
            var completed = lines.Count(j => j.Event == JournalEvents.Completed);
            var started = lines.Count(j => j.Event is JournalEvents.Completed or JournalEvents.Faulted) + (isBlocked ? 1 : 0);
            if (started == 0) continue;
            stats.Add(new JsonObject
            {
                ["activityId"] = activityId, ["activityNodeId"] = nodeId, ["startedCount"] = started, ["completedCount"] = completed,
                ["uncompletedCount"] = started - completed, ["isBlocked"] = isBlocked, ["isFaulted"] = isFaulted,
            });
        }
        return TypedResults.Json(new JsonObject { ["stats"] = stats });
    }

    /// <summary>The runs of one activity, one record per completion, wait or fault in the journal.</summary>
    static async Task<IResult> List(HttpRequest request, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        var instanceId = ElsaQuery.Text(request, "workflowInstanceId") ?? "";
        var nodeId = ElsaQuery.Text(request, "activityNodeId") ?? "";
        var activityId = nodeId[(nodeId.LastIndexOf(':') + 1)..];
        var journal = await store.ReadJournalAsync(instanceId, 0, 10_000, cancellationToken);
        var items = journal.Select((entry, position) => (entry, position))
            .Where(x => x.entry.NodeId == activityId && x.entry.Event is JournalEvents.Completed or JournalEvents.Suspended or JournalEvents.Faulted)
            .Select(x => (JsonNode)new JsonObject
            {
                ["id"] = $"{instanceId}-{x.position}", ["workflowInstanceId"] = instanceId, ["activityId"] = activityId, ["activityNodeId"] = nodeId,
                ["activityType"] = x.entry.ActivityType, ["activityTypeVersion"] = 1, ["activityName"] = activityId,
                ["startedAt"] = x.entry.At, ["completedAt"] = x.entry.Event == JournalEvents.Completed ? x.entry.At : null,
                ["hasBookmarks"] = x.entry.Event == JournalEvents.Suspended,
                ["status"] = x.entry.Event switch { JournalEvents.Completed => "Completed", JournalEvents.Faulted => "Faulted", _ => "Running" },
                ["outputs"] = x.entry.Outcome is null ? new JsonObject() : new JsonObject { ["outcome"] = x.entry.Outcome },
                ["payload"] = x.entry.Data?.DeepClone(),
            }).ToList();
        return TypedResults.Json(new JsonObject { ["items"] = new JsonArray([.. items]), ["count"] = items.Count });
    }
}
