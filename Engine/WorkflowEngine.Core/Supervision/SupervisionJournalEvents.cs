using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>The journal's event names for clocks and alerts.</summary>
public static class SupervisionJournalEvents
{
    public const string ClockStarted = "ClockStarted";
    public const string ClockPaused = "ClockPaused";
    public const string ClockResumed = "ClockResumed";
    public const string ClockExtended = "ClockExtended";
    public const string ClockCompleted = "ClockCompleted";

    /// <summary>A running clock's due dates moved because a holiday table of its calendar was loaded; not a clock event.</summary>
    public const string ClockDueDateMoved = "ClockDueDateMoved";
    public const string AlertRaised = "AlertRaised";

    /// <summary>"ClockPaused" for <see cref="ClockEventKind.Paused"/>, and so on.</summary>
    public static string For(ClockEventKind kind) => "Clock" + kind;

    /// <summary>"AlertPending", "AlertWithdrawn"… for an alert moved to <paramref name="state"/>.</summary>
    public static string For(AlertState state) => "Alert" + state;
}
