using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Calendars;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.Calendars;

/// <summary>Working-calendar failures as problem details with stable codes, for <see cref="ProblemExceptionHandler"/>.</summary>
internal static class CalendarProblems
{
    public static async Task<ProblemHttpResult?> ForAsync(Exception exception, IServiceProvider services, CancellationToken cancellationToken) => exception switch
    {
        CalendarNotFoundException e => Problem.Of(StatusCodes.Status404NotFound, "calendar-not-found", "No such working calendar.", e.Message,
            new Dictionary<string, object?> { ["calendarId"] = e.CalendarId }),
        CalendarYearNotLoadedException e => await YearNotLoadedAsync(e, services, cancellationToken),
        InvalidHolidayTableException e => Problem.BadRequest("invalid-holiday-table", "The holiday table has errors; nothing was loaded.", e.Message,
            new Dictionary<string, object?> { ["errors"] = e.Errors }),
        HolidayTableYearMismatchException e => Problem.BadRequest("holiday-table-year-mismatch", "The holiday table lists days of another year; nothing was loaded.", e.Message,
            new Dictionary<string, object?> { ["strayDates"] = e.StrayDays.Select(d => d.Date).ToList() }),
        InvalidCalendarException e => Problem.BadRequest("invalid-calendar", "The calendar cannot be created.", e.Message,
            new Dictionary<string, object?> { ["errors"] = e.Errors }),
        CalendarAlreadyExistsException e => Problem.Conflict("calendar-exists", "A working calendar with this id exists already.", e.Message),
        _ => null,
    };

    /// <summary>A regional year refused because the calendar it builds on is still provisional for that year: names the calendar to load first.</summary>
    private static async Task<ProblemHttpResult> YearNotLoadedAsync(CalendarYearNotLoadedException e, IServiceProvider services, CancellationToken cancellationToken)
    {
        var owner = (await services.GetRequiredService<IWorkingCalendars>().GetAsync(e.CalendarId, cancellationToken)).YearTableOwner().Id;
        var via = owner == e.CalendarId ? "" : $", on which '{e.CalendarId}' is built";
        return Problem.Of(StatusCodes.Status409Conflict, "calendar-year-not-loaded", $"Working calendar '{e.CalendarId}' has no holidays loaded for {e.Year}.",
            $"A regional {e.Year} table lists only how the region differs, so it is loaded after the official {e.Year} arrangement. " +
            $"An administrator must first load that into calendar '{owner}'{via}: PUT /api/v1/calendars/{owner}/years/{e.Year} with the table as text/csv.",
            new Dictionary<string, object?> { ["calendarId"] = e.CalendarId, ["year"] = e.Year, ["loadInto"] = owner });
    }
}
