using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

public class ClockDueDateTests
{
    [Test]
    public void A_case_is_due_at_close_of_business_on_the_last_committed_working_day()
    {
        // Accepted Fri 7 Mar 2025: Mon 10 to Fri 14 (5), Mon 17 to Fri 21 (10).
        var status = Clocks.Accepted("2025-03-07 10:00", "10d").StatusAt(At("2025-03-10 09:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-03-21")));
            Assert.That(status.CommittedDeadline, Is.EqualTo(At("2025-03-21 17:30")));
        }
    }

    [Test]
    public void The_statutory_due_date_is_counted_the_same_way_across_Qingming()
    {
        // 20 working days from Fri 7 Mar 2025: Mar 10–14, 17–21, 24–28, Mar 31–Apr 3 make 19;
        // Fri 4 Apr is 清明节 and 5–6 Apr the weekend, so Mon 7 Apr is the 20th.
        var status = Clocks.Accepted("2025-03-07 10:00", "5d", "20d").StatusAt(At("2025-03-07 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-03-14")));
            Assert.That(status.StatutoryDueDate, Is.EqualTo(Day("2025-04-07")));
        }
    }

    [Test]
    public void A_case_accepted_before_Spring_Festival_2025_is_due_after_it()
    {
        // Accepted Fri 24 Jan: Sun 26 (1), Mon 27 (2), 28 Jan–4 Feb off, Wed 5 (3), Thu 6 (4), Fri 7 Feb (5).
        var status = Clocks.Accepted("2025-01-24 15:00", "5d").StatusAt(At("2025-01-24 15:00"));
        Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-02-07")));
    }

    [Test]
    public void An_instant_matter_is_due_on_the_acceptance_day_itself()
    {
        var clock = Clocks.Accepted("2025-03-12 10:00", "0d", "5d");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(clock.StatusAt(At("2025-03-12 10:00")).CommittedDueDate, Is.EqualTo(Day("2025-03-12")));
            Assert.That(clock.StatusAt(At("2025-03-12 17:30")).Level, Is.EqualTo(ClockLevel.Normal));
            Assert.That(clock.StatusAt(At("2025-03-12 17:31")).Level, Is.EqualTo(ClockLevel.Overdue));
        }
    }

    [Test]
    public void A_clock_whose_due_date_falls_in_an_unloaded_year_counts_on_the_provisional_calendar()
    {
        // Mon 21 Dec 2026: 22–25 (4), 28–31 (8); 1 Jan 2027 is 元旦 in the statute; Mon 4 (9), Tue 5 Jan (10).
        var status = Clocks.Accepted("2026-12-21 10:00", "10d").StatusAt(At("2026-12-22 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2027-01-05")));
            Assert.That(status.IsProvisional, Is.True);
        }
    }

    [Test]
    public void A_clock_counted_inside_official_years_is_not_provisional()
    {
        Assert.That(Clocks.Accepted("2026-12-01 10:00", "5d", "10d").StatusAt(At("2026-12-01 10:00")).IsProvisional, Is.False);
    }

    [Test]
    public void Reading_a_clock_in_the_past_ignores_what_happened_later()
    {
        var clock = Clocks.Accepted("2025-03-07 10:00", "10d").PausedBetween("2025-03-12 10:00", "2025-03-14 10:00");
        var before = clock.StatusAt(At("2025-03-11 12:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.IsPaused, Is.False);
            Assert.That(before.CommittedDueDate, Is.EqualTo(Day("2025-03-21")));
            Assert.That(clock.StatusAt(At("2025-03-13 12:00")).IsPaused, Is.True);
        }
    }

    [Test]
    public void A_clock_cannot_be_read_before_it_started()
    {
        Assert.That(() => Clocks.Accepted("2025-03-07 10:00", "10d").StatusAt(At("2025-03-07 09:00")), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
