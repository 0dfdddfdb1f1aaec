namespace WorkflowEngine.Calendar;

/// <summary>Thrown when an operation does not fit a clock's state, such as resuming a running clock.</summary>
public sealed class ClockOperationException(string message) : InvalidOperationException(message);
