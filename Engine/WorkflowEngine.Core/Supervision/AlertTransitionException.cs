namespace WorkflowEngine.Supervision;

/// <summary>An alert cannot move from its state to the one asked for.</summary>
public sealed class AlertTransitionException(string alertId, AlertState from, AlertState to, IReadOnlyList<AlertState> allowed)
    : InvalidOperationException(
        $"alert {alertId} is {from} and cannot become {to}" +
        (to == AlertState.Withdrawn ? " (only the system withdraws alerts)" : "") +
        (allowed.Count == 0 ? "; it is closed" : $"; allowed: {string.Join(", ", allowed)}"))
{
    public string AlertId { get; } = alertId;

    public AlertState From { get; } = from;

    public AlertState To { get; } = to;

    public IReadOnlyList<AlertState> Allowed { get; } = allowed;
}
