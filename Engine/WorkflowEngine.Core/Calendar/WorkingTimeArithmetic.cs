namespace WorkflowEngine.Calendar;

/// <summary>Adding and measuring working time (time inside working hours on working days) in a calendar's time zone.</summary>
/// <remarks>
/// Instants are turned into the calendar's wall-clock time, counted there, and turned back, so a
/// deadline computed from a UTC timestamp still ends at 17:30 Beijing time.
/// </remarks>
internal static class WorkingTimeArithmetic
{
    public static DateTimeOffset Add(WorkingCalendar calendar, DateTimeOffset start, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        if (amount == TimeSpan.Zero)
            return start;
        var hours = calendar.WorkingHours;
        var (day, time) = Local(calendar, start);
        var workedBefore = hours.WorkedBy(time);
        var leftToday = calendar.IsWorkingDay(day) ? hours.PerDay - workedBefore : TimeSpan.Zero;
        if (amount <= leftToday)
            return At(calendar, day, hours.TimeWhenWorked(workedBefore + amount));
        // Whatever is left after the first day fills whole working days and ends part-way into the last one.
        var rest = amount - leftToday;
        var days = (int)Math.Ceiling((decimal)rest.Ticks / hours.PerDay.Ticks);
        var lastDay = calendar.AddWorkingDays(day, days);
        return At(calendar, lastDay, hours.TimeWhenWorked(rest - (days - 1) * hours.PerDay));
    }

    public static TimeSpan Between(WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
            return -Between(calendar, to, from);
        var hours = calendar.WorkingHours;
        var (fromDay, fromTime) = Local(calendar, from);
        var (toDay, toTime) = Local(calendar, to);
        if (fromDay == toDay)
            return calendar.IsWorkingDay(fromDay) ? hours.WorkedBy(toTime) - hours.WorkedBy(fromTime) : TimeSpan.Zero;
        var first = calendar.IsWorkingDay(fromDay) ? hours.PerDay - hours.WorkedBy(fromTime) : TimeSpan.Zero;
        var middle = calendar.WorkingDaysBetween(fromDay, toDay.AddDays(-1)) * hours.PerDay;
        var last = calendar.IsWorkingDay(toDay) ? hours.WorkedBy(toTime) : TimeSpan.Zero;
        return first + middle + last;
    }

    /// <summary>The end of working hours on <paramref name="day"/>, as an instant.</summary>
    public static DateTimeOffset EndOfDay(WorkingCalendar calendar, DateOnly day) =>
        At(calendar, day, calendar.WorkingHours.DayEnd);

    public static (DateOnly Day, TimeOnly Time) Local(WorkingCalendar calendar, DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    public static DateTimeOffset At(WorkingCalendar calendar, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
    }
}
