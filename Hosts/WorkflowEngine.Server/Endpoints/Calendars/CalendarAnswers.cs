using System.Text.Json.Serialization;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Server.Endpoints.Calendars;

/// <summary>One date on a calendar: whether it is worked, and why.</summary>
/// <param name="Kind">"workday", "weekend", "holiday" (a public holiday, also on a weekend) or "makeup-workday" (调休, a worked weekend day).</param>
/// <param name="Name">The holiday or make-up day's name, such as 国庆节调休 or, in a provisional year, 春节补假; null on ordinary days.</param>
/// <param name="Provisional">True when the date's year has no official holiday table yet and the answer comes from the statute (暂定).</param>
public sealed record DayAnswer(string CalendarId, DateOnly Date, bool IsWorkingDay, string Kind, string? Name, bool Provisional)
{
    public static DayAnswer On(WorkingCalendar calendar, DateOnly date)
    {
        var working = calendar.IsWorkingDay(date);
        var special = calendar.FindSpecialDay(date);
        var weekend = calendar.WeekendDays.Contains(date.DayOfWeek);
        var kind = (working, special?.Kind) switch
        {
            (true, SpecialDayKind.Work) when weekend => "makeup-workday",
            (true, _) => "workday",
            (false, SpecialDayKind.Off) => "holiday",
            (false, _) => "weekend",
        };
        return new(calendar.Id, date, working, kind, special?.Name, calendar.IsYearProvisional(date.Year));
    }
}

/// <summary>When a time limit ends: either whole working days from a date, or a duration from an instant.</summary>
/// <param name="Start">The acceptance date, for whole working days; it never counts itself.</param>
/// <param name="WorkingDays">Whole working days asked for.</param>
/// <param name="StartAt">The acceptance instant, for a duration.</param>
/// <param name="Duration">The duration asked for, such as 0.5d or 2h.</param>
/// <param name="DueDate">The day the limit ends.</param>
/// <param name="DueAt">The instant the limit ends, in the calendar's time zone: the end of working hours on the due date for whole days.</param>
/// <param name="Provisional">True when a counted day lies in a year without its official holiday table (暂定): the due date may move when the notice is loaded.</param>
public sealed record DueDateAnswer(
    string CalendarId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? Start,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? WorkingDays,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? StartAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Duration,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    bool Provisional);

/// <summary>The working days in (from, to]: the answer to "how many working days has this taken", negative when to is before from.</summary>
/// <param name="Provisional">True when a counted day lies in a year without its official holiday table (暂定).</param>
public sealed record WorkingDaysAnswer(string CalendarId, DateOnly From, DateOnly To, int WorkingDays, bool Provisional);
