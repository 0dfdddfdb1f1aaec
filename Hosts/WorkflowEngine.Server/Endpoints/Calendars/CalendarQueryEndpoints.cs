using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Calendar;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.Calendars;

/// <summary>Questions integrators ask a working calendar: is this a working day, when is this due, how many working days passed.</summary>
internal static class CalendarQueryEndpoints
{
    /// <summary>About fourteen years of working days: far beyond any statutory limit, and a bound on the work one request can cause.</summary>
    public const int MaxWorkingDays = 3650;

    /// <summary>Twenty years between two dates, for the same reason.</summary>
    public const int MaxDaysApart = 7305;

    public static RouteGroupBuilder MapCalendarQueries(this RouteGroupBuilder calendars)
    {
        var day = calendars.MapGet("/{calendarId}/days/{date}", Day)
            .WithName("GetCalendarDay")
            .WithSummary("Is a date a working day? · 某日是否为工作日")
            .WithDescription("Kind is workday, weekend, holiday (法定节假日, also on a weekend) or makeup-workday (调休上班的周末).");
        var dueDate = calendars.MapGet("/{calendarId}/due-date", DueDate)
            .WithName("GetCalendarDueDate")
            .WithSummary("When does a time limit end? · 计算办理期限")
            .WithDescription("Whole days: start=YYYY-MM-DD&workingDays=N gives the N-th working day after the start date (the start never counts) " +
                "and dueAt, the end of working hours that day. Part days and hours: startAt=<ISO instant>&duration=0.5d|2h|90m counts " +
                "working time from the instant (0.5d is half the calendar's working day) and gives dueAt. 受理次日起算，第N个工作日届满。");
        var workingDays = calendars.MapGet("/{calendarId}/working-days", WorkingDays)
            .WithName("GetCalendarWorkingDays")
            .WithSummary("How many working days lie between two dates? · 两日之间的工作日数")
            .WithDescription("Counts the working days in (from, to]: from itself does not count, to does; negative when to is before from.");
        // A year without its official table is answered provisionally (and the answer says so), never refused.
        foreach (var query in new[] { day, dueDate, workingDays })
            query.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return calendars;
    }

    private static async Task<Ok<DayAnswer>> Day(string calendarId, [Description("yyyy-MM-dd")] string date, IWorkingCalendars calendars, CancellationToken cancellationToken)
    {
        var day = QueryValue.Date("date", date);
        var calendar = await calendars.GetAsync(calendarId, cancellationToken);
        return TypedResults.Ok(DayAnswer.On(calendar, day));
    }

    private static async Task<Ok<DueDateAnswer>> DueDate(
        string calendarId,
        [Description("Acceptance date yyyy-MM-dd, with workingDays")] string? start,
        [Description("Whole working days, 0 to 3650, with start")] string? workingDays,
        [Description("Acceptance instant, ISO 8601 such as 2025-03-14T16:00:00+08:00, with duration")] string? startAt,
        [Description("Working time such as 0.5d, 2h or 90m, with startAt")] string? duration,
        IWorkingCalendars calendars,
        CancellationToken cancellationToken)
    {
        if (duration is not null)
        {
            if (workingDays is not null)
                throw new InvalidQueryException("duration", "Give either 'workingDays' or 'duration', not both.");
            if (start is not null)
                throw new InvalidQueryException("start", "'start' goes with 'workingDays'; with 'duration' give the instant as 'startAt'.");
            return TypedResults.Ok(await DueAfterDurationAsync(calendarId, startAt, duration, calendars, cancellationToken));
        }
        if (startAt is not null)
            throw new InvalidQueryException("startAt", "'startAt' goes with 'duration'; with 'workingDays' give the date as 'start'.");
        if (workingDays is null)
            throw new InvalidQueryException("workingDays", "Give 'start' and 'workingDays' (whole days), or 'startAt' and 'duration' (part days and hours).");
        var from = QueryValue.Date("start", start);
        var days = QueryValue.Count("workingDays", workingDays, MaxWorkingDays);
        var calendar = await calendars.GetAsync(calendarId, cancellationToken);
        var due = calendar.AddWorkingDays(from, days);
        // The days counted are those after the start; with none counted, nothing was taken from any year.
        var provisional = days > 0 && calendar.IsProvisionalBetween(from.AddDays(1), due);
        return TypedResults.Ok(new DueDateAnswer(calendar.Id, from, days, null, null, due, calendar.EndOfWorkingDay(due), provisional));
    }

    private static async Task<DueDateAnswer> DueAfterDurationAsync(string calendarId, string? startAt, string duration, IWorkingCalendars calendars, CancellationToken cancellationToken)
    {
        var limit = WorkingDuration.TryParse(duration, out var parsed) && WithinBound(parsed)
            ? parsed
            : throw new InvalidQueryException("duration", $"'duration' must be working time such as 3d, 0.5d, 2h or 90m, at most {MaxWorkingDays}d; got '{duration}'.");
        var calendar = await calendars.GetAsync(calendarId, cancellationToken);
        // An instant without an offset is wall-clock time where the calendar is.
        var from = QueryValue.Instant("startAt", startAt, calendar.TimeZone);
        var dueAt = TimeZoneInfo.ConvertTime(calendar.AddWorkingTime(from, limit), calendar.TimeZone);
        var dueDate = calendar.DateOf(dueAt);
        return new DueDateAnswer(calendar.Id, null, null, from, limit.ToString(), dueDate, dueAt, calendar.IsProvisionalBetween(calendar.DateOf(from), dueDate));
    }

    private static async Task<Ok<WorkingDaysAnswer>> WorkingDays(
        string calendarId,
        [Description("yyyy-MM-dd, not counted")] string? from,
        [Description("yyyy-MM-dd, counted")] string? to,
        IWorkingCalendars calendars,
        CancellationToken cancellationToken)
    {
        var first = QueryValue.Date("from", from);
        var last = QueryValue.Date("to", to);
        if (Math.Abs(last.DayNumber - first.DayNumber) > MaxDaysApart)
            throw new InvalidQueryException("to", $"'from' and 'to' may be at most {MaxDaysApart} days (20 years) apart.");
        var calendar = await calendars.GetAsync(calendarId, cancellationToken);
        // Counted are the days after the earlier date up to the later one.
        var provisional = first != last && calendar.IsProvisionalBetween(Min(first, last).AddDays(1), Max(first, last));
        return TypedResults.Ok(new WorkingDaysAnswer(calendar.Id, first, last, calendar.WorkingDaysBetween(first, last), provisional));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    // Checked per unit before any conversion, so an enormous value cannot overflow: 3650 days, or the hours and minutes of 3650 whole days.
    private static bool WithinBound(WorkingDuration duration) => duration.Unit switch
    {
        WorkingDurationUnit.Days => duration.Value <= MaxWorkingDays,
        WorkingDurationUnit.Hours => duration.Value <= MaxWorkingDays * 24m,
        _ => duration.Value <= MaxWorkingDays * 24m * 60m,
    };
}
