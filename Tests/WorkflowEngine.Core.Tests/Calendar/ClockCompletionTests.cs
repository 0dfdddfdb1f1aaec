using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>Accepted Fri 7 Mar 2025 with 10 working days committed: due Fri 21 Mar 17:30.</summary>
public class ClockCompletionTests
{
    private static ClockStatus CompletedAt(string completedAt, string readAt)
    {
        var clock = Clocks.Accepted("2025-03-07 10:00", "10d");
        clock.Complete("科长 李", "办结", At(completedAt));
        return clock.StatusAt(At(readAt));
    }

    [Test]
    public void A_case_finished_on_the_due_date_is_on_time_for_good()
    {
        var status = CompletedAt("2025-03-21 16:00", "2025-04-30 10:00");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CompletedOnTime, Is.True);
            Assert.That(status.Level, Is.EqualTo(ClockLevel.Urgent));
            Assert.That(status.LateByWorkingDays, Is.Zero);
        }
    }

    [Test]
    public void A_case_finished_two_working_days_late_stays_late_by_two()
    {
        // Mon 24 and Tue 25 Mar are the two working days after the due date.
        var status = CompletedAt("2025-03-25 10:00", "2025-04-30 10:00");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CompletedOnTime, Is.False);
            Assert.That(status.Level, Is.EqualTo(ClockLevel.Overdue));
            Assert.That(status.LateByWorkingDays, Is.EqualTo(2));
            Assert.That(status.Elapsed, Is.EqualTo(TimeSpan.FromHours(70 + 7 + 1)), "frozen at completion");
        }
    }

    [Test]
    public void A_case_finished_on_the_weekend_after_its_due_date_is_late_by_one_day()
    {
        Assert.That(CompletedAt("2025-03-22 10:00", "2025-03-24 10:00").LateByWorkingDays, Is.EqualTo(1));
    }

    [Test]
    public void A_case_finished_after_closing_time_on_its_due_date_is_late()
    {
        // Civil Code art. 203: where there are business hours, the period ends when business stops.
        var status = CompletedAt("2025-03-21 19:00", "2025-03-21 19:00");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.Level, Is.EqualTo(ClockLevel.Overdue));
            Assert.That(status.LateByWorkingDays, Is.EqualTo(1));
        }
    }

    [Test]
    public void The_National_Day_week_does_not_count_against_a_late_department()
    {
        // Accepted Thu 25 Sep 2025, 3 days: Fri 26 (1), Sun 28 make-up (2), Mon 29 (3). Finished Thu 9 Oct:
        // late by Tue 30 Sep and Thu 9 Oct, two working days, not ten calendar days.
        var clock = Clocks.Accepted("2025-09-25 10:00", "3d");
        clock.Complete("科长 李", "办结", At("2025-10-09 11:00"));
        Assert.That(clock.StatusAt(At("2025-10-09 11:00")).LateByWorkingDays, Is.EqualTo(2));
    }

    [Test]
    public void A_case_completed_while_paused_ends_its_pause_and_is_not_late()
    {
        // Paused in correction on Mon 17 Mar; the applicant withdraws on Mon 31 Mar, after the original due date.
        var clock = Clocks.Accepted("2025-03-07 10:00", "10d");
        clock.Pause(PauseReason.Correction, Clocks.Clerk, "一次性告知补正", At("2025-03-17 09:00"));
        clock.Complete(Clocks.Clerk, "申请人撤回", At("2025-03-31 10:00"));
        var status = clock.StatusAt(At("2025-04-30 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsPaused, Is.False);
            Assert.That(status.CompletedOnTime, Is.True);
            Assert.That(clock.Pauses.Single().ResumedAt, Is.EqualTo(At("2025-03-31 10:00")));
        }
    }

    [Test]
    public void Reading_a_completed_clock_before_its_completion_shows_it_running()
    {
        var status = CompletedAt("2025-03-25 10:00", "2025-03-20 17:30");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsCompleted, Is.False);
            Assert.That(status.Level, Is.EqualTo(ClockLevel.Urgent));
        }
    }
}
