using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>"Within 2 hours" and "within half a working day": time counts from the acceptance instant itself.</summary>
public class ClockHourLimitTests
{
    [Test]
    public void A_two_hour_limit_accepted_before_lunch_is_due_after_lunch()
    {
        // 11:00–12:00 (1 h) and 13:30–14:30 (1 h).
        var status = Clocks.Accepted("2025-03-12 11:00", "2h").StatusAt(At("2025-03-12 11:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDeadline, Is.EqualTo(At("2025-03-12 14:30")));
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-03-12")));
        }
    }

    [Test]
    public void Paused_working_time_is_added_back_to_an_hour_limit()
    {
        // Accepted 10:00 with 2 h; 30 min used, then paused 10:30–14:00, which holds 2 working hours
        // (10:30–12:00 and 13:30–14:00). The remaining 1.5 h run 14:00–15:30.
        var clock = Clocks.Accepted("2025-03-12 10:00", "2h").PausedBetween("2025-03-12 10:30", "2025-03-12 14:00", PauseReason.Assistance);
        var status = clock.StatusAt(At("2025-03-12 15:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDeadline, Is.EqualTo(At("2025-03-12 15:30")));
            Assert.That(status.Elapsed, Is.EqualTo(TimeSpan.FromMinutes(90)));
            Assert.That(status.FractionElapsed, Is.EqualTo(0.75m));
            Assert.That(status.Level, Is.EqualTo(ClockLevel.Warning));
        }
    }

    [Test]
    public void A_half_day_limit_accepted_on_Friday_afternoon_runs_into_Monday()
    {
        // 3.5 h: Fri 16:00–17:30 (1.5 h), Mon 09:00–11:00 (2 h).
        var clock = Clocks.Accepted("2025-03-14 16:00", "0.5d");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(clock.StatusAt(At("2025-03-15 12:00")).CommittedDeadline, Is.EqualTo(At("2025-03-17 11:00")));
            Assert.That(clock.StatusAt(At("2025-03-17 11:00")).Level, Is.EqualTo(ClockLevel.Urgent));
            Assert.That(clock.StatusAt(At("2025-03-17 11:01")).Level, Is.EqualTo(ClockLevel.Overdue));
        }
    }

    [Test]
    public void An_hour_limit_that_is_late_reports_the_working_time_missed()
    {
        // Due 14:30; finished 16:00: 1.5 working hours late, on the same working day.
        var clock = Clocks.Accepted("2025-03-12 11:00", "2h");
        clock.Complete(Clocks.Clerk, "办结", At("2025-03-12 16:00"));
        var status = clock.StatusAt(At("2025-03-13 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.Level, Is.EqualTo(ClockLevel.Overdue));
            Assert.That(status.LateBy, Is.EqualTo(TimeSpan.FromMinutes(90)));
            Assert.That(status.LateByWorkingDays, Is.Zero);
        }
    }
}
