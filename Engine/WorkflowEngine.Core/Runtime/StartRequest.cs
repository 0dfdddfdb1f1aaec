using System.Text.Json.Nodes;

namespace WorkflowEngine.Runtime;

/// <summary>How to start an instance: its input, a correlation id (e.g. a case number) and an optional name.</summary>
public sealed record StartRequest(JsonObject? Input = null, string? CorrelationId = null, string? Name = null)
{
    /// <summary>Start at this trigger node instead of the start node, resuming it with <see cref="Input"/>.</summary>
    public string? TriggerNodeId { get; init; }

    /// <summary>The id the new instance gets, when the caller must know it before the start commits (a case that points at it).</summary>
    public string? InstanceId { get; init; }

    /// <summary>Runs in the first burst's service scope before any activity, e.g. to hand the domain a row it is creating in that same burst.</summary>
    public Action<IServiceProvider>? PrepareScope { get; init; }
}
