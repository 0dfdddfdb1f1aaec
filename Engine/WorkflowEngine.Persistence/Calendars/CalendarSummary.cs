namespace WorkflowEngine.Persistence.Calendars;

/// <summary>A working calendar as an administrator or integrator sees it: its settings and the years it can answer for.</summary>
/// <param name="LoadedYears">Holiday tables loaded into this calendar itself (for a regional calendar, its overrides).</param>
/// <param name="CoveredYears">Years whose dates the calendar can compute: its own tables, or for a regional calendar its parent's.</param>
public sealed record CalendarSummary(
    string Id,
    string Name,
    string? ParentId,
    string TimeZone,
    IReadOnlyList<DayOfWeek> WeekendDays,
    IReadOnlyList<string> WorkingHours,
    IReadOnlyList<LoadedYear> LoadedYears,
    IReadOnlyList<int> CoveredYears,
    DateTimeOffset UpdatedAt);

/// <summary>A holiday table loaded into a calendar: the year, when and by whom.</summary>
public sealed record LoadedYear(int Year, DateTimeOffset LoadedAt, string? LoadedBy);
