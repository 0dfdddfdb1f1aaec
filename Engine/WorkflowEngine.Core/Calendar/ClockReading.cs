namespace WorkflowEngine.Calendar;

/// <summary>Reads a <see cref="Clock"/> at an instant, from what had happened to it by then.</summary>
internal static class ClockReading
{
    public static ClockStatus Read(Clock clock, DateTimeOffset now)
    {
        if (now < clock.StartedAt)
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The clock started at {clock.StartedAt:O}; it cannot be read before that.");
        var completedAt = clock.CompletedAt <= now ? clock.CompletedAt : null;
        // A completed clock stands still at completion; a paused one keeps showing due dates as if resumed now,
        // but its level is the one it had when paused.
        var readAt = completedAt ?? now;
        var openPause = clock.Pauses.LastOrDefault(p => p.PausedAt <= readAt && !(p.ResumedAt <= readAt));
        var levelAt = completedAt ?? openPause?.PausedAt ?? now;

        var (committedLimit, statutoryLimit) = Limits(clock, readAt);
        var committed = Measure(clock, committedLimit, readAt);
        var statutory = Measure(clock, statutoryLimit, readAt);
        var atLevel = levelAt == readAt ? committed : Measure(clock, Limits(clock, levelAt).Committed, levelAt);
        var statutoryAtLevel = levelAt == readAt ? statutory : Measure(clock, Limits(clock, levelAt).Statutory, levelAt);
        var overdue = levelAt > atLevel.Deadline;

        return new ClockStatus
        {
            At = now,
            Level = overdue ? ClockLevel.Overdue : clock.Thresholds.LevelFor(atLevel.FractionElapsed),
            IsPaused = openPause is not null && completedAt is null,
            CompletedAt = completedAt,
            CommittedLimit = committedLimit,
            StatutoryLimit = statutoryLimit,
            CommittedDueDate = committed.DueDate,
            CommittedDeadline = committed.Deadline,
            StatutoryDueDate = statutory.DueDate,
            StatutoryDeadline = statutory.Deadline,
            IsStatutoryOverdue = levelAt > statutoryAtLevel.Deadline,
            IsProvisional = clock.Calendar.IsProvisionalBetween(clock.Calendar.DateOf(clock.StartedAt),
                committed.DueDate > statutory.DueDate ? committed.DueDate : statutory.DueDate),
            Elapsed = committed.Elapsed,
            Remaining = committed.Remaining,
            FractionElapsed = committed.FractionElapsed,
            LateByWorkingDays = overdue ? LateByWorkingDays(clock, committedLimit, atLevel, levelAt) : 0,
            LateBy = overdue ? clock.Calendar.WorkingTimeBetween(atLevel.Deadline, levelAt) : TimeSpan.Zero,
        };
    }

    private static (WorkingDuration Committed, WorkingDuration Statutory) Limits(Clock clock, DateTimeOffset at)
    {
        var (committed, statutory) = (clock.CommittedLimit, clock.StatutoryLimit);
        foreach (var extension in clock.Extensions.Where(e => e.At <= at))
        {
            committed = committed.Plus(extension.Duration);
            if (extension.ExtendsStatutory)
                statutory = statutory.Plus(extension.Duration);
        }
        return (committed, statutory);
    }

    private static LimitProgress Measure(Clock clock, WorkingDuration limit, DateTimeOffset at)
    {
        var spans = clock.Pauses
            .Where(p => p.PausedAt <= at)
            .Select(p => new PauseSpan(p.PausedAt, p.ResumedAt is { } resumed && resumed <= at ? resumed : at))
            .ToList();
        return LimitProgress.Measure(clock.Calendar, clock.StartedAt, limit, spans, at);
    }

    // Late on a day limit means late by at least one day, even when finished the same evening or on a weekend.
    private static int LateByWorkingDays(Clock clock, WorkingDuration limit, LimitProgress progress, DateTimeOffset at)
    {
        var days = clock.Calendar.WorkingDaysBetween(progress.DueDate, clock.Calendar.DateOf(at));
        return limit.IsWholeDays || limit.IsZero ? Math.Max(1, days) : Math.Max(0, days);
    }
}
