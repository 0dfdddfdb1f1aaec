using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>A stored clock read at an instant: its history in pauses and extensions, the thresholds in force and its status.</summary>
public sealed record ClockView(
    StoredClock Clock,
    DateTimeOffset StartedAt,
    ClockThresholds Thresholds,
    IReadOnlyList<ClockPause> Pauses,
    IReadOnlyList<ClockExtension> Extensions,
    ClockStatus Status);
