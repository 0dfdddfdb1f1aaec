using System.Text.Json.Nodes;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Server.Elsa.Instances;

/// <summary>Instances and their journal in Elsa's JSON: WorkflowInstanceSummary, WorkflowInstance with its WorkflowState, ExecutionLogRecord.</summary>
internal static class InstanceShapes
{
    public static JsonObject Summary(WorkflowInstanceSummary instance) => new()
    {
        ["id"] = instance.Id,
        ["definitionId"] = instance.DefinitionId,
        ["definitionVersionId"] = instance.DefinitionVersionId,
        ["version"] = instance.Version,
        ["status"] = instance.Status.ToString(),
        ["subStatus"] = instance.SubStatus.ToString(),
        ["correlationId"] = instance.CorrelationId,
        ["name"] = instance.Name,
        ["incidentCount"] = instance.IncidentCount,
        ["createdAt"] = instance.CreatedAt,
        ["updatedAt"] = instance.UpdatedAt,
        ["lastExecutedAt"] = instance.UpdatedAt,
        ["finishedAt"] = instance.FinishedAt,
    };

    public static JsonObject Full(WorkflowInstance instance, IReadOnlyList<Bookmark> bookmarks) => new()
    {
        ["id"] = instance.Id,
        ["definitionId"] = instance.DefinitionId,
        ["definitionVersionId"] = instance.DefinitionVersionId,
        ["version"] = instance.Version,
        ["status"] = instance.Status.ToString(),
        ["subStatus"] = instance.SubStatus.ToString(),
        ["correlationId"] = instance.CorrelationId,
        ["name"] = instance.Name,
        ["incidentCount"] = instance.OpenIncidentCount,
        ["createdAt"] = instance.CreatedAt,
        ["updatedAt"] = instance.UpdatedAt,
        ["finishedAt"] = instance.FinishedAt,
        ["workflowState"] = new JsonObject
        {
            ["id"] = instance.Id,
            ["definitionId"] = instance.DefinitionId,
            ["definitionVersionId"] = instance.DefinitionVersionId,
            ["definitionVersion"] = instance.Version,
            ["correlationId"] = instance.CorrelationId,
            ["status"] = instance.Status.ToString(),
            ["subStatus"] = instance.SubStatus.ToString(),
            ["bookmarks"] = new JsonArray([.. bookmarks.Select(b => (JsonNode)Bookmark(b))]),
            ["incidents"] = new JsonArray([.. instance.Incidents.Where(i => i.ResolvedAt is null).Select(i => (JsonNode)Incident(i))]),
            ["completionCallbacks"] = new JsonArray(),
            ["activityExecutionContexts"] = new JsonArray(),
            ["input"] = instance.Input.DeepClone(),
            ["output"] = new JsonObject(),
            ["properties"] = new JsonObject(),
            ["createdAt"] = instance.CreatedAt,
            ["updatedAt"] = instance.UpdatedAt,
            ["finishedAt"] = instance.FinishedAt,
        },
    };

    public static JsonObject Incident(Incident incident) => new()
    {
        ["activityId"] = incident.NodeId,
        ["activityNodeId"] = incident.NodeId,
        ["activityType"] = incident.ActivityType,
        ["message"] = incident.Message,
        ["exception"] = new JsonObject { ["type"] = incident.ExceptionType, ["message"] = incident.Message },
        ["timestamp"] = incident.At,
    };

    /// <summary>One journal line as an execution log record; its position in the journal is its id.</summary>
    public static JsonObject LogRecord(JournalEntry entry, long position) => new()
    {
        ["id"] = $"{entry.InstanceId}-{position}",
        ["activityInstanceId"] = $"{entry.InstanceId}-{entry.NodeId ?? "workflow"}",
        ["activityId"] = entry.NodeId ?? "",
        ["activityType"] = entry.ActivityType ?? "Elsa.Workflow",
        ["activityTypeVersion"] = 1,
        ["activityName"] = entry.NodeId,
        ["nodeId"] = entry.NodeId ?? "",
        ["timestamp"] = entry.At,
        ["sequence"] = position,
        ["eventName"] = entry.Event,
        ["message"] = Message(entry),
        ["source"] = entry.Actor,
        ["payload"] = entry.Data?.DeepClone(),
    };

    static JsonObject Bookmark(Bookmark bookmark) => new()
    {
        ["id"] = bookmark.Id,
        ["name"] = bookmark.ActivityType,
        ["hash"] = bookmark.StimulusHash,
        ["activityId"] = bookmark.NodeId,
        ["activityNodeId"] = bookmark.NodeId,
        ["activityInstanceId"] = bookmark.TokenId,
        ["createdAt"] = bookmark.CreatedAt,
        ["payload"] = bookmark.Payload?.DeepClone(),
    };

    static string? Message(JournalEntry entry) => (entry.Outcome, entry.Message) switch
    {
        (null, var message) => message,
        (var outcome, null) => $"→ {outcome}",
        var (outcome, message) => $"→ {outcome}: {message}",
    };
}
