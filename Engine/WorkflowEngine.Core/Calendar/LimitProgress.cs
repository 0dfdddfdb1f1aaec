namespace WorkflowEngine.Calendar;

/// <summary>Where one limit of a clock stands at an instant: its due date, deadline and the working time used.</summary>
internal readonly record struct LimitProgress(DateOnly DueDate, DateTimeOffset Deadline, TimeSpan Elapsed, TimeSpan Limit)
{
    public TimeSpan Remaining => Limit - Elapsed;

    /// <summary>A zero limit has no share to measure; it is on time until its deadline, then overdue.</summary>
    public decimal FractionElapsed => Limit <= TimeSpan.Zero ? 0m : (decimal)Elapsed.Ticks / Limit.Ticks;

    public static LimitProgress Measure(WorkingCalendar calendar, DateTimeOffset start, WorkingDuration limit, IReadOnlyList<PauseSpan> pauses, DateTimeOffset at) =>
        limit.IsWholeDays || limit.IsZero
            ? DayCountedLimit.Measure(calendar, start, limit.IsZero ? 0 : limit.WholeDays, pauses, at)
            : TimeCountedLimit.Measure(calendar, start, limit.ToWorkingTime(calendar.WorkingHours.PerDay), pauses, at);
}

/// <summary>A pause as seen at some instant: a pause still open then ends at that instant.</summary>
internal readonly record struct PauseSpan(DateTimeOffset From, DateTimeOffset To);
