namespace WorkflowEngine.Calendar;

/// <summary>Whole-working-day limits: counting starts the day after the start, and pause days do not count.</summary>
/// <remarks>
/// The due date is the vendor formula "start date + N working days + the working days from each pause day to
/// its resume day inclusive", which is the same as skipping those days while counting. Two refinements that
/// formula is silent on: a pause day that was never going to count (the start day) adds nothing, and a pause
/// beginning after the due date already passed does not move it, so a late clock cannot be made punctual by
/// pausing it afterwards.
/// </remarks>
internal static class DayCountedLimit
{
    public static LimitProgress Measure(WorkingCalendar calendar, DateTimeOffset start, int days, IReadOnlyList<PauseSpan> pauses, DateTimeOffset at)
    {
        var startDay = calendar.DateOf(start);
        var paused = PausedDays(calendar, pauses);
        var dueDate = DueDate(calendar, startDay, days, paused);
        var deadline = calendar.EndOfWorkingDay(dueDate);
        // Only 0d can end before its start (accepted after hours): it is then due on the spot.
        if (deadline < start)
            deadline = start;
        var perDay = calendar.WorkingHours.PerDay;
        return new(dueDate, deadline, Elapsed(calendar, startDay, paused, at), days * perDay);
    }

    private static DateOnly DueDate(WorkingCalendar calendar, DateOnly startDay, int days, List<(DateOnly From, DateOnly To)> paused)
    {
        var counted = 0;
        var cursor = startDay;
        foreach (var (from, to) in paused)
        {
            if (to <= cursor)
                continue;
            var dayBefore = from.AddDays(-1);
            var segment = dayBefore > cursor ? calendar.WorkingDaysBetween(cursor, dayBefore) : 0;
            if (counted + segment >= days)
                break;
            counted += segment;
            cursor = to;
        }
        return calendar.AddWorkingDays(cursor, days - counted);
    }

    /// <summary>Working time used by <paramref name="at"/>: whole counted days before today plus today's worked hours, pause days excluded.</summary>
    private static TimeSpan Elapsed(WorkingCalendar calendar, DateOnly startDay, List<(DateOnly From, DateOnly To)> paused, DateTimeOffset at)
    {
        var (today, time) = WorkingTimeArithmetic.Local(calendar, at);
        if (today <= startDay)
            return TimeSpan.Zero;
        var yesterday = today.AddDays(-1);
        var fullDays = calendar.WorkingDaysBetween(startDay, yesterday);
        foreach (var (from, to) in paused)
        {
            var after = Max(from.AddDays(-1), startDay);
            var upTo = to < yesterday ? to : yesterday;
            if (upTo > after)
                fullDays -= calendar.WorkingDaysBetween(after, upTo);
        }
        // A pause day does not count at all, so the hours already worked on it are given back.
        var pausedToday = paused.Any(p => p.From <= today && today <= p.To);
        var partial = !pausedToday && calendar.IsWorkingDay(today) ? calendar.WorkingHours.WorkedBy(time) : TimeSpan.Zero;
        return fullDays * calendar.WorkingHours.PerDay + partial;
    }

    /// <summary>Pauses as inclusive date ranges, overlapping ones merged so a day is never skipped twice.</summary>
    private static List<(DateOnly From, DateOnly To)> PausedDays(WorkingCalendar calendar, IReadOnlyList<PauseSpan> pauses)
    {
        var merged = new List<(DateOnly From, DateOnly To)>();
        foreach (var pause in pauses.OrderBy(p => p.From))
        {
            var (from, to) = (calendar.DateOf(pause.From), calendar.DateOf(pause.To));
            if (merged.Count > 0 && from <= merged[^1].To)
                merged[^1] = (merged[^1].From, Max(to, merged[^1].To));
            else
                merged.Add((from, to));
        }
        return merged;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
