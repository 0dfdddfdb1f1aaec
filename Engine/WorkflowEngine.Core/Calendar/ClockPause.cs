namespace WorkflowEngine.Calendar;

/// <summary>A period during which a clock stood still; open while <see cref="ResumedAt"/> is null.</summary>
public sealed record ClockPause(PauseReason Reason, string By, string Why, DateTimeOffset PausedAt)
{
    public DateTimeOffset? ResumedAt { get; init; }

    public string? ResumedBy { get; init; }

    public bool IsOpen => ResumedAt is null;
}
