namespace WorkflowEngine.Calendar;

/// <summary>An approved extension of a clock's committed limit, and of its statutory limit when <see cref="ExtendsStatutory"/>.</summary>
public sealed record ClockExtension(WorkingDuration Duration, bool ExtendsStatutory, string By, string Why, DateTimeOffset At);
