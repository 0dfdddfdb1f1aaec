namespace WorkflowEngine.Persistence.Records;

/// <summary>A working calendar's settings; its special days and loaded years are rows of their own.</summary>
public sealed class CalendarRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? ParentId { get; set; }
    public required string TimeZone { get; set; }
    /// <summary>Rest days of the week as numbers, 0 = Sunday, e.g. "6,0".</summary>
    public required string WeekendDays { get; set; }
    /// <summary>Working periods, e.g. "09:00-12:00,13:30-17:30".</summary>
    public required string WorkingHours { get; set; }
    public bool TreatUnloadedYearsAsPlainWeekends { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A year whose official table was loaded into a calendar, and who loaded it.</summary>
public sealed class CalendarYearRecord
{
    public required string CalendarId { get; set; }
    public int Year { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public string? LoadedBy { get; set; }
}

/// <summary>A public holiday ("off") or an official make-up working day ("work") of a calendar.</summary>
public sealed class CalendarDayRecord
{
    public required string CalendarId { get; set; }
    public DateOnly Date { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
}

/// <summary>A time-limit clock of something (a case, a task, an assistance request), kept as its event history.</summary>
public sealed class ClockRecord
{
    public required string Id { get; set; }
    public required string OwnerType { get; set; }
    public required string OwnerId { get; set; }
    public required string CalendarId { get; set; }
    /// <summary>The clock's events as JSON; the clock is rebuilt by replaying them.</summary>
    public required string Events { get; set; }
    public required string Thresholds { get; set; }
    /// <summary>The level at the last scan or change, so late clocks can be listed without replaying every clock.</summary>
    public required string Level { get; set; }
    public bool IsPaused { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Revision { get; set; }
}

/// <summary>A supervision alert raised when a clock's level changed.</summary>
public sealed class AlertRecord
{
    public required string Id { get; set; }
    public required string ClockId { get; set; }
    public required string OwnerType { get; set; }
    public required string OwnerId { get; set; }
    public required string Level { get; set; }
    public required string PreviousLevel { get; set; }
    public required string State { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? FeedbackDueAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? Note { get; set; }
}
