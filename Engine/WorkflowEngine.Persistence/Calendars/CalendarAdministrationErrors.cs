using WorkflowEngine.Calendar;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>A holiday table with errors; nothing was loaded.</summary>
public sealed class InvalidHolidayTableException(string calendarId, int year, IReadOnlyList<HolidayTableIssue> errors)
    : Exception($"The {year} holiday table for calendar '{calendarId}' has {errors.Count} error(s); nothing was loaded. " + string.Join("; ", errors))
{
    public IReadOnlyList<HolidayTableIssue> Errors { get; } = errors;
}

/// <summary>A holiday table that lists days of another year than the one it is loaded as; nothing was loaded.</summary>
public sealed class HolidayTableYearMismatchException(string calendarId, int year, IReadOnlyList<SpecialDay> strayDays)
    : Exception($"The table loaded as {year} for calendar '{calendarId}' lists days of another year: "
        + string.Join(", ", strayDays.Select(d => $"{d.Date:yyyy-MM-dd} ({d.Name})")) + "; nothing was loaded.")
{
    public IReadOnlyList<SpecialDay> StrayDays { get; } = strayDays;
}

/// <summary>A calendar to create that breaks a rule; each broken rule is listed.</summary>
public sealed class InvalidCalendarException(IReadOnlyList<string> errors)
    : Exception("The calendar cannot be created: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>A calendar with this id exists already.</summary>
public sealed class CalendarAlreadyExistsException(string calendarId) : Exception($"there is already a working calendar '{calendarId}'")
{
    public string CalendarId { get; } = calendarId;
}
