namespace WorkflowEngine.Calendar;

/// <summary>Where activities and the API get working calendars by id ("cn" is the national one).</summary>
public interface IWorkingCalendars
{
    /// <summary>The calendar; throws <see cref="CalendarNotFoundException"/> for an unknown id.</summary>
    Task<WorkingCalendar> GetAsync(string calendarId, CancellationToken cancellationToken = default);
}

/// <summary>No calendar has this id.</summary>
public sealed class CalendarNotFoundException(string calendarId) : Exception($"there is no working calendar '{calendarId}'")
{
    public string CalendarId { get; } = calendarId;
}

/// <summary>The calendars built into the engine, used when no database-backed provider is registered.</summary>
public sealed class BuiltInWorkingCalendars : IWorkingCalendars
{
    public Task<WorkingCalendar> GetAsync(string calendarId, CancellationToken cancellationToken = default) =>
        calendarId == "cn" ? Task.FromResult(BuiltInCalendars.China()) : throw new CalendarNotFoundException(calendarId);
}
