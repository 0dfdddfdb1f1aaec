using System.Text.Json.Nodes;

namespace WorkflowEngine.Runtime;

/// <summary>How to start an instance: its input, a correlation id (e.g. a case number) and an optional name.</summary>
public sealed record StartRequest(JsonObject? Input = null, string? CorrelationId = null, string? Name = null)
{
    /// <summary>Start at this trigger node instead of the start node, resuming it with <see cref="Input"/>.</summary>
    public string? TriggerNodeId { get; init; }
}
