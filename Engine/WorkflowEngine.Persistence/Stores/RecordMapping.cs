using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Converts between engine objects and table rows.</summary>
internal static class RecordMapping
{
    /// <summary>The part of an instance kept as one JSON column.</summary>
    sealed record InstanceState(JsonObject Input, Dictionary<string, JsonNode?> Variables, List<Token> Tokens, List<Incident> Incidents);

    public static InstanceRecord ToRecord(WorkflowInstance i) => new()
    {
        Id = i.Id, DefinitionId = i.DefinitionId, DefinitionVersionId = i.DefinitionVersionId, Version = i.Version,
        Name = i.Name, CorrelationId = i.CorrelationId, Status = i.Status.ToString(), SubStatus = i.SubStatus.ToString(),
        IncidentCount = i.OpenIncidentCount, CreatedAt = i.CreatedAt, UpdatedAt = i.UpdatedAt, FinishedAt = i.FinishedAt,
        Revision = i.Revision,
        State = JsonSerializer.Serialize(new InstanceState(i.Input, i.Variables, i.Tokens, i.Incidents), WorkflowJson.Options),
    };

    public static WorkflowInstance ToInstance(InstanceRecord r)
    {
        var state = JsonSerializer.Deserialize<InstanceState>(r.State, WorkflowJson.Options)!;
        return new WorkflowInstance
        {
            Id = r.Id, DefinitionId = r.DefinitionId, DefinitionVersionId = r.DefinitionVersionId, Version = r.Version,
            Name = r.Name, CorrelationId = r.CorrelationId, Status = Enum.Parse<WorkflowStatus>(r.Status),
            SubStatus = Enum.Parse<WorkflowSubStatus>(r.SubStatus), CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt,
            FinishedAt = r.FinishedAt, Revision = r.Revision, Input = state.Input,
            Variables = new Dictionary<string, JsonNode?>(state.Variables, StringComparer.Ordinal),
            Tokens = state.Tokens, Incidents = state.Incidents,
        };
    }

    public static WorkflowInstanceSummary ToSummary(InstanceRecord r) => new(
        r.Id, r.DefinitionId, r.DefinitionVersionId, r.Version, r.Name, r.CorrelationId,
        Enum.Parse<WorkflowStatus>(r.Status), Enum.Parse<WorkflowSubStatus>(r.SubStatus), r.IncidentCount,
        r.CreatedAt, r.UpdatedAt, r.FinishedAt);

    public static BookmarkRecord ToRecord(Bookmark b) => new()
    {
        Id = b.Id, InstanceId = b.InstanceId, ActivityType = b.ActivityType, StimulusHash = b.StimulusHash, NodeId = b.NodeId,
        TokenId = b.TokenId, Payload = b.Payload?.ToJsonString(WorkflowJson.Options), CreatedAt = b.CreatedAt, DueAt = b.DueAt,
    };

    public static Bookmark ToBookmark(BookmarkRecord r) =>
        new(r.Id, r.InstanceId, r.ActivityType, r.StimulusHash, r.NodeId, r.TokenId, r.Payload is null ? null : JsonNode.Parse(r.Payload), r.CreatedAt)
        { DueAt = r.DueAt };

    public static JournalRecord ToRecord(JournalEntry e) => new()
    {
        InstanceId = e.InstanceId, At = e.At, Event = e.Event, NodeId = e.NodeId, ActivityType = e.ActivityType,
        Outcome = e.Outcome, Actor = e.Actor, Message = e.Message, Data = e.Data?.ToJsonString(WorkflowJson.Options),
    };

    public static JournalEntry ToEntry(JournalRecord r) =>
        new(r.InstanceId, r.At, r.Event, r.NodeId, r.ActivityType, r.Outcome, r.Actor, r.Message, r.Data is null ? null : JsonNode.Parse(r.Data));

    public static OutboxRecord ToRecord(OutboxMessage m) =>
        new() { Id = m.Id, InstanceId = m.InstanceId, Topic = m.Topic, Payload = m.Payload?.ToJsonString(WorkflowJson.Options), CreatedAt = m.CreatedAt };

    public static DefinitionRecord ToRecord(WorkflowDefinition d) => new()
    {
        Id = d.Id, DefinitionId = d.DefinitionId, Version = d.Version, Name = d.Name, Description = d.Description,
        CreatedAt = d.CreatedAt, UpdatedAt = d.UpdatedAt, IsLatest = d.IsLatest, IsPublished = d.IsPublished,
        Model = d.Model.ToJsonString(WorkflowJson.Options),
    };

    public static WorkflowDefinition ToDefinition(DefinitionRecord r) => new()
    {
        Id = r.Id, DefinitionId = r.DefinitionId, Version = r.Version, Name = r.Name, Description = r.Description,
        CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt, IsLatest = r.IsLatest, IsPublished = r.IsPublished,
        Model = JsonNode.Parse(r.Model) as JsonObject ?? [],
    };

    public static TriggerRecord ToRecord(StoredTrigger t) => new()
    {
        Id = t.Id, DefinitionId = t.DefinitionId, DefinitionVersionId = t.DefinitionVersionId, ActivityType = t.ActivityType,
        StimulusHash = t.StimulusHash, NodeId = t.NodeId,
    };

    public static StoredTrigger ToTrigger(TriggerRecord r) => new(r.Id, r.DefinitionId, r.DefinitionVersionId, r.ActivityType, r.StimulusHash, r.NodeId);
}
