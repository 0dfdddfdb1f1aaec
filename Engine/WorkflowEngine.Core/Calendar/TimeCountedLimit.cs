namespace WorkflowEngine.Calendar;

/// <summary>Hour and part-day limits: working time runs from the start instant, and paused time simply does not count.</summary>
/// <remarks>As with day limits, a pause that begins after the deadline passed does not move it.</remarks>
internal static class TimeCountedLimit
{
    public static LimitProgress Measure(WorkingCalendar calendar, DateTimeOffset start, TimeSpan limit, IReadOnlyList<PauseSpan> pauses, DateTimeOffset at)
    {
        var deadline = Deadline(calendar, start, limit, pauses);
        var elapsed = calendar.WorkingTimeBetween(start, at);
        foreach (var pause in pauses.Where(p => p.From < at))
            elapsed -= calendar.WorkingTimeBetween(pause.From, pause.To < at ? pause.To : at);
        return new(calendar.DateOf(deadline), deadline, elapsed, limit);
    }

    private static DateTimeOffset Deadline(WorkingCalendar calendar, DateTimeOffset start, TimeSpan limit, IReadOnlyList<PauseSpan> pauses)
    {
        var used = TimeSpan.Zero;
        var cursor = start;
        foreach (var pause in pauses.OrderBy(p => p.From))
        {
            if (pause.To <= cursor)
                continue;
            var segment = calendar.WorkingTimeBetween(cursor, pause.From);
            if (used + segment >= limit)
                break;
            used += segment;
            cursor = pause.To;
        }
        return WorkingTimeArithmetic.Add(calendar, cursor, limit - used);
    }
}
