using System.Text.Json.Nodes;

namespace WorkflowEngine.Runtime;

/// <summary>One line of an instance's append-only journal: an activity run or a human action.</summary>
public sealed record JournalEntry(
    string InstanceId,
    DateTimeOffset At,
    string Event,
    string? NodeId = null,
    string? ActivityType = null,
    string? Outcome = null,
    string? Actor = null,
    string? Message = null,
    JsonNode? Data = null);

/// <summary>The journal's event names written by the engine itself.</summary>
public static class JournalEvents
{
    public const string InstanceStarted = "InstanceStarted";
    public const string InstanceFinished = "InstanceFinished";
    public const string InstanceCancelled = "InstanceCancelled";
    public const string Completed = "Completed";
    public const string Suspended = "Suspended";
    public const string Resumed = "Resumed";
    public const string Faulted = "Faulted";
    public const string Cancelled = "Cancelled";
    public const string Retried = "Retried";
}
