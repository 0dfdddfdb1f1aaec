namespace WorkflowEngine.Calendar;

/// <summary>What happened to a clock.</summary>
public enum ClockEventKind
{
    Started,
    Paused,
    Resumed,
    Extended,
    Completed,
}
