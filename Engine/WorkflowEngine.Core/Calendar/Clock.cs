namespace WorkflowEngine.Calendar;

/// <summary>A time-limit clock (时限): started at an acceptance, paused and resumed, extended, completed, and read at any instant.</summary>
/// <remarks>
/// Every operation validates, records its <see cref="ClockEvent"/> and returns it for the journal; queries
/// take the instant to read at and look only at what had happened by then, so past readings can be replayed.
/// A clock is a mutable entity: one writer at a time, as for the record that owns it.
/// </remarks>
public sealed class Clock
{
    private readonly List<ClockPause> pauses = [];
    private readonly List<ClockExtension> extensions = [];
    private readonly List<ClockEvent> events = [];

    private Clock(WorkingCalendar calendar, DateTimeOffset startedAt, WorkingDuration committedLimit, WorkingDuration statutoryLimit, ClockThresholds thresholds)
    {
        Calendar = calendar;
        StartedAt = startedAt;
        CommittedLimit = committedLimit;
        StatutoryLimit = statutoryLimit;
        Thresholds = thresholds;
    }

    public WorkingCalendar Calendar { get; }

    /// <summary>The acceptance instant; counting begins the next working day (or at once for hour limits).</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>The committed limit (承诺时限) as started, before extensions.</summary>
    public WorkingDuration CommittedLimit { get; }

    /// <summary>The statutory limit (法定时限) as started, before extensions.</summary>
    public WorkingDuration StatutoryLimit { get; }

    public ClockThresholds Thresholds { get; }

    public IReadOnlyList<ClockPause> Pauses => pauses;

    public IReadOnlyList<ClockExtension> Extensions => extensions;

    public IReadOnlyList<ClockEvent> Events => events;

    public DateTimeOffset? CompletedAt { get; private set; }

    public bool IsPaused => pauses.Count > 0 && pauses[^1].IsOpen;

    public bool IsCompleted => CompletedAt is not null;

    public static Clock Start(
        WorkingCalendar calendar, DateTimeOffset acceptedAt, WorkingDuration committedLimit, WorkingDuration statutoryLimit,
        string by, string why = "", ClockThresholds? thresholds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var perDay = calendar.WorkingHours.PerDay;
        if (committedLimit.ToWorkingTime(perDay) > statutoryLimit.ToWorkingTime(perDay))
            throw new ArgumentException($"The committed limit {committedLimit} exceeds the statutory limit {statutoryLimit}.", nameof(committedLimit));
        var clock = new Clock(calendar, acceptedAt, committedLimit, statutoryLimit, thresholds ?? ClockThresholds.Default);
        clock.events.Add(new(ClockEventKind.Started, acceptedAt, by, why) { Duration = committedLimit, StatutoryDuration = statutoryLimit });
        return clock;
    }

    /// <summary>Rebuilds a clock from its journal, applying the same validation as when the events first happened.</summary>
    public static Clock Replay(WorkingCalendar calendar, IEnumerable<ClockEvent> journal, ClockThresholds? thresholds = null)
    {
        Clock? clock = null;
        foreach (var e in journal)
        {
            if (clock is null)
            {
                if (e is not { Kind: ClockEventKind.Started, Duration: { } committed, StatutoryDuration: { } statutory })
                    throw new ArgumentException("A clock journal must begin with a Started event carrying both limits.", nameof(journal));
                clock = Start(calendar, e.At, committed, statutory, e.By, e.Why, thresholds);
                continue;
            }
            _ = e.Kind switch
            {
                ClockEventKind.Paused => clock.Pause(e.PauseReason ?? PauseReason.Other, e.By, e.Why, e.At),
                ClockEventKind.Resumed => clock.Resume(e.By, e.Why, e.At),
                ClockEventKind.Extended => clock.Extend(e.Duration ?? throw new ArgumentException("An Extended event needs its Duration.", nameof(journal)), e.By, e.Why, e.At, e.StatutoryDuration is not null),
                ClockEventKind.Completed => clock.Complete(e.By, e.Why, e.At),
                _ => throw new ArgumentException($"A clock is started only once; found {e.Kind} at {e.At:O}.", nameof(journal)),
            };
        }
        return clock ?? throw new ArgumentException("The clock journal is empty.", nameof(journal));
    }

    public ClockEvent Pause(PauseReason reason, string by, string why, DateTimeOffset at)
    {
        EnsureCanChange(at, by, "paused");
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        if (IsPaused)
            throw new ClockOperationException($"The clock is already paused since {pauses[^1].PausedAt:yyyy-MM-dd HH:mm} ({pauses[^1].Reason}); resume it first.");
        pauses.Add(new ClockPause(reason, by, why, at));
        return Record(new(ClockEventKind.Paused, at, by, why) { PauseReason = reason });
    }

    public ClockEvent Resume(string by, string why, DateTimeOffset at)
    {
        EnsureNotCompleted("resumed");
        if (!IsPaused)
            throw new ClockOperationException("The clock is running; only a paused clock can be resumed.");
        var pause = pauses[^1];
        if (at < pause.PausedAt)
            throw new ClockOperationException($"A clock cannot resume at {at:yyyy-MM-dd HH:mm}, before its pause at {pause.PausedAt:yyyy-MM-dd HH:mm}.");
        EnsureCanChange(at, by, "resumed");
        pauses[^1] = pause with { ResumedAt = at, ResumedBy = by };
        return Record(new(ClockEventKind.Resumed, at, by, why));
    }

    /// <summary>Adds an approved extension to the committed limit, and to the statutory limit when <paramref name="alsoStatutory"/>.</summary>
    /// <remarks>An extension must be granted while its deadline still lies ahead: granting one afterwards would erase a lateness already incurred.</remarks>
    public ClockEvent Extend(WorkingDuration extension, string by, string why, DateTimeOffset at, bool alsoStatutory = false)
    {
        EnsureCanChange(at, by, "extended");
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        if (extension.IsZero)
            throw new ArgumentOutOfRangeException(nameof(extension), extension, "An extension must be longer than zero.");
        var before = StatusAt(at);
        if (before.Level == ClockLevel.Overdue)
            throw new ClockOperationException($"The committed deadline {before.CommittedDeadline:yyyy-MM-dd HH:mm} has passed; an extension must be granted before it.");
        var committed = before.CommittedLimit.Plus(extension);
        var statutory = alsoStatutory ? before.StatutoryLimit.Plus(extension) : before.StatutoryLimit;
        var perDay = Calendar.WorkingHours.PerDay;
        if (committed.ToWorkingTime(perDay) > statutory.ToWorkingTime(perDay))
            throw new ClockOperationException($"Extending by {extension} would take the committed limit ({committed}) past the statutory limit ({statutory}); extend the statutory limit too if that was approved.");
        extensions.Add(new ClockExtension(extension, alsoStatutory, by, why, at));
        return Record(new(ClockEventKind.Extended, at, by, why) { Duration = extension, StatutoryDuration = alsoStatutory ? extension : null });
    }

    /// <summary>Stops the clock for good, freezing its level; a pause still open ends here.</summary>
    public ClockEvent Complete(string by, string why, DateTimeOffset at)
    {
        EnsureCanChange(at, by, "completed");
        if (IsPaused)
            pauses[^1] = pauses[^1] with { ResumedAt = at, ResumedBy = by };
        CompletedAt = at;
        return Record(new(ClockEventKind.Completed, at, by, why));
    }

    /// <summary>Reads the clock at <paramref name="now"/>, taking into account only what had happened by then.</summary>
    public ClockStatus StatusAt(DateTimeOffset now) => ClockReading.Read(this, now);

    private void EnsureCanChange(DateTimeOffset at, string by, string verb)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        EnsureNotCompleted(verb);
        if (at < StartedAt)
            throw new ClockOperationException($"The clock cannot be {verb} at {at:yyyy-MM-dd HH:mm}, before it started at {StartedAt:yyyy-MM-dd HH:mm}.");
        var last = events[^1];
        if (at < last.At)
            throw new ClockOperationException($"The clock cannot be {verb} at {at:yyyy-MM-dd HH:mm}, before its last event ({last.Kind} at {last.At:yyyy-MM-dd HH:mm}).");
    }

    private void EnsureNotCompleted(string verb)
    {
        if (IsCompleted)
            throw new ClockOperationException($"The clock was completed at {CompletedAt:yyyy-MM-dd HH:mm} and cannot be {verb}.");
    }

    private ClockEvent Record(ClockEvent e)
    {
        events.Add(e);
        return e;
    }
}
