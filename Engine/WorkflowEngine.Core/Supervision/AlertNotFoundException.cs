namespace WorkflowEngine.Supervision;

/// <summary>No alert has this id.</summary>
public sealed class AlertNotFoundException(string alertId) : Exception($"alert {alertId} does not exist")
{
    public string AlertId { get; } = alertId;
}
