using WorkflowEngine.Calendar;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>Questions about a calendar loaded from the database that depend on how its rows are read.</summary>
public static class WorkingCalendarExtensions
{
    /// <summary>The calendar whose holiday tables decide which years this one covers: its topmost ancestor, since regional calendars hold only overrides.</summary>
    public static WorkingCalendar YearTableOwner(this WorkingCalendar calendar) =>
        calendar.Parent is { } parent ? parent.YearTableOwner() : calendar;
}
