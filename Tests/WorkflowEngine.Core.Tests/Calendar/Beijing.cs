using WorkflowEngine.Calendar;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>Short ways to write the dates and Beijing-time instants the tests reason about.</summary>
internal static class Beijing
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static WorkingCalendar China => BuiltInCalendars.China();

    public static DateOnly Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd");

    /// <summary>"2025-01-24 10:30" in Beijing time.</summary>
    public static DateTimeOffset At(string isoDateTime) =>
        DateTimeOffset.ParseExact(isoDateTime + " +08:00", "yyyy-MM-dd HH:mm zzz", null);
}
