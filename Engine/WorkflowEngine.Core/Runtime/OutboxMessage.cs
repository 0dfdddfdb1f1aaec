using System.Text.Json.Nodes;

namespace WorkflowEngine.Runtime;

/// <summary>A message for the outside world, committed with the state that caused it and dispatched afterwards.</summary>
public sealed record OutboxMessage(string Id, string? InstanceId, string Topic, JsonNode? Payload, DateTimeOffset CreatedAt);
