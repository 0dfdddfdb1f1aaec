using WorkflowEngine.Calendar;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>What loading a year's holiday table into a calendar did.</summary>
/// <param name="Holidays">Rows of kind "off", weekend days of a holiday block included.</param>
/// <param name="MakeUpWorkdays">Rows of kind "work" (调休).</param>
/// <param name="WorkingDays">Working days of the calendar in that year after the import, such as 248 for "cn" in 2025.</param>
/// <param name="Warnings">Lines accepted but worth a look, such as a holiday on a weekend.</param>
/// <param name="MovedClocks">Running clocks whose committed or statutory due date the table moved (each journaled as ClockDueDateMoved).</param>
public sealed record YearImport(
    string CalendarId,
    int Year,
    int Holidays,
    int MakeUpWorkdays,
    int WorkingDays,
    IReadOnlyList<HolidayTableIssue> Warnings,
    DateTimeOffset LoadedAt,
    string LoadedBy,
    int MovedClocks);
