using System.Text.Json.Nodes;

namespace WorkflowEngine.Runtime;

/// <summary>The durable state of one run of a definition version; everything needed to resume it on any node.</summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    /// <summary>The definition version this instance is pinned to for its whole life.</summary>
    public required string DefinitionVersionId { get; init; }
    public required int Version { get; init; }
    public string? Name { get; set; }
    public string? CorrelationId { get; set; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Executing;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>The optimistic-concurrency token: the revision this state was read at; 0 before the first commit.</summary>
    public long Revision { get; set; }

    public JsonObject Input { get; set; } = [];
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);
    public List<Token> Tokens { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];

    public int OpenIncidentCount => Incidents.Count(i => i.ResolvedAt is null);
}
