using WorkflowEngine.Calendar;

namespace WorkflowEngine.Persistence.Supervision;

/// <summary>The calendars of one scan, each fetched once: a scan of 100,000 clocks touches only a handful.</summary>
internal sealed class CalendarCache(IWorkingCalendars calendars)
{
    readonly Dictionary<string, WorkingCalendar> _found = [];
    readonly Dictionary<string, CalendarNotFoundException> _missing = [];

    public async Task<WorkingCalendar> GetAsync(string calendarId, CancellationToken cancellationToken)
    {
        if (_found.TryGetValue(calendarId, out var calendar)) return calendar;
        if (_missing.TryGetValue(calendarId, out var missing)) throw missing;
        try
        {
            return _found[calendarId] = await calendars.GetAsync(calendarId, cancellationToken);
        }
        catch (CalendarNotFoundException e)
        {
            _missing[calendarId] = e;
            throw;
        }
    }
}
