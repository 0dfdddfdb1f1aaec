using System.Text.Json.Nodes;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Server.Elsa.Instances;

/// <summary>The instance list and viewer: list with filters and paging, one instance with its state, its journal, cancel and delete.</summary>
internal static class InstanceEndpoints
{
    const int MaxPageSize = 500;

    public static RouteGroupBuilder MapInstances(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-instances", List);
        api.MapGet("/workflow-instances/{id}", Get);
        api.MapGet("/workflow-instances/{id}/journal", Journal);
        api.MapPost("/workflow-instances/{id}/journal", Journal);
        api.MapGet("/workflow-instances/{id}/execution-state", ExecutionState);
        api.MapGet("/workflow-instances/{id}/variables", Variables);
        api.MapDelete("/workflow-instances/{id}", Delete);
        api.MapPost("/cancel/workflow-instances/{id}", Cancel);
        api.MapPost("/bulk-actions/delete/workflow-instances/by-id", BulkDelete);
        return api;
    }

    /// <summary>Elsa's ListWorkflowInstancesRequest: page (from 0), pageSize, searchTerm, definitionId(s), correlationId, status, subStatus(es).</summary>
    static async Task<IResult> List(JsonObject? body, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        body ??= [];
        var pageSize = Math.Clamp(Int(body["pageSize"]) ?? 50, 1, MaxPageSize);
        var subStatuses = ElsaQuery.Strings(body["subStatuses"]).Append(body["subStatus"]?.ToString()).OfType<string>().ToList();
        var statuses = ElsaQuery.Strings(body["statuses"]).Append(body["status"]?.ToString()).OfType<string>().ToList();
        var query = new InstanceQuery(
            CorrelationId: Text(body["correlationId"]),
            Status: statuses.Count == 1 && Enum.TryParse<WorkflowStatus>(statuses[0], true, out var status) ? status : null,
            SubStatus: subStatuses.Count == 1 && Enum.TryParse<WorkflowSubStatus>(subStatuses[0], true, out var subStatus) ? subStatus : null,
            SearchTerm: Text(body["searchTerm"]),
            Page: Math.Max(0, Int(body["page"]) ?? 0),
            PageSize: pageSize,
            NewestFirst: !string.Equals(body["orderDirection"]?.ToString(), "Ascending", StringComparison.OrdinalIgnoreCase))
        {
            DefinitionIds = [.. ElsaQuery.Strings(body["definitionIds"]), .. Text(body["definitionId"]) is { } one ? [one] : Array.Empty<string>()],
        };
        var page = await store.ListAsync(query, cancellationToken);
        return TypedResults.Json(new JsonObject
        {
            ["items"] = new JsonArray([.. page.Items.Select(i => (JsonNode)InstanceShapes.Summary(i))]),
            ["totalCount"] = page.TotalCount,
        });
    }

    static async Task<IResult> Get(string id, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        var instance = await store.FindAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        return TypedResults.Json(InstanceShapes.Full(instance, await store.ListBookmarksAsync(id, cancellationToken)));
    }

    static async Task<IResult> Journal(string id, HttpRequest request, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        _ = await store.FindAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        var skip = ElsaQuery.Number(request, "skip", 0, int.MaxValue);
        var take = ElsaQuery.Number(request, "take", 100, MaxPageSize);
        var entries = await store.ReadJournalAsync(id, skip, take, cancellationToken);
        return TypedResults.Json(new JsonObject
        {
            ["items"] = new JsonArray([.. entries.Select((e, i) => (JsonNode)InstanceShapes.LogRecord(e, skip + i))]),
            ["totalCount"] = await store.CountJournalAsync(id, cancellationToken),
        });
    }

    static async Task<IResult> ExecutionState(string id, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        var instance = await store.FindAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        return TypedResults.Json(new JsonObject
        {
            ["status"] = instance.Status.ToString(), ["subStatus"] = instance.SubStatus.ToString(), ["updatedAt"] = instance.UpdatedAt,
        });
    }

    static async Task<IResult> Variables(string id, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        var instance = await store.FindAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        var items = instance.Variables.Select(v => (JsonNode)new JsonObject { ["id"] = v.Key, ["name"] = v.Key, ["value"] = v.Value?.DeepClone() });
        return TypedResults.Json(new JsonObject { ["items"] = new JsonArray([.. items]), ["count"] = instance.Variables.Count });
    }

    static async Task<IResult> Delete(string id, IWorkflowInstanceStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync([id], cancellationToken) > 0 ? TypedResults.NoContent() : throw new InstanceNotFoundException(id);

    static async Task<IResult> Cancel(string id, WorkflowRuntime runtime, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        var instance = await store.FindAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        if (instance.Status == WorkflowStatus.Finished) return ElsaErrors.Refused("id", $"Instance {id} has already finished.");
        await runtime.CancelAsync(id, "cancelled in the designer", cancellationToken);
        return TypedResults.Ok();
    }

    static async Task<IResult> BulkDelete(JsonObject body, IWorkflowInstanceStore store, CancellationToken cancellationToken) =>
        TypedResults.Json(new JsonObject { ["deletedCount"] = await store.DeleteAsync(ElsaQuery.Strings(body["ids"]), cancellationToken) });

    static int? Int(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    static string? Text(JsonNode? node) => node?.ToString() is { Length: > 0 } text ? text : null;
}
