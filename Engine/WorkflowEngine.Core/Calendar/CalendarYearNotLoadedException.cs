namespace WorkflowEngine.Calendar;

/// <summary>Thrown when a date query reaches a year for which the calendar has no official holiday table.</summary>
/// <remarks>
/// Guessing "plain weekends" for a year whose 调休 arrangement is not yet published would give due dates
/// that are silently wrong by days, so we stop and tell the operator which table to import.
/// </remarks>
public sealed class CalendarYearNotLoadedException(string calendarId, int year)
    : InvalidOperationException(
        $"Working calendar '{calendarId}' has no official public holidays loaded for {year}: " +
        $"import the {year} holiday table (WorkingCalendar.WithYear) before computing dates in {year}.")
{
    public string CalendarId { get; } = calendarId;

    public int Year { get; } = year;
}
