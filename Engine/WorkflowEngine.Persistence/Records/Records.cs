namespace WorkflowEngine.Persistence.Records;

// Table rows. Kept apart from the engine's model so the engine never depends on EF and the columns stay lean.

/// <summary>A definition version row.</summary>
public sealed class DefinitionRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public required string Model { get; set; }
}

/// <summary>An instance row: queryable columns plus the state as JSON.</summary>
public sealed class InstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public required string DefinitionVersionId { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? CorrelationId { get; set; }
    public required string Status { get; set; }
    public required string SubStatus { get; set; }
    public int IncidentCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>The optimistic-concurrency token.</summary>
    public long Revision { get; set; }
    public required string State { get; set; }
}

/// <summary>A bookmark row, indexed by activity type and stimulus hash.</summary>
public sealed class BookmarkRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityType { get; set; }
    public required string StimulusHash { get; set; }
    public required string NodeId { get; set; }
    public required string TokenId { get; set; }
    public string? Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
}

/// <summary>A trigger row of a published version.</summary>
public sealed class TriggerRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public required string DefinitionVersionId { get; set; }
    public required string ActivityType { get; set; }
    public required string StimulusHash { get; set; }
    public required string NodeId { get; set; }
}

/// <summary>A journal line.</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public required string InstanceId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Event { get; set; }
    public string? NodeId { get; set; }
    public string? ActivityType { get; set; }
    public string? Outcome { get; set; }
    public string? Actor { get; set; }
    public string? Message { get; set; }
    public string? Data { get; set; }
}

/// <summary>An outgoing message waiting for (or past) dispatch.</summary>
public sealed class OutboxRecord
{
    public required string Id { get; set; }
    public string? InstanceId { get; set; }
    public required string Topic { get; set; }
    public string? Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
}
