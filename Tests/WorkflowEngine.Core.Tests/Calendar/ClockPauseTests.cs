using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>
/// The vendor formula: due = acceptance date + committed working days + the working days from each pause day
/// to its resume day inclusive. Each test states the days by hand and checks the formula as well.
/// </summary>
public class ClockPauseTests
{
    private static DateOnly VendorFormula(string accepted, int committed, params (string Paused, string Resumed)[] pauses)
    {
        var pausedDays = pauses.Sum(p => China.WorkingDaysBetween(Day(p.Paused).AddDays(-1), Day(p.Resumed)));
        return China.AddWorkingDays(Day(accepted), committed + pausedDays);
    }

    [Test]
    public void A_correction_pause_across_Spring_Festival_2025_adds_only_the_working_days_it_spans()
    {
        // Accepted Mon 20 Jan, 5 days. Tue 21 counts (1). Paused Wed 22 to Thu 6 Feb: the working days
        // 22, 23, 24, Sun 26 (make-up), 27 Jan, 5 and 6 Feb (7 days) do not count; the festival was off anyway.
        // Then Fri 7 (2), Sat 8 make-up (3), Mon 10 (4), Tue 11 Feb (5).
        var clock = Clocks.Accepted("2025-01-20 09:30", "5d").PausedBetween("2025-01-22 10:00", "2025-02-06 15:00");
        var status = clock.StatusAt(At("2025-02-07 09:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-02-11")));
            Assert.That(status.CommittedDueDate, Is.EqualTo(VendorFormula("2025-01-20", 5, ("2025-01-22", "2025-02-06"))));
        }
    }

    [Test]
    public void A_correction_pause_across_National_Day_2025_follows_the_vendor_formula()
    {
        // Accepted Thu 25 Sep, 3 days. Fri 26 (1), Sun 28 make-up (2). Paused Mon 29 Sep to Thu 9 Oct:
        // 29, 30 Sep and 9 Oct do not count. Then Fri 10 Oct (3).
        var clock = Clocks.Accepted("2025-09-25 11:00", "3d").PausedBetween("2025-09-29 16:00", "2025-10-09 10:00");
        var status = clock.StatusAt(At("2025-10-09 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-10-10")));
            Assert.That(status.CommittedDueDate, Is.EqualTo(VendorFormula("2025-09-25", 3, ("2025-09-29", "2025-10-09"))));
        }
    }

    [Test]
    public void A_correction_pause_across_Spring_Festival_2026_skips_the_make_up_Saturday_it_covers()
    {
        // Accepted Wed 11 Feb, 5 days. Thu 12 (1). Paused Fri 13 to Wed 25 Feb: 13, Sat 14 (make-up), 24, 25
        // do not count. Then Thu 26 (2), Fri 27 (3), Sat 28 make-up (4), Mon 2 Mar (5).
        var clock = Clocks.Accepted("2026-02-11 14:00", "5d").PausedBetween("2026-02-13 09:30", "2026-02-25 11:00");
        var status = clock.StatusAt(At("2026-02-26 09:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2026-03-02")));
            Assert.That(status.CommittedDueDate, Is.EqualTo(VendorFormula("2026-02-11", 5, ("2026-02-13", "2026-02-25"))));
        }
    }

    [Test]
    public void Two_pauses_each_add_their_working_days()
    {
        // Accepted Mon 3 Mar, 10 days. Tue 4 (1); paused Wed 5–Thu 6; Fri 7 (2), Mon 10 (3); paused Tue 11 only;
        // Wed 12 (4), Thu 13 (5), Fri 14 (6), Mon 17 (7), Tue 18 (8), Wed 19 (9), Thu 20 (10).
        var clock = Clocks.Accepted("2025-03-03 10:00", "10d")
            .PausedBetween("2025-03-05 10:00", "2025-03-06 16:00", PauseReason.Correction)
            .PausedBetween("2025-03-11 09:00", "2025-03-11 15:00", PauseReason.ExpertReview);
        var status = clock.StatusAt(At("2025-03-12 09:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-03-20")));
            Assert.That(status.CommittedDueDate, Is.EqualTo(VendorFormula("2025-03-03", 10, ("2025-03-05", "2025-03-06"), ("2025-03-11", "2025-03-11"))));
        }
    }

    [Test]
    public void Pausing_on_the_acceptance_day_gives_back_only_days_that_would_have_counted()
    {
        // Accepted and paused Mon 10 Mar, resumed Wed 12: Tue 11 and Wed 12 do not count, Mon 10 never did.
        // Thu 13 (1), Fri 14 (2), Mon 17 (3). The literal formula would add Mon 10 too and give Tue 18.
        var clock = Clocks.Accepted("2025-03-10 09:30", "3d").PausedBetween("2025-03-10 11:00", "2025-03-12 16:00");
        Assert.That(clock.StatusAt(At("2025-03-13 09:00")).CommittedDueDate, Is.EqualTo(Day("2025-03-17")));
    }

    [Test]
    public void Two_pauses_on_the_same_day_skip_that_day_once()
    {
        // Mon 10 to Wed 12 skipped once, not Mon 10 twice: Thu 13 (1), Fri 14 (2), Mon 17 (3).
        var clock = Clocks.Accepted("2025-03-07 09:30", "3d")
            .PausedBetween("2025-03-10 09:00", "2025-03-10 10:00")
            .PausedBetween("2025-03-10 14:00", "2025-03-12 16:00");
        Assert.That(clock.StatusAt(At("2025-03-13 09:00")).CommittedDueDate, Is.EqualTo(Day("2025-03-17")));
    }

    [Test]
    public void While_paused_the_due_date_is_shown_as_if_resumed_today()
    {
        // Accepted Fri 7 Mar, 10 days; paused Mon 10 Mar. Read on Wed 12: 3 paused days, due 7 Mar + 13 = Wed 26 Mar.
        // Read on Fri 14: 5 paused days, due 7 Mar + 15 = Fri 28 Mar.
        var clock = Clocks.Accepted("2025-03-07 10:00", "10d");
        clock.Pause(PauseReason.Assistance, Clocks.Clerk, "协助核查", At("2025-03-10 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(clock.StatusAt(At("2025-03-12 10:00")).CommittedDueDate, Is.EqualTo(Day("2025-03-26")));
            Assert.That(clock.StatusAt(At("2025-03-14 10:00")).CommittedDueDate, Is.EqualTo(Day("2025-03-28")));
        }
    }

    [Test]
    public void A_pause_begun_on_the_due_day_still_stops_the_clock()
    {
        // Accepted Fri 7 Mar, 2 days: due Tue 11. Paused Tue 11 16:00 to Wed 12: Mon 10 (1), Thu 13 (2).
        var clock = Clocks.Accepted("2025-03-07 10:00", "2d").PausedBetween("2025-03-11 16:00", "2025-03-12 10:00");
        Assert.That(clock.StatusAt(At("2025-03-13 09:00")).CommittedDueDate, Is.EqualTo(Day("2025-03-13")));
    }

    [Test]
    public void A_pause_begun_after_the_due_date_does_not_make_a_late_case_punctual()
    {
        // Due Tue 11 Mar; the department pauses on Thu 13, already late.
        var clock = Clocks.Accepted("2025-03-07 10:00", "2d").PausedBetween("2025-03-13 10:00", "2025-03-14 10:00");
        var status = clock.StatusAt(At("2025-03-17 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-03-11")));
            Assert.That(status.Level, Is.EqualTo(ClockLevel.Overdue));
        }
    }
}
