namespace WorkflowEngine.Calendar;

/// <summary>A clock read at an instant: due dates, working time used and left, and its supervision level.</summary>
public sealed record ClockStatus
{
    /// <summary>The instant the clock was read at.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The level; while paused, the level it had when paused; once completed, the level at completion.</summary>
    public required ClockLevel Level { get; init; }

    public required bool IsPaused { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public bool IsCompleted => CompletedAt is not null;

    /// <summary>True for a completed clock that finished by its committed deadline.</summary>
    public bool CompletedOnTime => IsCompleted && Level != ClockLevel.Overdue;

    /// <summary>The committed limit including approved extensions.</summary>
    public required WorkingDuration CommittedLimit { get; init; }

    public required WorkingDuration StatutoryLimit { get; init; }

    /// <summary>The day the committed limit ends; while paused, the day it would end if resumed at <see cref="At"/>.</summary>
    public required DateOnly CommittedDueDate { get; init; }

    /// <summary>The instant the committed limit ends: end of working hours on the due date for whole-day limits.</summary>
    public required DateTimeOffset CommittedDeadline { get; init; }

    public required DateOnly StatutoryDueDate { get; init; }

    public required DateTimeOffset StatutoryDeadline { get; init; }

    public required bool IsStatutoryOverdue { get; init; }

    /// <summary>True when the due dates count a day of a provisional year (暂定: no official holiday table yet), so they may move when it is loaded.</summary>
    public bool IsProvisional { get; init; }

    /// <summary>Working time of the committed limit used, paused time excluded.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Working time of the committed limit left; negative once used up.</summary>
    public required TimeSpan Remaining { get; init; }

    /// <summary>Share of the committed limit used (0.5 = 50%); above 1 once used up; 0 for a zero limit.</summary>
    public required decimal FractionElapsed { get; init; }

    /// <summary>For an overdue clock, the working days from the committed due date to today or the completion day; at least 1 for a whole-day limit.</summary>
    public required int LateByWorkingDays { get; init; }

    /// <summary>For an overdue clock, the working time since the committed deadline.</summary>
    public required TimeSpan LateBy { get; init; }
}
