namespace WorkflowEngine.Calendar;

/// <summary>One journal entry of a clock: what happened, when, who did it and why; <see cref="Clock.Replay"/> rebuilds a clock from them.</summary>
public sealed record ClockEvent(ClockEventKind Kind, DateTimeOffset At, string By, string Why)
{
    /// <summary>Set on <see cref="ClockEventKind.Paused"/>.</summary>
    public PauseReason? PauseReason { get; init; }

    /// <summary>The committed limit on <see cref="ClockEventKind.Started"/>; the extension on <see cref="ClockEventKind.Extended"/>.</summary>
    public WorkingDuration? Duration { get; init; }

    /// <summary>The statutory limit on <see cref="ClockEventKind.Started"/>; on <see cref="ClockEventKind.Extended"/>, the extension when it extends the statutory limit too.</summary>
    public WorkingDuration? StatutoryDuration { get; init; }
}
