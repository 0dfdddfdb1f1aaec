using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>
/// Accepted Fri 7 Mar 2025 with 10 working days committed: 70 working hours (4200 min), due Fri 21 Mar 17:30.
/// 1% is 42 minutes. Counting days: Mon 10–Fri 14 are days 1–5, Mon 17–Fri 21 days 6–10.
/// </summary>
public class ClockLevelTests
{
    private static Clock TenDays(ClockThresholds? thresholds = null) => Clocks.Accepted("2025-03-07 10:00", "10d", thresholds: thresholds);

    // 4 days (1680 min) + 378 min on day 5: 09:00–12:00 and 13:30–16:48.
    [TestCase("2025-03-14 16:48", 0.49, ClockLevel.Normal, TestName = "At 49% of the committed limit the clock is normal")]
    [TestCase("2025-03-14 17:30", 0.50, ClockLevel.Warning, TestName = "At 50% the clock turns to warning")]
    [TestCase("2025-03-20 16:48", 0.89, ClockLevel.Warning, TestName = "At 89% the clock is still a warning")]
    [TestCase("2025-03-20 17:30", 0.90, ClockLevel.Urgent, TestName = "At 90% the clock turns urgent")]
    [TestCase("2025-03-21 17:30", 1.00, ClockLevel.Urgent, TestName = "At close of business on the due date the clock is urgent, not yet overdue")]
    [TestCase("2025-03-21 17:31", 1.00, ClockLevel.Overdue, TestName = "A minute after close of business on the due date the clock is overdue")]
    public void Levels_follow_the_share_of_the_committed_limit_used(string at, decimal fraction, ClockLevel level)
    {
        var status = TenDays().StatusAt(At(at));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.FractionElapsed, Is.EqualTo(fraction));
            Assert.That(status.Level, Is.EqualTo(level));
        }
    }

    [Test]
    public void Time_outside_working_hours_does_not_advance_the_level()
    {
        // Saturday evening after day 5: still exactly 50%.
        Assert.That(TenDays().StatusAt(At("2025-03-15 20:00")).FractionElapsed, Is.EqualTo(0.5m));
    }

    [Test]
    public void Remaining_time_runs_negative_once_the_limit_is_used_up()
    {
        var status = TenDays().StatusAt(At("2025-03-24 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.Elapsed, Is.EqualTo(TimeSpan.FromHours(71)));
            Assert.That(status.Remaining, Is.EqualTo(TimeSpan.FromHours(-1)));
            Assert.That(status.LateByWorkingDays, Is.EqualTo(1));
            Assert.That(status.LateBy, Is.EqualTo(TimeSpan.FromHours(1)));
        }
    }

    [TestCase("2025-03-12 16:00", ClockLevel.Normal, TestName = "Under custom thresholds 30%/60%, 28% is normal")]
    [TestCase("2025-03-12 17:30", ClockLevel.Warning, TestName = "Under custom thresholds 30%/60%, 30% is a warning")]
    [TestCase("2025-03-18 17:30", ClockLevel.Urgent, TestName = "Under custom thresholds 30%/60%, 60% is urgent")]
    public void Thresholds_can_be_set_per_clock(string at, ClockLevel level)
    {
        Assert.That(TenDays(new ClockThresholds(0.3m, 0.6m)).StatusAt(At(at)).Level, Is.EqualTo(level));
    }

    [TestCase(0, 0.9)]
    [TestCase(0.9, 0.5)]
    [TestCase(0.5, 0.5)]
    [TestCase(0.5, 1.1)]
    public void Thresholds_must_rise_from_above_zero_to_at_most_100_percent(decimal warning, decimal urgent)
    {
        Assert.That(() => new ClockThresholds(warning, urgent), Throws.ArgumentException.With.Message.Contains("0 < warning < urgent"));
    }

    [Test]
    public void An_urgent_threshold_of_100_percent_is_allowed()
    {
        Assert.That(new ClockThresholds(0.8m, 1m).UrgentAt, Is.EqualTo(1m));
    }

    [Test]
    public void A_paused_clock_is_flagged_and_keeps_the_level_it_had_when_paused()
    {
        // Paused Mon 17 Mar 09:00 after days 1–5 (50%, warning); the pause day itself does not count.
        var clock = TenDays();
        clock.Pause(PauseReason.Correction, Clocks.Clerk, "一次性告知补正", At("2025-03-17 09:00"));
        // Read on Fri 28 Mar, a week after the original due date: still a warning, not overdue.
        var status = clock.StatusAt(At("2025-03-28 12:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsPaused, Is.True);
            Assert.That(status.Level, Is.EqualTo(ClockLevel.Warning));
            Assert.That(status.FractionElapsed, Is.EqualTo(0.5m));
            // Resumed today: 5 days counted, then Mon 31 (6), Tue 1 (7), Wed 2 (8), Thu 3 (9); Fri 4 Apr is 清明节; Mon 7 (10).
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-04-07")));
        }
    }

    [Test]
    public void A_resumed_clock_counts_again_from_the_day_after_the_resume()
    {
        var clock = TenDays().PausedBetween("2025-03-17 09:00", "2025-03-28 10:00");
        using (Assert.EnterMultipleScope())
        {
            // The resume day does not count: still 50% at the end of Fri 28.
            Assert.That(clock.StatusAt(At("2025-03-28 17:30")).FractionElapsed, Is.EqualTo(0.5m));
            // Mon 31 Mar is day 6: 60%.
            Assert.That(clock.StatusAt(At("2025-03-31 17:30")).FractionElapsed, Is.EqualTo(0.6m));
            Assert.That(clock.StatusAt(At("2025-03-31 17:30")).IsPaused, Is.False);
        }
    }
}
