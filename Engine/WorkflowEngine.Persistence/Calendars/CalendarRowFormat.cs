using System.Globalization;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>How a calendar's settings are written in its row: weekend days "6,0", working hours "09:00-12:00,13:30-17:30", an IANA time zone id.</summary>
internal static class CalendarRowFormat
{
    public const string DayOff = "off";
    public const string DayOfWork = "work";

    /// <summary>Days in the order of a Chinese week, Monday first, so Saturday and Sunday read "6,0".</summary>
    public static IReadOnlyList<DayOfWeek> MondayFirst(IEnumerable<DayOfWeek> days) => [.. days.Distinct().OrderBy(d => ((int)d + 6) % 7)];

    public static string FormatWeekendDays(IEnumerable<DayOfWeek> days) =>
        string.Join(",", MondayFirst(days).Select(d => ((int)d).ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<DayOfWeek> ParseWeekendDays(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(field =>
            int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= 6
                ? (DayOfWeek)day
                : throw new FormatException($"'{field}' is not a day of the week (0 = Sunday … 6 = Saturday)."))];

    /// <summary>Each period as "09:00-12:00".</summary>
    public static IReadOnlyList<string> FormatPeriods(WorkingHours hours) =>
        [.. hours.Periods.Select(p => p.Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + p.End.ToString("HH:mm", CultureInfo.InvariantCulture))];

    public static string FormatWorkingHours(WorkingHours hours) => string.Join(",", FormatPeriods(hours));

    public static WorkingHours ParseWorkingHours(string text) =>
        ParsePeriods(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Periods written as "09:00-12:00"; throws <see cref="FormatException"/> or <see cref="ArgumentException"/> naming the faulty one.</summary>
    public static WorkingHours ParsePeriods(IEnumerable<string> periods) => new([.. periods.Select(ParsePeriod)]);

    public static SpecialDayKind ParseKind(string kind) => kind switch
    {
        DayOff => SpecialDayKind.Off,
        DayOfWork => SpecialDayKind.Work,
        _ => throw new FormatException($"'{kind}' is not a calendar day kind ('{DayOff}' or '{DayOfWork}')."),
    };

    public static string FormatKind(SpecialDayKind kind) => kind == SpecialDayKind.Work ? DayOfWork : DayOff;

    /// <summary>The failures of reading a setting or building a calendar from settings, as opposed to bugs.</summary>
    public static bool IsBadSetting(Exception e) =>
        e is FormatException or ArgumentException or TimeZoneNotFoundException or InvalidTimeZoneException;

    private static WorkingPeriod ParsePeriod(string text)
    {
        var ends = text.Split('-', StringSplitOptions.TrimEntries);
        if (ends.Length == 2 && TryTime(ends[0], out var start) && TryTime(ends[1], out var end))
            return new WorkingPeriod(start, end);
        throw new FormatException($"'{text}' is not a working period such as 09:00-12:00");
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
