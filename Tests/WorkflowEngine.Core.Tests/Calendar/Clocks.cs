using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>Starts clocks on the national calendar with as little ceremony as the tests need.</summary>
internal static class Clocks
{
    public const string Clerk = "窗口 王";

    /// <summary>A clock accepted at a Beijing time, with limits written as "10d", "2h"; statutory defaults to committed.</summary>
    public static Clock Accepted(string at, string committed, string? statutory = null, ClockThresholds? thresholds = null) =>
        Clock.Start(China, At(at), WorkingDuration.Parse(committed), WorkingDuration.Parse(statutory ?? committed), Clerk, "受理", thresholds);

    public static Clock PausedBetween(this Clock clock, string pausedAt, string resumedAt, PauseReason reason = PauseReason.Correction)
    {
        clock.Pause(reason, Clerk, "一次性告知补正", At(pausedAt));
        clock.Resume(Clerk, "补正材料已收", At(resumedAt));
        return clock;
    }
}
