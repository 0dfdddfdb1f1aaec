namespace WorkflowEngine.Runtime;

/// <summary>A fault of one activity run; the instance keeps it until a retry resolves it.</summary>
public sealed record Incident(
    string Id,
    string NodeId,
    string ActivityType,
    string TokenId,
    string Message,
    string ExceptionType,
    DateTimeOffset At)
{
    public DateTimeOffset? ResolvedAt { get; init; }
}
