namespace WorkflowEngine.Calendar;

/// <summary>Thrown when a regional calendar's year is loaded before the calendar it builds on has the official table of that year.</summary>
/// <remarks>
/// Date queries never throw this: a year without its table is answered provisionally (see
/// <see cref="WorkingCalendar.IsYearProvisional"/>). A region's table only lists how it differs from its parent, so
/// loading it over a provisional parent would make the region count as official while its days are still guessed.
/// </remarks>
public sealed class CalendarYearNotLoadedException(string calendarId, int year)
    : InvalidOperationException(
        $"Working calendar '{calendarId}' has no official public holidays loaded for {year}: " +
        $"import its {year} holiday table before loading a regional calendar's {year} overrides on top of it.")
{
    public string CalendarId { get; } = calendarId;

    public int Year { get; } = year;
}
