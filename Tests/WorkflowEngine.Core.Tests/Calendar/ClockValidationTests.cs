using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

public class ClockValidationTests
{
    private static Clock Running() => Clocks.Accepted("2025-03-07 10:00", "10d", "20d");

    [Test]
    public void Pausing_a_paused_clock_is_refused()
    {
        var clock = Running();
        clock.Pause(PauseReason.Correction, Clocks.Clerk, "补正", At("2025-03-10 10:00"));
        Assert.That(() => clock.Pause(PauseReason.Hearing, Clocks.Clerk, "听证", At("2025-03-11 10:00")),
            Throws.TypeOf<ClockOperationException>().With.Message.Contains("already paused"));
    }

    [Test]
    public void Resuming_a_running_clock_is_refused()
    {
        Assert.That(() => Running().Resume(Clocks.Clerk, "", At("2025-03-10 10:00")),
            Throws.TypeOf<ClockOperationException>().With.Message.Contains("running"));
    }

    [Test]
    public void A_pause_before_the_start_is_refused()
    {
        Assert.That(() => Running().Pause(PauseReason.Correction, Clocks.Clerk, "补正", At("2025-03-07 09:00")),
            Throws.TypeOf<ClockOperationException>().With.Message.Contains("before it started"));
    }

    [Test]
    public void A_resume_before_its_pause_is_refused()
    {
        var clock = Running();
        clock.Pause(PauseReason.Correction, Clocks.Clerk, "补正", At("2025-03-10 10:00"));
        Assert.That(() => clock.Resume(Clocks.Clerk, "", At("2025-03-10 09:00")),
            Throws.TypeOf<ClockOperationException>().With.Message.Contains("before its pause"));
    }

    [Test]
    public void Events_must_be_recorded_in_time_order()
    {
        var clock = Running().PausedBetween("2025-03-10 10:00", "2025-03-12 10:00");
        Assert.That(() => clock.Extend(WorkingDuration.Days(1), "科长 李", "补充", At("2025-03-11 10:00")),
            Throws.TypeOf<ClockOperationException>().With.Message.Contains("before its last event"));
    }

    [Test]
    public void A_completed_clock_refuses_every_change()
    {
        var clock = Running();
        clock.Complete(Clocks.Clerk, "办结", At("2025-03-10 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => clock.Pause(PauseReason.Other, Clocks.Clerk, "x", At("2025-03-11 10:00")), Throws.TypeOf<ClockOperationException>().With.Message.Contains("completed"));
            Assert.That(() => clock.Resume(Clocks.Clerk, "x", At("2025-03-11 10:00")), Throws.TypeOf<ClockOperationException>().With.Message.Contains("completed"));
            Assert.That(() => clock.Complete(Clocks.Clerk, "x", At("2025-03-11 10:00")), Throws.TypeOf<ClockOperationException>().With.Message.Contains("completed"));
        }
    }

    [Test]
    public void A_committed_limit_longer_than_the_statutory_one_is_refused()
    {
        Assert.That(() => Clocks.Accepted("2025-03-07 10:00", "21d", "20d"), Throws.ArgumentException.With.Message.Contains("exceeds the statutory"));
    }

    [Test]
    public void Every_change_names_who_made_it_and_a_pause_says_why()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => Running().Pause(PauseReason.Correction, " ", "补正", At("2025-03-10 10:00")), Throws.ArgumentException);
            Assert.That(() => Running().Pause(PauseReason.Correction, Clocks.Clerk, "", At("2025-03-10 10:00")), Throws.ArgumentException);
        }
    }
}
