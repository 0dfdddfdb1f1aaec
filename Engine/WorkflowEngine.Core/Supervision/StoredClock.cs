using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>A clock as the store keeps it: its owner, calendar, event history and the revision it was read at.</summary>
/// <param name="Thresholds">The clock's own thresholds (set per matter); null means the global default at the time it is read.</param>
/// <param name="SupervisedLevel">The level supervision last acted on (raised or withdrew alerts for); frozen at completion.</param>
public sealed record StoredClock(
    string Id,
    string OwnerType,
    string OwnerId,
    string CalendarId,
    IReadOnlyList<ClockEvent> Events,
    ClockThresholds? Thresholds,
    ClockLevel SupervisedLevel,
    long Revision);
