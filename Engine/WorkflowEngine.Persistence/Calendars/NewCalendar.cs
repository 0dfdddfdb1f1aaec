namespace WorkflowEngine.Persistence.Calendars;

/// <summary>A calendar to create, usually a region (such as "cn-sh") on top of the national calendar "cn".</summary>
/// <param name="Id">Lower-case letters, digits and hyphens, at most 64 characters.</param>
/// <param name="ParentId">The calendar whose holidays and years it inherits; null for a calendar that loads its own years.</param>
/// <param name="WeekendDays">Rest days of the week; the parent's when omitted (Saturday and Sunday without a parent).</param>
/// <param name="WorkingHours">Periods such as "09:00-12:00"; the parent's when omitted (09:00-12:00 and 13:30-17:30 without a parent).</param>
/// <param name="TimeZone">An IANA time zone id; the parent's when omitted (Asia/Shanghai without a parent).</param>
public sealed record NewCalendar(
    string Id,
    string Name,
    string? ParentId = null,
    IReadOnlyList<DayOfWeek>? WeekendDays = null,
    IReadOnlyList<string>? WorkingHours = null,
    string? TimeZone = null);
