using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>A clock read on its calendar as it was and as it is after a holiday table was loaded.</summary>
/// <remarks>Both readings are taken at the same instant, so only the calendar can make their due dates differ.</remarks>
public sealed record DueDateMove(ClockStatus Before, ClockStatus After)
{
    public bool CommittedMoved => Before.CommittedDueDate != After.CommittedDueDate;

    public bool StatutoryMoved => Before.StatutoryDueDate != After.StatutoryDueDate;

    public bool IsMove => CommittedMoved || StatutoryMoved;

    /// <summary>Replays the clock on both calendars and reads it at <paramref name="at"/>, or at its last event when that is later.</summary>
    /// <remarks>
    /// A paused clock's due date depends on the instant it is read at (the day it would end if resumed then); the row
    /// keeps the reading at the last event, so a clock whose history runs past <paramref name="at"/> is read there too.
    /// </remarks>
    public static DueDateMove Read(StoredClock clock, WorkingCalendar before, WorkingCalendar after, DateTimeOffset at)
    {
        var last = clock.Events[^1].At;
        var instant = last > at ? last : at;
        return new(
            Clock.Replay(before, clock.Events, clock.Thresholds).StatusAt(instant),
            Clock.Replay(after, clock.Events, clock.Thresholds).StatusAt(instant));
    }
}
